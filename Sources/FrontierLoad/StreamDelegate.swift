import AsyncHTTPClient
import NIOCore
import NIOHTTP1

/// Receives one streamed response on its event loop, timestamping every read there (not
/// after a hop to a Swift task, which would add the client's own scheduling to the
/// latencies), and completes `result` exactly once: at `[DONE]`, at a failure, at a
/// timeout, or when the connection ends.
final class StreamDelegate: HTTPClientResponseDelegate {
    typealias Response = Void

    let result: EventLoopPromise<RequestResult>
    private let state: NIOLoopBoundBox<State>
    private let timeouts: Timeouts

    struct State: Sendable {
        var recorder: StreamRecorder
        var completed = false
        var task: HTTPClient.Task<Void>?
    }

    init(eventLoop: EventLoop, timeouts: Timeouts) {
        result = eventLoop.makePromise()
        state = .makeBoxSendingValue(State(recorder: StreamRecorder(startNs: Self.now())), eventLoop: eventLoop)
        self.timeouts = timeouts
    }

    static func now() -> UInt64 { NIODeadline.now().uptimeNanoseconds }

    /// Starts the watchdog; called on the event loop once the task exists.
    func watch(_ task: HTTPClient.Task<Void>) {
        state.value.task = task
        schedule(after: timeouts.firstTokenS)
    }

    private func schedule(after seconds: Double) {
        let loop = state.eventLoop
        loop.scheduleTask(in: .nanoseconds(Int64(max(0.001, seconds) * 1e9))) { self.check() }
    }

    private func check() {
        guard !state.value.completed else { return }
        let now = Self.now(), r = state.value.recorder
        let (limit, since, reason): (Double, UInt64, FailureReason) = r.hasToken
            ? (timeouts.stallS, r.lastByteNs, .stallTimeout)
            : (timeouts.firstTokenS, r.startNs, r.wasSent ? .firstTokenTimeout : .connect)
        let left = limit - Double(now &- since) / 1e9
        if left > 0 { return schedule(after: left) }
        complete(failing: reason)
    }

    private func complete(failing reason: FailureReason? = nil) {
        guard !state.value.completed else { return }
        state.value.completed = true
        if let reason { state.value.recorder.fail(reason) }
        result.succeed(state.value.recorder.finish(atNs: Self.now()))
        if reason != nil { state.value.task?.cancel() }
    }

    func didSendRequestHead(task: HTTPClient.Task<Void>, _ head: HTTPRequestHead) {
        state.value.recorder.sent(atNs: Self.now())
    }

    func didReceiveHead(task: HTTPClient.Task<Void>, _ head: HTTPResponseHead) -> EventLoopFuture<Void> {
        if case .failed(let reason)? = state.value.recorder.head(status: Int(head.status.code)) { complete(failing: reason) }
        return task.eventLoop.makeSucceededVoidFuture()
    }

    func didReceiveBodyPart(task: HTTPClient.Task<Void>, _ buffer: ByteBuffer) -> EventLoopFuture<Void> {
        guard !state.value.completed else { return task.eventLoop.makeSucceededVoidFuture() }
        let now = Self.now()
        switch buffer.withUnsafeReadableBytes({ state.value.recorder.body($0, atNs: now) }) {
        case .done?: complete()
        case .failed(let reason)?: complete(failing: reason)
        case nil: break
        }
        return task.eventLoop.makeSucceededVoidFuture()
    }

    func didReceiveError(task: HTTPClient.Task<Void>, _ error: Error) {
        // Before a response head the connection never carried the request; after it, the
        // stream broke off (finish() then says truncated).
        complete(failing: state.value.recorder.hasHead ? nil : .connect)
    }

    func didFinishRequest(task: HTTPClient.Task<Void>) throws {
        complete()
    }
}
