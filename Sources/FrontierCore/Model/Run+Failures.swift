/// Requests that failed among those sent, over a setup's runs.
public struct Failures: Equatable, Sendable {
    public var failed: Double
    public var completed: Double
}

extension Failures {
    /// Over the runs that count their failures (a run without a `failed` count tells
    /// nothing of them); nil when none does.
    public init?(_ runs: [Run]) {
        let counted = runs.filter { $0[.failed] != nil && $0[.requests] != nil }
        guard !counted.isEmpty else { return nil }
        failed = counted.reduce(0) { $0 + $1[.failed]! }
        completed = counted.reduce(0) { $0 + $1[.requests]! }
    }

    /// failed / (failed + completed); nil when nothing was sent.
    public var rate: Double? { FailureRate.of(completed: completed, failed: failed) }
}
