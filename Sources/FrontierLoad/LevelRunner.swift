import NIOCore
import Synchronization

/// How many requests a level sends, and how they are counted.
public struct LevelPlan: Sendable {
    public var concurrency: Int
    /// Warm-up requests, discarded.
    public var warmup: Int
    /// Measured requests; with `durationS`, measured requests are sent for that long instead.
    public var measured: Int
    public var durationS: Double?

    /// The protocol's defaults: c warm-up requests and max(64, 8c) measured.
    public init(concurrency: Int, warmup: Int? = nil, measured: Int? = nil, durationS: Double? = nil) {
        self.concurrency = concurrency
        self.warmup = warmup ?? concurrency
        self.measured = measured ?? max(64, 8 * concurrency)
        self.durationS = durationS
    }
}

/// What a level sent and got back, before aggregation.
public struct LevelOutcome: Sendable {
    public var concurrency: Int
    /// The measured requests, in the order they ended.
    public var measured: [RequestResult]
    /// Every successful request (warm-up, measured or filler) that ended inside the
    /// window from the first measured send to the last measured end.
    public var completedInWindow: [RequestResult]
    public var windowStartNs: UInt64
    public var windowEndNs: UInt64
    public var warmups: Int
    /// Requests sent after the last measured one to keep c in flight.
    public var fillers: Int
    /// Client lag samples (ms) taken during the level.
    public var lagMs: [Double]
}

/// A live view of a level for the progress line.
public struct LevelProgress: Sendable {
    public var done: Int
    public var planned: Int
    public var failed: Int
    public var elapsedS: Double
    public var ttftMs: [Double]
    public var tpotMs: [Double]
}

/// Runs one level as a closed loop: c workers, each sending its next request when the
/// previous one ends; the first `warmup` requests are discarded, then `measured` are
/// kept, then fillers keep c in flight until the last measured request ends, when they
/// are cancelled (so the last measured requests see the same load as the first).
public final class LevelRunner: Sendable {
    private enum Ticket { case warmup, measured, filler }

    private struct State {
        var issued = 0
        var measuredIssued = 0
        var measuredDone = 0
        var failed = 0
        var fillers = 0
        /// The last measured request has ended.
        var done = false
        var windowStartNs: UInt64?
        var measured: [RequestResult] = []
        var succeeded: [RequestResult] = []
        var ttfts: [Double] = []
        var tpots: [Double] = []
    }

    public let plan: LevelPlan
    private let state = Mutex(State())

    public init(plan: LevelPlan) {
        self.plan = plan
    }

    /// Sends requests made by `make(i)` (i counts every request of the level) through
    /// `send` until the measured ones are done; nil when the calling task was cancelled.
    public func run(lag: ClientLag?, make: @escaping @Sendable (Int) -> StreamRequest,
                    send: @escaping @Sendable (StreamRequest) async -> RequestResult) async -> LevelOutcome? {
        _ = lag?.take()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<plan.concurrency {
                group.addTask { await self.work(make: make, send: send) }
            }
            // A worker returns once the measured requests are all done: then the others
            // hold only fillers, which are cancelled.
            _ = await group.next()
            group.cancelAll()
        }
        let lagMs = lag?.take() ?? []
        if Task.isCancelled { return nil }
        return state.withLock { s in
            let start = s.windowStartNs ?? 0
            let end = s.measured.map(\.endNs).max() ?? start
            return LevelOutcome(concurrency: plan.concurrency, measured: s.measured,
                                completedInWindow: s.succeeded.filter { $0.endNs >= start && $0.endNs <= end },
                                windowStartNs: start, windowEndNs: end, warmups: min(plan.warmup, s.issued),
                                fillers: s.fillers, lagMs: lagMs)
        }
    }

    public func progress() -> LevelProgress {
        let now = NIODeadline.now().uptimeNanoseconds
        return state.withLock { s in
            LevelProgress(done: s.measuredDone, planned: plan.durationS == nil ? plan.measured : max(s.measuredIssued, s.measuredDone),
                          failed: s.failed, elapsedS: s.windowStartNs.map { Double(now &- $0) / 1e9 } ?? 0,
                          ttftMs: s.ttfts, tpotMs: s.tpots)
        }
    }

    private func work(make: @Sendable (Int) -> StreamRequest, send: @Sendable (StreamRequest) async -> RequestResult) async {
        while !Task.isCancelled {
            guard let (ticket, index) = nextTicket() else { return }
            let result = await send(make(index))
            if Task.isCancelled && ticket == .filler { return }
            if record(result, ticket) { return }
        }
    }

    /// The next request to send, or nil when the measured ones are all done.
    private func nextTicket() -> (Ticket, Int)? {
        let now = NIODeadline.now().uptimeNanoseconds
        return state.withLock { s in
            if s.done { return nil }
            defer { s.issued += 1 }
            if s.issued < plan.warmup { return (.warmup, s.issued) }
            if (plan.durationS != nil || s.measuredIssued < plan.measured) && measuring(s, now) {
                if s.windowStartNs == nil { s.windowStartNs = now }
                s.measuredIssued += 1
                return (.measured, s.issued)
            }
            s.fillers += 1
            return (.filler, s.issued)
        }
    }

    /// Whether measured requests are still being sent: always by count, and for
    /// `durationS` after the first measured send.
    private func measuring(_ s: State, _ now: UInt64) -> Bool {
        guard let duration = plan.durationS, let start = s.windowStartNs else { return true }
        return Double(now &- start) / 1e9 < duration
    }

    /// Records a result; true when it was the last measured request.
    private func record(_ result: RequestResult, _ ticket: Ticket) -> Bool {
        let now = NIODeadline.now().uptimeNanoseconds
        return state.withLock { s in
            if result.succeeded { s.succeeded.append(result) }
            guard ticket == .measured else { return false }
            s.measured.append(result)
            s.measuredDone += 1
            if let ttft = result.ttftMs { s.ttfts.append(ttft) }
            if let tpot = result.tpotMs { s.tpots.append(tpot) }
            if !result.succeeded { s.failed += 1 }
            let plannedAll = plan.durationS == nil ? s.measuredIssued >= plan.measured : !measuring(s, now)
            s.done = plannedAll && s.measuredDone == s.measuredIssued
            return s.done
        }
    }
}
