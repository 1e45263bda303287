import Foundation
import Testing
@testable import FrontierData
import FrontierCore

/// The distributed harnesses' reports: llm-d-benchmark's benchmark report (v0.1, v0.2),
/// which carries the accelerator and its count, and inference-perf's lifecycle reports.
@Suite struct ImportFleetTests {
    @Test func llmdV01FromTheVLLMHarness() throws {
        // No --hardware: the accelerator is a preset name, and the count comes from the file.
        let run = try #require(onlyRun("fleet/llm-d/vllm-harness-v0.1.json", options: LoadOptions()))
        #expect(run.model == "meta-llama/Llama-3.1-8B-Instruct")
        #expect(run.hardware == "H100-80G" && run.gpus == 2)
        #expect(run.concurrency == 16 && !run.concurrencyEstimated)
        expectFields(run, [
            .p50E2Ems: 3100, .p50ITLms: 11.5, .p50TPOTms: 11.8, .p99E2Ems: 3900, .p99ITLms: 30.4, .p99TPOTms: 15.2,
            .requests: 198, .failed: 0, .durationS: 40, .requestThroughput: 4.95, .outputTokensPerS: 1267.2,
            .totalTokensPerS: 3801.6, .meanInputTokens: 512, .meanOutputTokens: 256, .meanTTFTms: 85.5, .p50TTFTms: 80.25,
            .p99TTFTms: 190.75, .meanTPOTms: 12, .meanITLms: 12.1, .meanE2Ems: 3145.5,
        ])
        #expect(run.source?.contains("llm-d benchmark report (benchmark report v0.1); accelerator H100-80G × 2; harness vllm-benchmark") == true)
    }

    @Test func llmdV02CountsReplicasAndConvertsSeconds() throws {
        let loaded = try #require(importing("fleet/llm-d/benchmark-report-v0.2.json"))
        let run = try #require(loaded.dataset.runs.first)
        #expect(run.model == "Qwen/Qwen3-0.6B")
        #expect(run.gpus == 16)                       // 2 replicas × 8 accelerators
        #expect(run.hardware == "H100-80G")           // from --hardware, over NVIDIA-H100-80GB-HBM3
        // concurrency: .inf (rate-driven): 2262.448 req/s × 36.858 ms.
        #expect(run.concurrencyEstimated && run.concurrency == 83.39)
        #expect(close(run[.durationS], 49.97206788184121))
        #expect(run[.requests] == 500 && run[.failed] == 0)
        #expect(close(run[.meanTTFTms], 36.8578234128654))
        #expect(close(run[.p50TTFTms], 36.22930939309299))
        #expect(close(run[.p99TTFTms], 50.29489721637218))
        #expect(close(run[.meanTPOTms], 36.8578234128654))
        #expect(loaded.dataset.model(named: "Qwen/Qwen3-0.6B")?.engine == "llm-d ghcr.io/llm-d/llm-d-cuda:0.3.1")
        #expect(run.source?.contains("accelerator NVIDIA-H100-80GB-HBM3 × 16") == true)
    }

    @Test func llmdSchemaExampleWithoutConcurrencyIsRefusedPrecisely() {
        // The v0.1 example's load sets a rate, and its filler latencies (3.3 ms a request)
        // give Little's law nothing to estimate from.
        let problems = importProblems([fixture("fleet/llm-d/benchmark-report-v0.1.json")])
        #expect(errors(problems).contains { $0.field == "concurrency" && $0.message.contains("the load set no concurrency") })
    }

    @Test func llmdAcceleratorAsNvidiaSmiNamesItResolvesToAPreset() throws {
        // "NVIDIA-H100-80GB-HBM3" (as nvidia-smi names it) is an alias of H100-80G: no --hardware needed.
        let run = try #require(importing("fleet/llm-d/benchmark-report-v0.2.json", options: LoadOptions())?.dataset.runs.first)
        #expect(run.hardware == "H100-80G" && run.gpus == 16)   // 2 replicas × 8
    }

