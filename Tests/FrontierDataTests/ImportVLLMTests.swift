import Foundation
import Testing
@testable import FrontierData
import FrontierCore

/// vLLM `--save-result` files, old and new key sets, `--append-result` lines and
/// `--save-detailed` arrays: every field, units and provenance; then the broken variants.
@Suite struct ImportVLLMTests {
    @Test func benchServeNewKeysWithMetadata() throws {
        // The file names its hardware through --metadata: no --hardware needed.
        let loaded = try #require(importing("results/vllm/bench-serve.json", options: LoadOptions()))
        let run = try #require(loaded.dataset.runs.first)
        expectFields(run, [
            .p50E2Ems: 3100, .p50ITLms: 11.5, .p50TPOTms: 11.8, .p99E2Ems: 3900, .p99ITLms: 30.4, .p99TPOTms: 15.2,
            .requests: 198, .durationS: 40, .failed: 2, .requestThroughput: 4.95, .outputTokensPerS: 1267.2,
            .totalTokensPerS: 3801.6, .meanInputTokens: 512, .meanOutputTokens: 256, .meanTTFTms: 85.5,
            .p50TTFTms: 80.25, .p99TTFTms: 190.75, .meanTPOTms: 12, .meanITLms: 12.1, .meanE2Ems: 3145.5,
        ])
        #expect(run.model == "meta-llama/Llama-3.1-8B-Instruct")
        #expect(run.hardware == "H100-80G" && run.gpus == 2)
        #expect(run.concurrency == 16 && !run.concurrencyEstimated)
        #expect(run.derived == [.meanInputTokens, .meanOutputTokens])
        #expect(run.source == fixture("results/vllm/bench-serve.json") + ": vLLM bench serve result (vllm bench serve keys)")
        let model = try #require(loaded.dataset.model(named: run.model))
        #expect(model.precision == "FP8" && model.engine == "vLLM")
        #expect(loaded.files == [ReadFile(path: fixture("results/vllm/bench-serve.json"), format: .vllm,
                                          version: "vllm bench serve keys", runs: 1)])
        expectProblem(loaded.warnings, .warning, file: fixture("results/vllm/bench-serve.json"), at: "$", field: "failed",
                            "2 request(s) failed (1% of 200)")
    }

    /// Native files separate labels by commas: a `--metadata deployment=blue,green` becomes
    /// one label that survives `import` and reads back the same, not a file validate refuses.
    @Test func aLabelWithACommaReadsBackAsOneLabel() throws {
        let original = try String(contentsOfFile: fixture("results/vllm/bench-serve.json"), encoding: .utf8)
        let text = original.replacingOccurrences(of: "\"hardware\":", with: "\"deployment\": \"blue,green\", \"hardware\":")
        #expect(text != original)
        let imported = try DatasetLoader.load(bytes: Array(text.utf8), file: "v.json", options: LoadOptions(format: .vllm))
        #expect(imported.dataset.runs.first?.labels == [SetupLabel("deployment", "blue;green")])
        let back = try #require(roundTripped(imported.dataset))
        #expect(back.dataset.runs.first?.labels == imported.dataset.runs.first?.labels)
    }

    @Test func oldKeysRateDrivenGetLittlesLawConcurrency() throws {
        let run = try #require(onlyRun("results/vllm/benchmark-serving-old.json"))
        expectFields(run, [
            .p50ITLms: 9.5, .p50TPOTms: 9.9, .p99ITLms: 22, .p99TPOTms: 14,
            .requests: 500, .durationS: 125, .failed: 0, .requestThroughput: 4, .outputTokensPerS: 512,
            .totalTokensPerS: 1536, .meanInputTokens: 256, .meanOutputTokens: 128, .meanTTFTms: 40,
            .p50TTFTms: 38, .p99TTFTms: 95, .meanTPOTms: 10, .meanITLms: 10,
        ])
        // No max_concurrency and no E2E latency: 4 req/s × (40 ms + 10 ms × 127) = 5.24.
        #expect(run.concurrency == 5.24 && run.concurrencyEstimated)
        #expect(run.derived == [.meanInputTokens, .meanOutputTokens, .failed, .totalTokensPerS])
        #expect(run.hardware == "H100-80G" && run.gpus == 1)
        let source = try #require(run.source)
        for part in ["benchmark_serving.py keys", "rate-driven (no max_concurrency key)", "hardware from --hardware",
                     "1 GPU assumed", "concurrency 5.24 estimated by Little's law"] {
            #expect(source.contains(part), "\(source)")
        }
    }

    @Test func goodputWithAColonAndNullMaxConcurrency() throws {
        let run = try #require(onlyRun("results/vllm/goodput-colon.json"))
        expectFields(run, [
            .p50E2Ems: 1800, .p50ITLms: 13.5, .p50TPOTms: 13.9, .p99E2Ems: 2500, .p99ITLms: 35, .p99TPOTms: 17,
            .requests: 300, .durationS: 50, .failed: 0, .requestThroughput: 6, .outputTokensPerS: 768,
            .totalTokensPerS: 3840, .meanInputTokens: 512, .meanOutputTokens: 128, .meanTTFTms: 60,
            .p50TTFTms: 55, .p99TTFTms: 120, .meanTPOTms: 14, .meanITLms: 14.2, .meanE2Ems: 1838,
        ])
        // 6 req/s × 1.838 s = 11.028, to two decimals.
        #expect(run.concurrency == 11.03 && run.concurrencyEstimated)
        let source = try #require(run.source)
        #expect(source.contains("\"request_goodput:\" spelling") && source.contains("goodput 5.500 req/s"), "\(source)")
        #expect(source.contains("rate-driven (max_concurrency null)"))
    }

    @Test func appendResultLinesAreOneRunEach() throws {
        let loaded = try #require(importing("results/vllm/append.jsonl"))
        let runs = loaded.dataset.runs.sorted { $0.concurrency < $1.concurrency }
        #expect(runs.map(\.concurrency) == [1, 4, 8])
        let expected: [(Double, Double, Double, Double, Double, Double, Double)] = [
            // completed, ttft, median, p99, tpot, itl, e2e = ttft + tpot × 255
            (20, 30, 29, 45, 11.5, 11.5, 2962.5), (78, 45, 42, 80, 11.8, 11.9, 3054), (150, 60, 55, 130, 12.4, 12.5, 3222),
        ]
        for (run, (n, ttft, median, p99, tpot, itl, e2e)) in zip(runs, expected) {
            expectFields(run, [
                .requests: n, .durationS: 60, .failed: 0, .requestThroughput: n / 60, .outputTokensPerS: n * 256 / 60,
                .totalTokensPerS: n * 768 / 60, .meanInputTokens: 512, .meanOutputTokens: 256, .meanTTFTms: ttft,
                .p50TTFTms: median, .p99TTFTms: p99, .meanTPOTms: tpot, .meanITLms: itl, .meanE2Ems: e2e,
                // the file's medians and p99s of TPOT, ITL and E2E: the mean, and 2, 10 and 300 ms above it
                .p50TPOTms: tpot, .p99TPOTms: tpot + 2, .p50ITLms: itl, .p99ITLms: itl + 10, .p50E2Ems: e2e,
                .p99E2Ems: e2e + 300,
            ])
        }
        #expect(runs.map { $0.source?.contains("append.jsonl line \(runs.firstIndex(of: $0)! + 1):") } == [true, true, true])
        #expect(loaded.files.first?.version == "vllm bench serve keys, JSON lines")
        #expect(loaded.files.first?.runs == 3)
    }

    @Test func detailedArraysGiveThePercentiles() throws {
        let run = try #require(onlyRun("results/vllm/detailed.json"))
        // Successful TTFTs in ms, sorted: 48 49 50 51 52 53 55 60 70 (the failed request's 0 left out).
        // p50: position 4 → 52; p99: position 7.92 → 60 + 0.92 × 10 = 69.2 (numpy's linear method);
        // p90: 7.2 → 62; p95: 7.6 → 66. Latencies: 630 635 640 645 650 655 660 700 720 → p50 650,
        // p90 700 + 0.2 × 20 = 704, p95 712, p99 718.4. TPOT and ITL medians and p90s are the file's.
        expectFields(run, [
            .p50E2Ems: 650, .p50ITLms: 12, .p50TPOTms: 12, .p90E2Ems: 704, .p90ITLms: 13, .p90TPOTms: 12.5,
            .p90TTFTms: 62, .p95E2Ems: 712, .p95TTFTms: 66, .p99E2Ems: 718.4,
            .requests: 9, .durationS: 3, .failed: 1, .requestThroughput: 3, .outputTokensPerS: 150,
            .totalTokensPerS: 450, .meanInputTokens: 100, .meanOutputTokens: 50, .meanTTFTms: 488.0 / 9,
            .p50TTFTms: 52, .p99TTFTms: 69.2, .meanTPOTms: 12, .meanITLms: 12.1, .meanE2Ems: 5935.0 / 9,
        ])
        #expect(run.derived == [.meanInputTokens, .meanOutputTokens, .p50TTFTms, .p90TTFTms, .p95TTFTms, .p99TTFTms,
                                .meanE2Ems, .p50E2Ems, .p90E2Ems, .p95E2Ems, .p99E2Ems])
        #expect(run.concurrency == 2)
        #expect(run.source?.contains("per-request arrays") == true)
        #expect(run.source?.contains("TTFT percentiles from 9 per-request TTFTs") == true)
    }

    @Test func percentileIsNumpysLinearInterpolation() {
        #expect(VLLMResult.Detailed.percentile([10], 99) == 10)
        #expect(VLLMResult.Detailed.percentile([1, 2, 3, 4], 50) == 2.5)
        #expect(close(VLLMResult.Detailed.percentile([0, 100], 99), 99))
    }

    @Test func brokenFilesGetPreciseMessages() {
        let cases: [(String, String?, String?, String)] = [
            ("vllm-truncated.json", "line 1, column 601", nil, "the file ends inside a string (truncated?) (reading it as a vLLM bench serve result)"),
            ("vllm-wrong-types.json", "$", "duration", "expected a number > 0, found the string \"40.0\""),
            ("vllm-wrong-types.json", "$", "completed", "expected a whole number ≥ 1, found 198.5"),
            ("vllm-nan-negative.json", "$", "mean_ttft_ms", "expected a number ≥ 0, found NaN"),
            ("vllm-nan-negative.json", "$", "request_throughput", "expected a number > 0, found -4.95"),
            ("vllm-escape-model.json", "$", "model_id",
             "expected a name without control characters or escape sequences, found \"llama\\u{1b}]0;pwned\\u{7}\\u{1b}[31m\""),
            ("vllm-append-truncated.jsonl", "line 3, column 851", nil, "the file ends inside a string (truncated?)"),
            ("vllm-detailed-mismatch.json", "$", "latencies", "has 9 entries but ttfts has 10; expected one per request"),
            ("vllm-rate-no-latency.json", "$", "concurrency", "the load set no concurrency (rate-driven), and the file has no mean latency"),
        ]
        expectBrokenFixtures(cases)
    }

    @Test func aTruncatedLineRefusesTheWholeFile() {
        // Two good lines and a cut one: nothing of the file is used, not the first two runs.
        let path = fixture("broken/vllm-append-truncated.jsonl")
        let problems = importProblems([path, fixture("results/vllm/bench-serve.json")])
        #expect(errors(problems).map(\.file) == [path])
    }

    @Test func escapeSequencesNeverReachTheMessage() {
        let problems = importProblems([fixture("broken/vllm-escape-model.json")])
        #expect(!problems.isEmpty)
        #expect(problems.allSatisfy { !$0.description.contains("\u{1B}") && !$0.description.contains("\u{07}") })
    }

    @Test func unknownKeysAreIgnored() throws {
        // bench-serve.json carries "a_key_from_a_future_release": an object no release wrote.
        let loaded = try #require(importing("results/vllm/bench-serve.json"))
        #expect(!loaded.warnings.contains { $0.description.contains("a_key_from_a_future_release") })
    }

    @Test func wrongTypeOfRequestRate() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("r.json", #"{"model_id": "m", "completed": 10, "duration": 5, "request_throughput": 2, "max_concurrency": 2, "request_rate": [4]}"#)
        expectProblem(importProblems([path]), file: path, at: "$", field: "request_rate", "expected a number > 0 or \"inf\", found an array")
    }
}
