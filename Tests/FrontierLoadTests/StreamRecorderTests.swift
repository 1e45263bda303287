import Testing
@testable import FrontierLoad

/// Metrics from synthetic traces: events at set times (ms after t0), checked against
/// hand-computed figures.
@Suite struct StreamRecorderTests {
    static let ms: UInt64 = 1_000_000

    static func chat(_ content: String?, role: Bool = false, finish: String? = nil, usage: Int? = nil) -> String {
        var delta: [String] = []
        if role { delta.append("\"role\":\"assistant\"") }
        if let content { delta.append("\"content\":\"\(content)\"") }
        let f = finish.map { "\"\($0)\"" } ?? "null"
        let u = usage.map { ",\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":\($0)}" } ?? ""
        return "data: {\"choices\":[{\"index\":0,\"delta\":{\(delta.joined(separator: ","))},\"finish_reason\":\(f)}]\(u)}\n\n"
    }

    static func usageOnly(_ tokens: Int) -> String {
        "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":\(tokens)}}\n\n"
    }

    /// Feeds (ms, text) pairs after t0 = 1000 ms and finishes at the last time.
    static func record(_ trace: [(UInt64, String)], status: Int = 200) -> RequestResult {
        var r = StreamRecorder(startNs: 0)
        r.sent(atNs: 1000 * ms)
        _ = r.head(status: status)
        var end: UInt64 = 1000 * ms
        for (t, text) in trace {
            end = (1000 + t) * ms
            if case .failed? = r.body(Array(text.utf8), atNs: end) { break }
        }
        return r.finish(atNs: end)
    }

    @Test func roleChunkIsNoToken() {
        // Role at 5 ms, tokens at 100, 120, 140; usage says 3.
        let r = Self.record([(5, Self.chat(nil, role: true)), (100, Self.chat("a")), (120, Self.chat("b")),
                             (140, Self.chat("c", finish: "length")), (141, Self.usageOnly(3)), (142, "data: [DONE]\n\n")])
        #expect(r.failure == nil)
        #expect(r.ttftMs == 100)
        #expect(r.e2eMs == 140)
        #expect(r.tpotMs == 20)            // (140 − 100) / (3 − 1)
        #expect(r.itlsMs == [20, 20])
        #expect(r.outputTokens == 3)
        #expect(!r.tokensCounted)
        #expect(r.promptTokens == 10)
    }

    @Test func reasoningCountsAsAToken() {
        let reasoning = "data: {\"choices\":[{\"delta\":{\"reasoning_content\":\"hm\"},\"finish_reason\":null}]}\n\n"
        let r = Self.record([(50, reasoning), (80, Self.chat("x", finish: "stop")), (81, "data: [DONE]\n\n")])
        #expect(r.ttftMs == 50)
        #expect(r.outputTokens == 2)
        #expect(r.tokensCounted)
    }

    @Test func withoutUsageTokensAreCountedAndMarked() {
        let r = Self.record([(10, Self.chat("a")), (30, Self.chat("b")), (50, Self.chat("c")), (70, Self.chat("d", finish: "stop")),
                             (71, "data: [DONE]\n\n")])
        #expect(r.outputTokens == 4)
        #expect(r.tokensCounted)
        #expect(r.tpotMs == 20)            // (70 − 10) / 3
    }

    @Test func kTokenChunksWithFinalUsage() {
        // Chunks of 4 tokens every 40 ms: usage only at the end says 12 tokens.
        let r = Self.record([(100, Self.chat("abcd")), (140, Self.chat("efgh")), (180, Self.chat("ijkl", finish: "length")),
                             (181, Self.usageOnly(12)), (182, "data: [DONE]\n\n")])
        #expect(r.outputTokens == 12)
        #expect(abs(r.tpotMs! - 80.0 / 11) < 1e-9)   // per token, not per chunk
        #expect(r.itlsMs == [40, 40])                 // gaps between events: 4×TPOT-ish
    }

    @Test func kTokenChunksWithUsageOnEveryChunkSplitGaps() {
        let r = Self.record([(100, Self.chat("abcd", usage: 4)), (140, Self.chat("efgh", usage: 8)),
                             (180, Self.chat("ijkl", finish: "length", usage: 12)), (182, "data: [DONE]\n\n")])
        #expect(r.outputTokens == 12)
        #expect(r.itlsMs == Array(repeating: 10, count: 8))   // two 40 ms gaps, 4 tokens each
    }

    @Test func finishReasonWithoutDoneSucceeds() {
        let r = Self.record([(10, Self.chat("a", finish: "stop"))])
        #expect(r.failure == nil)
    }

    @Test func failures() {
        #expect(Self.record([], status: 500).failure == .http(500))
        #expect(Self.record([(10, Self.chat("a"))]).failure == .truncated)
        #expect(Self.record([(10, "data: [DONE]\n\n")]).failure == .truncated)   // no token at all
        #expect(Self.record([(10, Self.chat("a")), (20, "data: {\"error\":{\"message\":\"boom\"}}\n\n")]).failure == .errorEvent)
        #expect(Self.record([(10, "data: not json\n\n")]).failure == .errorEvent)
        #expect(Self.record([(10, "event: error\ndata: {}\n\n")]).failure == .errorEvent)
        #expect(StreamRecorder(startNs: 0).finish(atNs: 5).failure == .connect)
        var r = StreamRecorder(startNs: 0)
        _ = r.head(status: 200)
        r.fail(.stallTimeout)
        #expect(r.finish(atNs: 9).failure == .stallTimeout)
    }

    @Test func failureReasonsReadAsTheirCodes() {
        #expect([FailureReason.http(429), .connect, .firstTokenTimeout, .stallTimeout, .errorEvent, .truncated].map(\.description)
                == ["http_429", "connect", "first_token_timeout", "stall_timeout", "error_event", "truncated"])
    }
}
