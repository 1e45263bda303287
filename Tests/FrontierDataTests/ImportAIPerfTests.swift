import Foundation
import Testing
@testable import FrontierData
import FrontierCore

/// AIPerf `profile_export_aiperf.json` and the legacy GenAI-Perf JSON: metric blocks,
/// units converted as the block's unit says.
@Suite struct ImportAIPerfTests {
    @Test func aiperfExport() throws {
        let run = try #require(onlyRun("results/aiperf/profile_export_aiperf.json"))
        #expect(run.model == "openai/gpt-oss-20b")
        #expect(run.concurrency == 10 && !run.concurrencyEstimated)
        // benchmark_duration is in "sec"; ITL stays ITL (no TPOT is made up from it).
        expectFields(run, [
            .p50E2Ems: 740, .p50ITLms: 6.9, .p90E2Ems: 900, .p90ITLms: 8.4, .p90TTFTms: 54.6, .p95E2Ems: 975,
            .p95ITLms: 9.1, .p95TTFTms: 59.15, .p99E2Ems: 980, .p99ITLms: 9.5,
            .requests: 1000, .durationS: 1000 / 13.2, .failed: 0, .requestThroughput: 13.2, .outputTokensPerS: 1320,
            .totalTokensPerS: 13.2 * 650, .meanInputTokens: 550, .meanOutputTokens: 100, .meanTTFTms: 45.5,
            .p50TTFTms: 42, .p99TTFTms: 110, .meanITLms: 7, .meanE2Ems: 750,
        ])
        #expect(run.derived == [.totalTokensPerS])
        #expect(run.source?.contains("AIPerf profile_export_aiperf.json (schema 1.0, AIPerf 0.3.0)") == true)
    }

    @Test func legacyGenAIPerfJSON() throws {
        let run = try #require(onlyRun("results/genai-perf/profile_export_genai_perf.json"))
        #expect(run.model == "google/gemma-2-9b-it")
        #expect(run.concurrency == 4)
        expectFields(run, [
            .p50E2Ems: 1350, .p50ITLms: 10.4, .p90E2Ems: 1638.6, .p90ITLms: 12.54, .p90TTFTms: 45.84,
            .p95E2Ems: 1775.15, .p95ITLms: 13.585, .p95TTFTms: 49.66, .p99E2Ems: 1800, .p99ITLms: 12,
            .requestThroughput: 2.9, .outputTokensPerS: 371.2, .totalTokensPerS: 2.9 * 328, .meanInputTokens: 200,
            .meanOutputTokens: 128, .meanTTFTms: 38.2, .p50TTFTms: 36, .p99TTFTms: 75.1, .meanITLms: 10.45, .meanE2Ems: 1365.5,
        ])
        #expect(run.source?.contains("GenAI-Perf profile_export_genai_perf.json (legacy JSON)") == true)
    }

    @Test func unitsAreAuthoritative() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("profile_export_aiperf.json", """
        {"schema_version": "1.2", "request_throughput": {"unit": "requests/sec", "avg": 2},
         "time_to_first_token": {"unit": "ns", "avg": 45000000, "p50": 40000000, "p99": 90000000},
         "request_latency": {"unit": "s", "avg": 2.5}, "inter_token_latency": {"unit": "us", "avg": 8000},
         "input_config": {"endpoint": {"model_names": ["m"]}, "loadgen": {"concurrency": 5}}}
        """)
        let run = try #require(importing(path).flatMap(\.dataset.runs.first))
        expectFields(run, [.requestThroughput: 2, .meanTTFTms: 45, .p50TTFTms: 40, .p99TTFTms: 90, .meanE2Ems: 2500, .meanITLms: 8])
    }

    @Test func requestRateModeIsEstimatedByLittlesLaw() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("profile_export_aiperf.json", """
        {"schema_version": "1.0", "request_throughput": {"unit": "requests/sec", "avg": 4},
         "request_latency": {"unit": "ms", "avg": 1500},
         "time_to_first_token": {"unit": "ms", "avg": 40, "p50": 38, "p99": 80},
         "input_config": {"endpoint": {"model_names": ["m"]}, "loadgen": {"request_rate": 4}}}
        """)
        let run = try #require(importing(path).flatMap(\.dataset.runs.first))
        #expect(run.concurrency == 6 && run.concurrencyEstimated)
        #expect(run.source?.contains("no concurrency in input_config (request-rate mode)") == true)
    }

    @Test func brokenFilesGetPreciseMessages() {
        let cases: [(String, String?, String?, String)] = [
            ("aiperf-schema-2.json", "$", "schema_version", "version \"2.0\" is not supported; expected 1.x"),
            ("aiperf-bad-unit.json", "$.time_to_first_token", "unit", "expected a time unit (ns, us, ms, s, sec), found \"fortnights\""),
            ("genai-perf-no-model.json", "$", "input_config", "no model name; expected one at $.input_config.endpoint.model_names"),
        ]
        // One error each: a wrong unit is said once, not once per statistic of its block.
        expectBrokenFixtures(cases)
    }
}
