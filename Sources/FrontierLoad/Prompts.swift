import FrontierCore

/// The prompts of a sweep: synthetic ones of a set length, distinct per request (so a
/// prefix cache cannot serve one from another) and the same for the same seed; or the
/// prompts of a dataset, taken in turn.
public struct Prompts: Sendable {
    public enum Source: Sendable {
        case synthetic(tokens: Int)
        case dataset([String])
    }

    public var source: Source
    public var seed: UInt64
    /// Words a token, as the server counted the ready-check prompt (1 until calibrated).
    public var wordsPerToken = 1.0

    public init(source: Source, seed: UInt64) {
        self.source = source
        self.seed = seed
    }

    /// Common short words: most tokenizers take each for one token.
    static let words = ["the", "of", "and", "to", "in", "is", "it", "that", "for", "on", "was", "with", "as", "at",
                        "by", "be", "this", "from", "or", "are", "an", "not", "but", "all", "we", "can", "one", "has",
                        "more", "time", "new", "some", "what", "about", "when", "there", "out", "up", "use", "your",
                        "how", "said", "each", "which", "their", "if", "will", "way", "many", "then", "them", "would",
                        "like", "so", "these", "her", "long", "make", "thing", "see", "him", "two", "look", "write"]

    /// The prompt of request `index` of level `level`.
    public func prompt(level: Int, index: Int) -> String {
        switch source {
        case .dataset(let prompts):
            let n = prompts.count
            return prompts[((level &* 7919 &+ index) % n + n) % n]
        case .synthetic(let tokens):
            var rng = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: level) << 40) ^ UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9)
            let count = max(1, Int((Double(tokens) * wordsPerToken).rounded()))
            var text = ""
            text.reserveCapacity(count * 5)
            for i in 0..<count {
                if i > 0 { text.append(" ") }
                text.append(Self.words[rng.int(Self.words.count)])
            }
            return text
        }
    }

    /// Sets words a token from the server's count of a synthetic prompt of `tokens` words.
    public mutating func calibrate(promptTokens: Int) {
        guard case .synthetic(let tokens) = source, promptTokens > 0 else { return }
        wordsPerToken = Double(tokens) / Double(promptTokens)
    }
}
