/// Turns one streamed response, byte chunks with the times they arrived, into a
/// `RequestResult` by Frontier's definitions (README, "Measuring"): TTFT to the first token
/// event, E2E to the last, TPOT over usage's completion tokens, ITL pooled with a k-token
/// event counted as k gaps. Pure: the client feeds it and reads the verdict.
///
/// ```swift
/// var recorder = StreamRecorder(startNs: t0)
/// recorder.head(status: 200)
/// if let verdict = recorder.body(bytes, atNs: now) { … }   // the stream failed or is done
/// let result = recorder.finish(atNs: now)
/// ```
public struct StreamRecorder: Sendable {
    /// What a body chunk decided.
    public enum Verdict: Equatable, Sendable {
        /// `[DONE]` arrived: the request is complete.
        case done
        /// The request failed; stop reading.
        case failed(FailureReason)
    }

    public private(set) var startNs: UInt64
    private var parser = SSEParser()
    private var status: Int?
    private var firstTokenNs: UInt64?
    private var lastTokenNs: UInt64?
    private var itls: [Double] = []
    private var countedTokens = 0
    private var usageTokens: Int?
    private var promptTokens: Int?
    /// A `finish_reason` arrived (usage may still follow).
    private var finished = false
    /// `[DONE]` arrived: nothing more is read.
    private var done = false
    private var failure: FailureReason?
    public private(set) var lastByteNs: UInt64

    public init(startNs: UInt64) {
        self.startNs = startNs
        lastByteNs = startNs
    }

    public var hasToken: Bool { firstTokenNs != nil }
    public var hasHead: Bool { status != nil }
    /// The request reached a connection.
    public private(set) var wasSent = false

    /// t0: the request head went to its connection (before it, the time was queueing in
    /// the pool, which is no part of the server's latency).
    public mutating func sent(atNs now: UInt64) {
        wasSent = true
        startNs = now
        lastByteNs = now
    }

    /// The response head; a status other than 200 fails the request.
    public mutating func head(status: Int) -> Verdict? {
        self.status = status
        if status != 200 {
            failure = .http(status)
            return .failed(.http(status))
        }
        return nil
    }

    public mutating func body(_ bytes: [UInt8], atNs now: UInt64) -> Verdict? {
        bytes.withUnsafeBytes { body($0, atNs: now) }
    }

    public mutating func body(_ bytes: UnsafeRawBufferPointer, atNs now: UInt64) -> Verdict? {
        guard failure == nil, !done else { return failure.map(Verdict.failed) }
        lastByteNs = now
        for event in parser.feed(bytes) {
            if let verdict = take(event, atNs: now) { return verdict }
        }
        return nil
    }

    private mutating func take(_ event: SSEParser.Event, atNs now: UInt64) -> Verdict? {
        let chunk = event.event == "error" ? StreamChunk(kind: .error) : StreamChunk.decode(event.data)
        switch chunk.kind {
        case .done:
            done = true
            return .done
        case .error:
            failure = .errorEvent
            return .failed(.errorEvent)
        case .chunk:
            break
        }
        promptTokens = chunk.promptTokens ?? promptTokens
        if chunk.carriesToken {
            // With usage on every chunk, the tokens this event brought are the difference;
            // otherwise an event is one token.
            let tokens = chunk.completionTokens.map { max(1, $0 - (usageTokens ?? 0)) } ?? 1
            if let last = lastTokenNs {
                let gap = Double(now - last) / 1e6 / Double(tokens)
                itls.append(contentsOf: repeatElement(gap, count: tokens))
            } else {
                firstTokenNs = now
            }
            lastTokenNs = now
            countedTokens += tokens
        }
        if let total = chunk.completionTokens { usageTokens = total }
        if chunk.finished { finished = true }
        return nil
    }

    /// Marks a failure decided outside the stream (a timeout, a broken connection).
    public mutating func fail(_ reason: FailureReason) {
        if failure == nil { failure = reason }
    }

    /// The result once the response ended (or was abandoned) at `now`.
    public func finish(atNs now: UInt64) -> RequestResult {
        var reason = failure
        if reason == nil {
            if status == nil { reason = .connect }
            else if firstTokenNs == nil || !(finished || done) { reason = .truncated }
        }
        var result = RequestResult(failure: reason, startNs: startNs, endNs: now)
        result.promptTokens = promptTokens
        guard reason == nil, let first = firstTokenNs, let last = lastTokenNs else { return result }
        let ttft = Double(first - startNs) / 1e6, e2e = Double(last - startNs) / 1e6
        result.ttftMs = ttft
        result.e2eMs = e2e
        result.outputTokens = usageTokens ?? countedTokens
        result.tokensCounted = usageTokens == nil
        result.tpotMs = result.outputTokens > 1 ? (e2e - ttft) / Double(result.outputTokens - 1) : nil
        result.itlsMs = itls
        return result
    }
}