    @Test func llmdReportNeedsHardwareWhenTheAcceleratorIsNoPreset() throws {
        let tmp = try TempFolder()
        let text = try String(contentsOfFile: fixture("fleet/llm-d/benchmark-report-v0.2.json"), encoding: .utf8)
        let path = try tmp.write("report.json", text.replacingOccurrences(of: "NVIDIA-H100-80GB-HBM3", with: "NVIDIA-T4"))
        expectProblem(importProblems([path], options: LoadOptions()), file: path, at: "$", field: "hardware",
                      "unknown hardware \"NVIDIA-T4\"; give --hardware PRESET (nearest presets: ")
    }

    @Test func inferencePerfFolderReadsStagesAndSkipsTheSummary() throws {
        let loaded = try #require(importing("fleet/inference-perf"))
        #expect(loaded.files.map { ($0.path as NSString).lastPathComponent } == ["stage_0_lifecycle_metrics.json", "stage_1_lifecycle_metrics.json"])
        #expect(loaded.warnings.contains { $0.message.contains("whole-run summary") })
        let runs = loaded.dataset.runs.sorted { $0.concurrency < $1.concurrency }
        #expect(runs.map(\.model) == ["meta-llama/Meta-Llama-3-8B-Instruct", "meta-llama/Meta-Llama-3-8B-Instruct"])
        let first = runs[0]
        // 1.0172 req/s × 480.48 ms ≈ 0.49 in flight.
        #expect(first.concurrencyEstimated && first.concurrency == 0.49)
        #expect(first[.requests] == 60 && first[.failed] == 0)
        #expect(close(first[.requestThroughput], 1.0171575756131475))
        #expect(close(first[.meanTTFTms], 31.12733216257766))
        #expect(close(first[.p50TTFTms], 31.026913959067315))
        #expect(close(first[.p99TTFTms], 39.696927970508104))
        #expect(close(first[.meanTPOTms], 3.4734172405264745))
        #expect(close(first[.meanE2Ems], 480.48226445680486))
        #expect(close(first[.meanOutputTokens], 63.15))
        #expect(close(first[.outputTokensPerS], 64.23350089997027))
        #expect(first.source?.contains("model from config.yaml; requested 1") == true)
        #expect(first.source?.contains("sent at 1.025 req/s") == true)
        #expect(close(runs[1].concurrency, 17.03, rel: 1e-3))   // 31.156 × 0.54675
    }

    @Test func inferencePerfSummaryNamedAloneIsRead() throws {
        let run = try #require(onlyRun("fleet/inference-perf/summary_lifecycle_metrics.json"))
        #expect(run[.requests] == 38717)
    }

    @Test func inferencePerfWithoutConfigNamesWhatIsMissing() throws {
        let folder = try TempFolder()
        let text = try String(contentsOfFile: fixture("fleet/inference-perf/stage_0_lifecycle_metrics.json"), encoding: .utf8)
        let path = try folder.write("stage_0_lifecycle_metrics.json", text)
        let problems = importProblems([path])
        #expect(errors(problems).contains { $0.message.contains("no server.model_name was found") && $0.message.contains("config.yaml") })
    }

    @Test func configModelNameIsReadFromItsLine() throws {
        let folder = try TempFolder()
        let path = try folder.write("config.yaml", "server:\n  base_url: x\n  model_name: \"org/model\"  # note\n")
        #expect(InferencePerfResult.modelName(inConfig: path) == "org/model")
        let none = try folder.write("other.yaml", "server:\n  model_name: null\n")
        #expect(InferencePerfResult.modelName(inConfig: none) == nil)
    }

    @Test func isoDurations() {
        #expect(LLMDReport.isoDuration("PT49.5S") == 49.5)
        #expect(LLMDReport.isoDuration("PT1H2M3S") == 3723)
        #expect(LLMDReport.isoDuration("P1D") == nil)
        #expect(LLMDReport.isoDuration("PT") == nil)
        #expect(LLMDReport.isoDuration("PT5") == nil)
    }
}
