import Testing
@testable import FrontierData
import FrontierCore

/// The complete example of the native JSON format (README.md, "Native JSON").
let formatsExample = #"""
{
  "frontier_dataset": 1,
  "name": "wineval-a800",
  "description": "One line on what this is.",
  "provenance": "Where the numbers come from.",
  "workload": { "name": "WiNEval-3.0", "requests": 2993 },
  "default_metric": "WiNEval-3.0",
  "hardware": [
    { "name": "A800-80G", "preset": "A800-80G" },
    { "name": "my-H100", "preset": "H100-80G", "price_usd": 27000 },
    { "name": "rented-L40S", "gpu_type": "NVIDIA L40S 48GB", "cost": "rental",
      "rental_usd_per_gpu_hour": 0.99, "source": "our contract, 2026" }
  ],
  "models": [
    { "name": "WiNGPT-3.5", "size": "30B-A3B", "precision": "BF16", "engine": "vLLM",
      "notes": "free text", "quality": { "WiNEval-3.0": 76.2 } }
  ],
  "runs": [
    { "model": "WiNGPT-3.5", "hardware": "A800-80G", "gpus": 2, "concurrency": 16,
      "requests": 2993, "duration_s": 774.7, "mean_input_tokens": 412, "mean_output_tokens": 298,
      "output_tokens_per_s": 1151.4, "mean_ttft_ms": 210.5, "p50_ttft_ms": 180.2, "p99_ttft_ms": 820.0,
      "mean_tpot_ms": 41.2, "mean_itl_ms": 41.0, "mean_e2e_ms": 4141.0, "failed": 0,
      "source": "where this run comes from" }
  ]
}
"""#

@Suite struct NativeJSONReadTests {
    @Test func formatsExampleLoads() throws {
        let loaded = try #require(load(formatsExample, file: "example.json"))
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        let d = loaded.dataset
        #expect(d.name == "wineval-a800")
        #expect(d.description == "One line on what this is.")
        #expect(d.provenance == "Where the numbers come from.")
        #expect(d.workload == Workload(name: "WiNEval-3.0", requests: 2993))
        #expect(d.defaultMetric == "WiNEval-3.0")

        #expect(d.hardware.map(\.name) == ["A800-80G", "my-H100", "rented-L40S"])
        let a800 = HardwarePresets.named("A800-80G")!
        #expect(d.hardware[0] == a800)
        let h100 = d.hardware[1]
        guard case .owned(let gpu) = h100.cost, case .owned(let presetGPU) = HardwarePresets.named("H100-80G")!.cost else {
            Issue.record("my-H100 should be owned")
            return
        }
        #expect(gpu.price == 27000)
        #expect(gpu.years == presetGPU.years && gpu.powerKW == presetGPU.powerKW && gpu.maintenanceRate == presetGPU.maintenanceRate)
        #expect(h100.gpuType == "NVIDIA H100 80GB SXM")
        #expect(d.hardware[2] == HardwareProfile(name: "rented-L40S", gpuType: "NVIDIA L40S 48GB", cost: .rental(0.99),
                                                 rentalPerGPUHour: 0.99, source: "our contract, 2026"))

        #expect(d.models == [Model(name: "WiNGPT-3.5", size: "30B-A3B", precision: "BF16", engine: "vLLM", notes: "free text",
                                   quality: ["WiNEval-3.0": 76.2])])
        #expect(d.runs.count == 1)
        let run = d.runs[0]
        #expect(run.model == "WiNGPT-3.5" && run.hardware == "A800-80G" && run.gpus == 2 && run.concurrency == 16)
        #expect(run[.requests] == 2993 && run[.durationS] == 774.7 && run[.meanInputTokens] == 412)
        #expect(run[.meanOutputTokens] == 298 && run[.outputTokensPerS] == 1151.4 && run[.meanTTFTms] == 210.5)
        #expect(run[.p50TTFTms] == 180.2 && run[.p99TTFTms] == 820 && run[.meanTPOTms] == 41.2 && run[.meanITLms] == 41)
        #expect(run[.meanE2Ems] == 4141 && run[.failed] == 0)
        #expect(run.source == "where this run comes from")
        #expect(!run.concurrencyEstimated)
        #expect(close(run[.requestThroughput], 2993 / 774.7))
        #expect(close(run[.totalTokensPerS], 2993 / 774.7 * (412 + 298)))
        #expect(run.derived == [.requestThroughput, .totalTokensPerS])
    }

    @Test func runMayNameAPresetDirectly() throws {
        let loaded = try #require(load(dataset(runs: [
            bareRun(#""model": "M", "hardware": "b200", "concurrency": 4, "request_throughput": 2"#),
            bareRun(#""model": "M", "hardware": "B200", "concurrency": 8, "request_throughput": 3"#),
        ])))
        #expect(loaded.dataset.hardware.map(\.name) == ["B200"])
        #expect(loaded.dataset.runs.map(\.hardware) == ["B200", "B200"])
        #expect(loaded.dataset.runs[0].gpus == 1, "gpus defaults to 1")
    }

    @Test func presetNamedInDifferentCasesIsAddedOnce() throws {
        let loaded = try #require(load(dataset(runs: [
            bareRun(#""model": "M", "hardware": "a800-80g", "concurrency": 4, "request_throughput": 2"#),
            bareRun(#""model": "M", "hardware": "A800-80g", "concurrency": 8, "request_throughput": 3"#),
            bareRun(#""model": "M", "hardware": "A800-80G", "concurrency": 16, "request_throughput": 4"#),
        ])))
        #expect(loaded.dataset.hardware.map(\.name) == ["A800-80G"])
        #expect(loaded.dataset.runs.map(\.hardware) == ["A800-80G", "A800-80G", "A800-80G"])
    }

    @Test func runsMayNameUnlistedModels() throws {
        let loaded = try #require(load(dataset(runs: [run(model: "M"), run(model: "Other")])))
        #expect(loaded.dataset.models.map(\.name) == ["M", "Other"])
        #expect(loaded.dataset.model(named: "Other")?.quality.isEmpty == true)
        expectProblem(loaded.warnings, .warning, at: nil, field: "quality", #"model "Other" has no quality score"#)
    }

    @Test func unknownKeysAreIgnored() throws {
        let loaded = try #require(load(dataset(runs: [run(#""colour": "blue", "nested": {"x": [1]}"#)], top: #""extra": [1, 2]"#)))
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.dataset.runs.count == 1)
    }

    @Test func nullMeansMissing() throws {
        let loaded = try #require(load(dataset(runs: [run(#""mean_ttft_ms": null, "source": null"#)])))
        #expect(loaded.dataset.runs[0][.meanTTFTms] == nil)
        #expect(loaded.dataset.runs[0].source == nil)
    }

    @Test func textIsTrimmed() throws {
        let loaded = try #require(load(dataset(runs: [run(model: "  M ", #""source": " s ""#)])))
        #expect(loaded.dataset.runs[0].model == "M")
        #expect(loaded.dataset.runs[0].source == "s")
    }

    @Test func concurrencyEstimatedFlag() throws {
        let loaded = try #require(load(dataset(runs: [run(#""concurrency_estimated": true"#), run(concurrency: 8, #""concurrency_estimated": false"#)])))
        #expect(loaded.dataset.runs.map(\.concurrencyEstimated) == [true, false])
        expectProblem(loadProblems(dataset(runs: [run(#""concurrency_estimated": "yes""#)])),
                      at: "$.runs[0]", field: "concurrency_estimated", "expected true or false")
    }

    @Test func hardwareOptionSuppliesMissingHardware() throws {
        let loaded = try #require(load(dataset(runs: [bareRun(#""model": "M", "concurrency": 2, "request_throughput": 1"#)]),
                                       options: LoadOptions(hardware: "H200")))
        #expect(loaded.dataset.runs[0].hardware == "H200")
        #expect(loaded.dataset.hardware.map(\.name) == ["H200"])
    }

    @Test func workloadDefaultsAndModelsWithoutRuns() throws {
        let loaded = try #require(load(dataset(runs: [run()], models: #"[{"name": "M", "quality": {"score": 70}}, {"name": "Unused"}]"#)))
        // A listed model without runs is kept but not warned about.
        #expect(loaded.dataset.models.map(\.name) == ["M", "Unused"])
        #expect(loaded.warnings.isEmpty)
    }

    @Test func defaultMetricMissingForAModelWarns() throws {
        let loaded = try #require(load(dataset(runs: [run()], top: #""default_metric": "other""#)))
        expectProblem(loaded.warnings, .warning, at: nil, field: "quality", #"model "M" has no "other" score"#)
    }
}
