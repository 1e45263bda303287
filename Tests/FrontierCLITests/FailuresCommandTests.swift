import Foundation
import Testing

/// Failed requests through the binary, on two LLMPerf leaderboard summaries: a steady
/// provider and one whose requests failed 130 times in 150 (87 %).
@Suite struct FailuresCommandTests {
    static let leaderboard = repositoryRoot + "/Tests/FrontierDataTests/Fixtures/real/llmperf-leaderboard"
    static let setup = ["--hardware", "H100", "--gpus", "8", "--concurrency", "5"]

    func report(_ extra: String...) -> (status: Int32, output: String) {
        spawn([frontierBinary, "report", Self.leaderboard] + Self.setup + extra)
    }

    @Test func aProviderWithMostRequestsFailedIsExcludedWithItsRate() {
        let (status, output) = report()
        #expect(status == 0)
        #expect(output.contains("failures at most 5.0%"))
        #expect(output.contains("87% of requests failed (more than the 5.0% accepted)"))
        #expect(output.contains("1  meta/llama-2-70b-chat"))
        #expect(output.contains("counting successful requests") && output.contains("only (throughput is of those"))
    }

    @Test func aLooserLimitRanksItWithAFailedColumn() {
        let (status, output) = report("--max-error-rate", "0.9")
        #expect(status == 0)
        let lines = output.split(separator: "\n")
        #expect(lines.contains { $0.hasSuffix("Failed  F") })
        // 1,000 successful requests at 7.8 a minute on $11.17/h: 7,692 s, $23.88.
        #expect(lines.contains { $0.hasPrefix("1  accounts") && $0.contains("$23.88") && $0.contains("87%") })
        #expect(lines.contains { $0.hasPrefix("2  meta/lla") && $0.contains("0.0%") })
        #expect(lines.filter { !$0.contains("warning:") }.allSatisfy { $0.count <= 80 })
    }

    @Test func theJSONReportCarriesRatesAndTheLimit() throws {
        let (status, output) = report("--format", "json")
        #expect(status == 0)
        // The import's warnings come first, on standard error.
        let json = output.split(separator: "\n").drop { !$0.hasPrefix("{") }.joined(separator: "\n")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let scenario = try #require(root["scenario"] as? [String: Any])
        #expect(scenario["max_error_rate"] as? Double == 0.05)
        #expect(scenario["costs_count"] as? String == "successful requests")
        let models = try #require(root["models"] as? [[String: Any]])
        let flaky = try #require(models.first { ($0["model"] as? String)?.contains("flaky") == true })
        #expect(abs((flaky["failure_rate"] as? Double ?? 0) - 130.0 / 150) < 1e-12)
        #expect(flaky["rank"] is NSNull)
        #expect((flaky["excluded_reason"] as? String)?.hasPrefix("87% of requests failed") == true)
        let steady = try #require(models.first { ($0["model"] as? String)?.contains("meta/") == true })
        #expect(steady["failure_rate"] as? Double == 0)
    }

    @Test func theDashboardMarksTheRowAndTheDetailsCountTheFailures() {
        let (status, screen) = spawn([frontierBinary, "snapshot", Self.leaderboard] + Self.setup + ["--size", "100x30"])
        #expect(status == 0)
        #expect(screen.split(separator: "\n").contains { $0.contains("accounts/fl") && $0.hasSuffix("87% failed") })
        let (_, details) = spawn([frontierBinary, "snapshot", Self.leaderboard] + Self.setup + ["--size", "100x30", "--keys", "Tab Down Enter"])
        #expect(details.contains("Failed: 87% of 150 requests (130); costs count the successful ones"))
        let (_, loose) = spawn([frontierBinary, "snapshot", Self.leaderboard] + Self.setup + ["--size", "100x30", "--max-error-rate", "1"])
        #expect(loose.contains("2 of 2 fit"))
    }

    @Test func aLimitOutsideZeroToOneIsRefused() {
        let (status, output) = report("--max-error-rate", "1.5")
        #expect(status != 0)
        #expect(output.contains("--max-error-rate must be a fraction from 0 to 1"))
    }

    @Test func thePlanSaysTheLimit() {
        let (status, output) = spawn([frontierBinary, "plan", Self.leaderboard, "--hardware", "H100", "--gpus", "8", "--volume", "1e5"])
        #expect(status == 0)
        #expect(output.contains("at most 5.0% of requests; costs count successful requests only"))
        #expect(output.contains("accounts/fla…a-v2-70b-chat  87% of requests failed (more than the 5.0% accepted)"))
    }
}
