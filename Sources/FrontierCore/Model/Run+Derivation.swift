extension Run {
    /// Fills fields that follow from others and records them in `derived`:
    /// request throughput = requests / duration, or output tok/s ÷ mean output tokens;
    /// output tok/s = request throughput × mean output tokens; duration = requests ÷ req/s;
    /// mean E2E latency from Little's law is *not* derived: it is what the check compares.
    public mutating func deriveMissing() {
        func fill(_ field: RunField, _ value: Double?) {
            guard self[field] == nil, let value, value.isFinite else { return }
            self[field] = value
            derived.insert(field)
        }
        if let n = self[.requests], let t = self[.durationS], t > 0 {
            fill(.requestThroughput, n / t)
        }
        if let tok = self[.outputTokensPerS], let out = self[.meanOutputTokens], out > 0 {
            fill(.requestThroughput, tok / out)
        }
        if let rps = self[.requestThroughput], let out = self[.meanOutputTokens] {
            fill(.outputTokensPerS, rps * out)
        }
        if let rps = self[.requestThroughput], let inp = self[.meanInputTokens], let out = self[.meanOutputTokens] {
            fill(.totalTokensPerS, rps * (inp + out))
        }
        if let n = self[.requests], let rps = self[.requestThroughput], rps > 0 {
            fill(.durationS, n / rps)
        }
    }

    /// Concurrency implied by Little's law, L = λ·W: request throughput × mean end-to-end
    /// latency. Nil when either is unknown.
    public var littlesLawConcurrency: Double? {
        guard let rps = self[.requestThroughput], let e2e = self[.meanE2Ems] else { return nil }
        return rps * e2e / 1000
    }

    /// How far the stated concurrency is from Little's law, as a ratio ≥ 1
    /// (2 means one is twice the other). Nil when it cannot be checked.
    public var littlesLawDiscrepancy: Double? {
        guard let implied = littlesLawConcurrency, implied > 0, concurrency > 0 else { return nil }
        return max(implied, concurrency) / min(implied, concurrency)
    }

    /// How far from Little's law a run may be before it is worth a warning.
    public static let littlesLawTolerance = 1.5
}
