/// How long a request may wait: for its first token (server queueing is part of TTFT, so
/// this is generous), and between reads once tokens flow.
public struct Timeouts: Sendable {
    public var firstTokenS: Double
    public var stallS: Double

    public init(firstTokenS: Double = 600, stallS: Double = 60) {
        self.firstTokenS = firstTokenS
        self.stallS = stallS
    }
}
