extension Run {
    /// Fills fields that follow from others and records them in `derived`:
    /// request throughput = requests / duration, or output tok/s ÷ mean output tokens;
    /// output tok/s = request throughput × mean output tokens; duration = requests ÷ req/s;
    /// mean E2E latency from Little's law is *not* derived: it is what the check compares.
    public mutating func deriveMissing() {
        // Each figure read once (a million runs are derived while loading); a figure filled
        // is what the rules after it read.
        let requests = self[.requests], duration = self[.durationS]
        let inputTokens = self[.meanInputTokens], outputTokens = self[.meanOutputTokens]
        let tokensPerS = self[.outputTokensPerS]
        var throughput = self[.requestThroughput]
        /// `known`, or when it is missing `value` if finite, set and recorded as derived.
        func fill(_ field: RunField, _ known: Double?, _ value: Double) -> Double? {
            guard known == nil, value.isFinite else { return known }
            self[field] = value
            derived.insert(field)
            return value
        }
        if let n = requests, let t = duration, t > 0 {
            throughput = fill(.requestThroughput, throughput, n / t)
        }
        if let tok = tokensPerS, let out = outputTokens, out > 0 {
            throughput = fill(.requestThroughput, throughput, tok / out)
        }
        if let rps = throughput, let out = outputTokens {
            _ = fill(.outputTokensPerS, tokensPerS, rps * out)
        }
        if let rps = throughput, let inp = inputTokens, let out = outputTokens {
            _ = fill(.totalTokensPerS, self[.totalTokensPerS], rps * (inp + out))
        }
        if let n = requests, let rps = throughput, rps > 0 {
            _ = fill(.durationS, duration, n / rps)
        }
    }

    /// Concurrency implied by Little's law, L = λ·W: request throughput × mean end-to-end
    /// latency. Nil when either is unknown.
    public var littlesLawConcurrency: Double? {
        guard let rps = self[.requestThroughput], let e2e = self[.meanE2Ems] else { return nil }
        return Self.littlesLaw(requestThroughput: rps, meanE2Ems: e2e)
    }

    /// Little's law, L = λ·W: requests in flight from req/s and a mean latency in ms.
    public static func littlesLaw(requestThroughput rps: Double, meanE2Ems e2e: Double) -> Double { rps * e2e / 1000 }

    /// How far the stated concurrency is from Little's law, as a ratio ≥ 1
    /// (2 means one is twice the other). Nil when it cannot be checked.
    public var littlesLawDiscrepancy: Double? {
        guard let implied = littlesLawConcurrency, implied > 0, concurrency > 0 else { return nil }
        return max(implied, concurrency) / min(implied, concurrency)
    }

    /// How far from Little's law a run may be before it is worth a warning.
    public static let littlesLawTolerance = 1.5
}
