import FrontierCore
import Testing
@testable import FrontierLoad

@Suite struct LevelReportTests {
    static let s: UInt64 = 1_000_000_000

    static func ok(end: UInt64, ttft: Double, tpot: Double, e2e: Double, out: Int = 10, prompt: Int? = 100,
                   itls: [Double] = [], counted: Bool = false) -> RequestResult {
        var r = RequestResult(failure: nil, startNs: 0, endNs: end)
        r.ttftMs = ttft
        r.tpotMs = tpot
        r.e2eMs = e2e
        r.outputTokens = out
        r.promptTokens = prompt
        r.itlsMs = itls
        r.tokensCounted = counted
        return r
    }

    static func outcome() -> LevelOutcome {
        let measured = [
            ok(end: 3 * s, ttft: 100, tpot: 10, e2e: 190, itls: [10, 10]),
            ok(end: 4 * s, ttft: 200, tpot: 20, e2e: 380, itls: [20]),
            ok(end: 5 * s, ttft: 300, tpot: 30, e2e: 570, out: 20),
            RequestResult(failure: .http(500), startNs: 0, endNs: 6 * s),
            RequestResult(failure: .truncated, startNs: 0, endNs: 6 * s),
        ]
        // A warm-up ending in the window counts for throughput, not for latencies.
        let warmup = ok(end: 2 * s + 1, ttft: 1, tpot: 1, e2e: 1, out: 30, prompt: 50)
        return LevelOutcome(concurrency: 4, measured: measured,
                            completedInWindow: [warmup] + measured.filter(\.succeeded),
                            windowStartNs: 2 * s, windowEndNs: 6 * s, warmups: 4, fillers: 2,
                            lagMs: (1...100).map(Double.init))
    }

    @Test func figuresFromHandComputedValues() {
        let report = LevelReport(Self.outcome(), slo: SLO(ttftMs: 250))
        #expect(report.requests == 4)               // three measured + the warm-up in the window
        #expect(report.durationS == 4)
        #expect(report.requestThroughput == 1)
        #expect(report.failed == 2)
        #expect(report.failures == ["http_500": 1, "truncated": 1])
        #expect(report.totalOutputTokens == 70)
        #expect(report.totalInputTokens == 350)
        #expect(report.meanTTFTms == 200)
        #expect(report.meanTPOTms == 20)
        #expect(report.meanITLms == 40.0 / 3)       // pooled gaps, not a mean of means
        #expect(report.meanE2Ems == 380)
        #expect(report.percentile("ttft", 50) == 200)
        #expect(report.percentile("ttft", 90) == 280)   // 200 + 0.8 × 100
        #expect(abs(report.percentile("ttft", 99)! - 298) < 1e-9)
        #expect(report.goodput == 2.0 / 5)          // two of five under 250 ms; failures count against
        #expect(abs(report.lagP99Ms! - 99.01) < 1e-9)
        #expect(report.lagged)
        #expect(abs(report.heldConcurrency! - 0.38) < 1e-12)   // 1 req/s × 380 ms
        #expect(report.heldTooFew)
        #expect(report.clientLimited)
        #expect(report.errorRate == 0.4)
    }

    /// Four completions in one second at concurrency 2: a mean E2E of 400 ms held 1.6 in
    /// flight, within Little's-law tolerance (2 / 1.5 ≈ 1.33); 300 ms held 1.2, too few.
    @Test(arguments: [(400.0, false), (300.0, true)]) func tooFewInFlightIsClientLimited(e2e: Double, limited: Bool) {
        let done = (1...4).map { Self.ok(end: UInt64($0) * Self.s / 4, ttft: 10, tpot: 1, e2e: e2e) }
        let outcome = LevelOutcome(concurrency: 2, measured: done, completedInWindow: done, windowStartNs: 0,
                                   windowEndNs: Self.s, warmups: 0, fillers: 0, lagMs: [0.5, 1])
        let report = LevelReport(outcome, slo: SLO())
        #expect(abs(report.heldConcurrency! - e2e * 4 / 1000) < 1e-12)
        #expect(!report.lagged)
        #expect(report.heldTooFew == limited && report.clientLimited == limited)
    }

    @Test func nativeRun() throws {
        let run = try #require(LevelReport(Self.outcome(), slo: SLO()).run(model: "m", hardware: "H100-80G", gpus: 2))
        #expect(run.concurrency == 4)
        #expect(run[.requests] == 4)
        #expect(run[.durationS] == 4)
        #expect(run[.requestThroughput] == 1)
        #expect(run[.outputTokensPerS] == 17.5)
        #expect(run[.totalTokensPerS] == 105)
        #expect(run[.meanInputTokens] == 87.5)
        #expect(run[.meanOutputTokens] == 17.5)
        #expect(run[.p50TTFTms] == 200)
        #expect(run[.failed] == 2)
        #expect(run.derived.isEmpty)
    }

    @Test func allFailedGivesNoRun() {
        let failed = RequestResult(failure: .connect, startNs: 0, endNs: 1)
        let outcome = LevelOutcome(concurrency: 1, measured: [failed], completedInWindow: [], windowStartNs: 0,
                                   windowEndNs: 1, warmups: 1, fillers: 0, lagMs: [])
        let report = LevelReport(outcome, slo: SLO())
        #expect(report.run(model: "m", hardware: "h", gpus: 1) == nil)
        #expect(StopRule().reason(after: [report]) != nil)
    }

    @Test func countedTokensMarkTheRunDerived() throws {
        var outcome = Self.outcome()
        outcome.measured[0].tokensCounted = true
        let run = try #require(LevelReport(outcome, slo: SLO()).run(model: "m", hardware: "h", gpus: 1))
        #expect(run.derived.contains(.meanOutputTokens))
    }

    @Test func sloParsing() throws {
        #expect(try SLO.parse("ttft:500,tpot:50").get() == SLO(ttftMs: 500, tpotMs: 50))
        #expect(try SLO.parse("e2e:2000").get() == SLO(e2eMs: 2000))
        for bad in ["ttft", "ttft:-1", "itl:5", "ttft:abc"] {
            #expect(throws: SLOError.self) { try SLO.parse(bad).get() }
        }
    }

    @Test func percentilesAsNumpy() {
        #expect(Percentile.of([1, 2, 3, 4], 50) == 2.5)
        #expect(Percentile.of([10], 99) == 10)
        #expect(abs(Percentile.of([0, 100], 99) - 99) < 1e-12)
        #expect(Percentile.of([3, 1, 2], 0) == 1)
        #expect(Percentile.of(sorted: [], 50).isNaN)
    }
}
