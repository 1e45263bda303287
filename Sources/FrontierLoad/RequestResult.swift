/// One request as measured: when it was handed to its connection and when it ended (on
/// the monotonic clock, ns), its latencies, tokens, and the failure if it failed.
public struct RequestResult: Sendable, Equatable {
    public var failure: FailureReason?
    /// t0: the request handed to its connection.
    public var startNs: UInt64
    /// The last byte or the failure.
    public var endNs: UInt64
    /// First token event − t0.
    public var ttftMs: Double?
    /// Last token event − t0.
    public var e2eMs: Double?
    /// (E2E − TTFT) / (n − 1); nil for a single token.
    public var tpotMs: Double?
    /// Gaps between token events; a gap that brought k tokens counts as k gaps of gap/k.
    public var itlsMs: [Double] = []
    /// n: `usage.completion_tokens`, else the tokens counted from events.
    public var outputTokens: Int = 0
    /// The server sent no usage: `outputTokens` was counted from events.
    public var tokensCounted = false
    public var promptTokens: Int?

    public var succeeded: Bool { failure == nil }

    public init(failure: FailureReason?, startNs: UInt64, endNs: UInt64) {
        self.failure = failure
        self.startNs = startNs
        self.endNs = endNs
    }
}
