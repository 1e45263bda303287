import Synchronization

/// The server's counters, as `/metrics` reports them.
public struct SimMetrics: Sendable, Equatable {
    /// Sequences in the batch now, and requests queued for it.
    public var running = 0
    public var waiting = 0
    /// The most requests held at once (running and waiting) since the server started.
    public var maxInFlight = 0
    /// Generation requests numbered so far (those with a valid body).
    public var received = 0
    public var completed = 0
    /// Failed on purpose (`failRate`), whatever the mode.
    public var failed = 0
    /// Refused with HTTP 429: the queue was full.
    public var rejected = 0
    /// Dropped because the client went away before the answer ended.
    public var cancelled = 0

    public init() {}
}

/// The latest counters, written on the server's event loop and read from anywhere.
final class MetricsBox: Sendable {
    private let state = Mutex(SimMetrics())

    var value: SimMetrics {
        get { state.withLock { $0 } }
        set { state.withLock { $0 = newValue } }
    }
}
