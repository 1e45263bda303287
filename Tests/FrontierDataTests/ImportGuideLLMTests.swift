import Foundation
import Testing
@testable import FrontierData
import FrontierCore

/// GuideLLM `benchmarks.json`: every benchmark a run, both strategy layouts.
@Suite struct ImportGuideLLMTests {
    @Test func everyBenchmarkIsARun() throws {
        let loaded = try #require(importing("results/guidellm/benchmarks.json"))
        let runs = loaded.dataset.runs
        try #require(runs.count == 3)
        #expect(runs.allSatisfy { $0.model == "Qwen/Qwen3-8B" })

        // Synchronous: concurrency 1; request_latency is in seconds.
        #expect(runs[0].concurrency == 1 && !runs[0].concurrencyEstimated)
        expectFields(runs[0], [
            .p50E2Ems: 1250, .p50ITLms: 9.65, .p50TPOTms: 9.6, .p90E2Ems: 1625, .p90ITLms: 12.545, .p90TPOTms: 12.48,
            .p90TTFTms: 32.5, .p95E2Ems: 1750, .p95ITLms: 13.51, .p95TPOTms: 13.44, .p95TTFTms: 35, .p99E2Ems: 1875,
            .p99ITLms: 14.475, .p99TPOTms: 14.4,
            .requests: 50, .failed: 0, .durationS: 62.5, .requestThroughput: 0.8, .outputTokensPerS: 102.4,
            .totalTokensPerS: 307.2, .meanE2Ems: 1250, .meanTTFTms: 25, .p50TTFTms: 24, .p99TTFTms: 40,
            .meanTPOTms: 9.6, .meanITLms: 9.65, .meanInputTokens: 256, .meanOutputTokens: 128,
        ])
        #expect(runs[0].derived == [.durationS])

        // Concurrent with 8 streams: errored requests are the failed ones.
        #expect(runs[1].concurrency == 8 && !runs[1].concurrencyEstimated)
        expectFields(runs[1], [
            .p50E2Ems: 1410, .p50ITLms: 10.6, .p50TPOTms: 10.5, .p90E2Ems: 1833, .p90ITLms: 13.78, .p90TPOTms: 13.65,
            .p90TTFTms: 78, .p95E2Ems: 1974, .p95ITLms: 14.84, .p95TPOTms: 14.7, .p95TTFTms: 84, .p99E2Ems: 2115,
            .p99ITLms: 15.9, .p99TPOTms: 15.75,
            .requests: 336, .failed: 2, .durationS: 60, .requestThroughput: 5.6, .outputTokensPerS: 716.8,
            .totalTokensPerS: 2150.4, .meanE2Ems: 1410, .meanTTFTms: 60, .p50TTFTms: 55, .p99TTFTms: 140,
            .meanTPOTms: 10.5, .meanITLms: 10.6, .meanInputTokens: 256, .meanOutputTokens: 128,
        ])

        // A constant-rate load sets no concurrency: the measured mean stands, marked estimated.
        #expect(runs[2].concurrency == 5.12 && runs[2].concurrencyEstimated)
        expectFields(runs[2], [
            .p50E2Ems: 1286, .p50ITLms: 9.9, .p50TPOTms: 9.8, .p90E2Ems: 1671.8, .p90ITLms: 12.87, .p90TPOTms: 12.74,
            .p90TTFTms: 58.5, .p95E2Ems: 1800.4, .p95ITLms: 13.86, .p95TPOTms: 13.72, .p95TTFTms: 63, .p99E2Ems: 1929,
            .p99ITLms: 14.85, .p99TPOTms: 14.7,
            .requests: 239, .failed: 0, .durationS: 239 / 3.98, .requestThroughput: 3.98, .outputTokensPerS: 3.98 * 128,
            .totalTokensPerS: 3.98 * 384, .meanE2Ems: 1286, .meanTTFTms: 45, .p50TTFTms: 42, .p99TTFTms: 98,
            .meanTPOTms: 9.8, .meanITLms: 9.9, .meanInputTokens: 256, .meanOutputTokens: 128,
        ])
        let source = try #require(runs[2].source)
        #expect(source.hasPrefix(fixture("results/guidellm/benchmarks.json") + " $.benchmarks[2]: GuideLLM benchmarks.json (GuideLLM 0.4.0, config.strategy layout)"), "\(source)")
        #expect(source.contains("a constant load: concurrency is the measured mean (request_concurrency)"))
        #expect(loaded.files.first?.runs == 3)
    }

    @Test func olderArgsStrategyLayout() throws {
        let run = try #require(onlyRun("results/guidellm/benchmarks-v0.2.json"))
        #expect(run.model == "ibm-granite/granite-3.1-8b-instruct")
        #expect(run.concurrency == 4 && !run.concurrencyEstimated)
        expectFields(run, [
            .p50E2Ems: 1950, .p50ITLms: 14.9, .p50TPOTms: 14.8, .p90E2Ems: 2535, .p90ITLms: 19.37, .p90TPOTms: 19.24,
            .p90TTFTms: 91, .p95E2Ems: 2730, .p95ITLms: 20.86, .p95TPOTms: 20.72, .p95TTFTms: 98, .p99E2Ems: 2925,
            .p99ITLms: 22.35, .p99TPOTms: 22.2,
            .requestThroughput: 2, .outputTokensPerS: 256, .totalTokensPerS: 1280, .meanE2Ems: 1950, .meanTTFTms: 70,
            .p50TTFTms: 65, .p99TTFTms: 120, .meanTPOTms: 14.8, .meanITLms: 14.9, .meanInputTokens: 512,
            .meanOutputTokens: 128,
        ])
        #expect(run.source?.contains("(args.strategy layout)") == true)
    }

    @Test func brokenFilesGetPreciseMessages() {
        let cases: [(String, String?, String?, String)] = [
            ("guidellm-schema-9.json", "$.metadata", "version", "schema version 9 is not supported; expected 1"),
            ("guidellm-missing-rps.json", "$.benchmarks[1].metrics", "requests_per_second", "missing; expected an object"),
            ("guidellm-wrong-type.json", "$.benchmarks[0].metrics.time_to_first_token_ms.successful", "mean",
             "expected a number ≥ 0, found the string \"fast\""),
            ("guidellm-no-model.json", "$.benchmarks[0]", "model", "missing; expected a model name at one of worker.backend_model"),
        ]
        expectBrokenFixtures(cases)
    }

    @Test func anEmptyBenchmarkListIsAnError() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("benchmarks.json", #"{"benchmarks": []}"#)
        expectProblem(importProblems([path]), file: path, at: "$", field: "benchmarks", "empty; expected at least one benchmark")
    }
}
