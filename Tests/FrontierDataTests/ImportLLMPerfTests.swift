import Foundation
import Testing
@testable import FrontierData
import FrontierCore

/// LLMPerf `*_summary.json`: seconds to ms, completed requests per minute to req/s.
@Suite struct ImportLLMPerfTests {
    @Test func summary() throws {
        let run = try #require(onlyRun("results/llmperf/mistralai-Mistral-7B-Instruct-v0-3_550_150_summary.json"))
        #expect(run.model == "mistralai/Mistral-7B-Instruct-v0.3")
        #expect(run.concurrency == 8 && !run.concurrencyEstimated)
        expectFields(run, [
            .p50E2Ems: 2000, .p50ITLms: 12.4, .p90ITLms: 13.5, .p90TTFTms: 300, .p95ITLms: 13.8, .p95TTFTms: 350,
            .p99E2Ems: 2600, .p99ITLms: 15,
            .meanTTFTms: 200, .p50TTFTms: 180, .p99TTFTms: 420, .meanITLms: 12.5, .meanE2Ems: 2050,
            .meanInputTokens: 548.5, .meanOutputTokens: 148, .outputTokensPerS: 577.2, .requests: 160,
            .requestThroughput: 3.9, .failed: 0, .totalTokensPerS: 3.9 * 696.5, .durationS: 160 / 3.9,
        ])
        #expect(run.derived == [.totalTokensPerS, .durationS])
        #expect(run.source?.contains("LLMPerf summary (results_* keys)") == true)
    }

    @Test func brokenFileGetsEveryMessage() {
        expectBrokenFixtures([
            ("llmperf-negative_summary.json", "$", "results_ttft_s_mean", "expected a number ≥ 0, found -0.2"),
            ("llmperf-negative_summary.json", "$", "num_concurrent_requests", "expected a whole number ≥ 1, found the string \"8\""),
        ])
    }
}

/// The LLMPerf leaderboard's summaries (see Fixtures/real/README.txt): errors counted
/// apart from the completed requests, whose rate alone is the throughput.
@Suite struct ImportLLMPerfLeaderboardTests {
    @Test func aProviderWithMostRequestsFailedKeepsBothCounts() throws {
        let run = try #require(onlyRun("real/llmperf-leaderboard/flaky_70b.json"))
        #expect(run.model == "accounts/flaky/models/llama-v2-70b-chat")
        #expect(run[.requests] == 20 && run[.failed] == 130)
        #expect(close(run[.requestThroughput], 7.8 / 60))
        #expect(FailureRate.of(run) == 130.0 / 150)
    }

    @Test func theFailuresAreWarnedAboutWithTheirShare() throws {
        let problems = try #require(importing("real/llmperf-leaderboard/flaky_70b.json")).warnings
        #expect(problems.contains { $0.severity == .warning && $0.message.contains("130 request(s) failed (87% of 150)") })
    }
}
