import Foundation
import Testing
@testable import FrontierData
import FrontierCore

/// Result files shaped after ones published by people who never saw Frontier
/// (Fixtures/real/README.txt names each repository and commit).
@Suite struct ImportRealFilesTests {
    static let automation = "real/vllm-bench-automation/results.json"

    @Test func vllmMetadataGPUWithACountPrefix() throws {
        // --metadata gpu=4xNVIDIA_L40S: the L40S preset, 4 GPUs, no option needed.
        let loaded = try #require(importing(Self.automation, options: LoadOptions()))
        #expect(loaded.dataset.runs.count == 3)
        for run in loaded.dataset.runs {
            #expect(run.hardware == "L40S" && run.gpus == 4, "\(run.hardware) \(run.gpus)")
            let source = try #require(run.source)
            #expect(source.contains("hardware \"4xNVIDIA_L40S\" read as 4×L40S; GPU count from the hardware name"), "\(source)")
        }
        #expect(loaded.dataset.hardware.map(\.name) == ["L40S"])
        #expect(!loaded.warnings.contains { $0.field == "gpus" }, "no GPU count is assumed")
        // Rate-driven, no E2E keys: 300/36.2 req/s × (54.6 ms + 13.8 ms × (82500/300 − 1)) = 31.79.
        let first = try #require(loaded.dataset.runs.first)
        #expect(first.concurrency == 31.79 && first.concurrencyEstimated)
    }

    @Test func theCommandLineOverridesTheFileAndProvenanceSaysSo() throws {
        let loaded = try #require(importing(Self.automation, options: LoadOptions(hardware: "H100-80G", gpus: 8)))
        let run = try #require(loaded.dataset.runs.first)
        #expect(run.hardware == "H100-80G" && run.gpus == 8)
        let source = try #require(run.source)
        #expect(source.contains("hardware from --hardware (the file says \"4xNVIDIA_L40S\"); GPU count from --gpus (the file says 4)"),
                "\(source)")
    }

    @Test func onlyTheHardwareOverriddenKeepsTheFilesCount() throws {
        let run = try #require(importing(Self.automation, options: LoadOptions(hardware: "L40S"))?.dataset.runs.first)
        #expect(run.hardware == "L40S" && run.gpus == 4)
    }

    @Test func anUnknownGPUNameSuggestsHardwareAndTheNearestPresets() {
        let file = fixture("hardware/vllm-unknown-gpu.json")
        let problems = importProblems([file], options: LoadOptions())
        expectProblem(problems, file: file, at: "$", field: "hardware",
                      "unknown hardware \"2xNVIDIA_T4\"; give --hardware PRESET (nearest presets: ")
        #expect(errors(problems).count == 1)
        // The option reads it anyway.
        #expect(importing(file, options: LoadOptions(hardware: "L40S"))?.dataset.runs.first?.gpus == 2)
    }

    @Test func aStatedGPUCountThatContradictsTheNameIsAnError() {
        let file = fixture("hardware/vllm-gpu-count-disagrees.json")
        expectProblem(importProblems([file], options: LoadOptions()), file: file, at: "$", field: "gpus",
                      "the file states 8 GPU(s) but its hardware \"4xNVIDIA_L40S\" names 4; give --gpus N")
        #expect(importing(file, options: LoadOptions(gpus: 8))?.dataset.runs.first?.gpus == 8)
    }

    @Test func vllmSecondsUnitKeysAreConvertedToMilliseconds() throws {
        let path = "real/inferencex/llama70b-h200-conc16.json"
        let loaded = try #require(importing(path, options: LoadOptions(hardware: "H200", gpus: 8)))
        let run = try #require(loaded.dataset.runs.first)
        expectFields(run, [
            .p50E2Ems: 5510, .p50ITLms: 38.1, .p50TPOTms: 39.8, .p99E2Ems: 6900, .p99ITLms: 90, .p99TPOTms: 46,
            .requests: 160, .durationS: 60, .failed: 0, .requestThroughput: 160.0 / 60, .outputTokensPerS: 20480.0 / 60,
            .totalTokensPerS: 3072, .meanInputTokens: 1024, .meanOutputTokens: 128,
            .meanTTFTms: 500, .p50TTFTms: 450, .p99TTFTms: 1900, .meanTPOTms: 40, .meanITLms: 39.5, .meanE2Ems: 5580,
        ])
        let source = try #require(run.source)
        #expect(source.contains("seconds-unit keys without _ms (mean_ttft, median_ttft, p99_ttft, mean_tpot, median_tpot, p99_tpot, mean_itl, median_itl, p99_itl, mean_e2el, median_e2el, p99_e2el; converted to ms)"),
                "\(source)")
        // The percentiles are there: no warning says they are missing.
        #expect(!loaded.warnings.contains { $0.message.contains("TTFT") }, "\(loaded.warnings)")
    }

    @Test func anMsKeyWinsOverItsSecondsTwin() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("r.json", #"{"model_id": "m", "completed": 10, "duration": 10, "request_throughput": 1, "max_concurrency": 1, "mean_ttft_ms": 80, "mean_ttft": 0.5, "mean_e2el": 1.0}"#)
        let run = try #require(importing(path, options: onH100)?.dataset.runs.first)
        #expect(run[.meanTTFTms] == 80 && run[.meanE2Ems] == 1000)
        #expect(run.source?.contains("seconds-unit keys without _ms (mean_e2el; converted to ms)") == true, "\(run.source ?? "")")
    }

    @Test func aiperfCSVCountsErrorsAndTakesThroughputFromCountOverDuration() throws {
        let path = "real/aiperf-csv/Qwen_Qwen3-0.6B-openai-chat-concurrency1/profile_export_aiperf.csv"
        let loaded = try #require(importing(path))
        let run = try #require(loaded.dataset.runs.first)
        #expect(run.model == "Qwen_Qwen3-0.6B" && run.concurrency == 1)
        // 63 requests / 1204.56 s = 0.052301…, not the rounded 0.05 (4.4 % off).
        #expect(run[.requestThroughput] == 63 / 1204.56)
        #expect(run[.failed] == 2 && run[.requests] == 63 && run[.durationS] == 1204.56)
        let source = try #require(run.source)
        #expect(source.contains("request throughput 0.05230 req/s from request count ÷ duration (the file's 0.05 is rounded)"), "\(source)")
        expectProblem(loaded.warnings, .warning, file: fixture(path), at: "$", field: "failed", "2 request(s) failed (3% of 65)")
    }

    @Test func aThroughputFarFromCountOverDurationIsTheFilesOwn() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("m-openai-chat-concurrency1/profile_export_aiperf.csv", """
            Metric,avg,p50,p99
            Request Latency (ms),1000.00,1000.00,1000.00

            Metric,Value
            Request Throughput (requests/sec),1.00
            Request Count,50.00
            Benchmark Duration (sec),40.00

            """)
        // 50 / 40 = 1.25 is no rounding of 1.00: the file's figure stays.
        #expect(importing(path)?.dataset.runs.first?[.requestThroughput] == 1)
    }

    @Test func aiperf010NamesTheModelInModelsItemsAndTheLoadInPhases() throws {
        let path = "real/aiperf-0.10/profile_export_aiperf.json"
        let loaded = try #require(importing(path))
        let run = try #require(loaded.dataset.runs.first)
        #expect(run.model == "Qwen/Qwen3-8B" && run.concurrency == 16)
        #expect(run[.requests] == 64 && run[.failed] == 2 && run[.durationS] == 17.78)
        // every statistic of TTFT, ITL and E2E the file has
        #expect(run[.p90TTFTms] == 236.5 && run[.p95TTFTms] == 262.1 && run[.p99TTFTms] == 331.7)
        #expect(run[.p95ITLms] == 17.7 && run[.p90E2Ems] == 4810.6 && run[.meanE2Ems] == 4420.5)
        #expect(run.source?.contains("schema 1.3, AIPerf 0.10.0") == true, "\(run.source ?? "")")
    }

    @Test func aiperf013ReadsTheProfilingFiguresNotTheWarmups() throws {
        let path = "real/aiperf-0.13/profile_export_aiperf.json"
        let run = try #require(onlyRun(path))
        // The profiling phase of two (warmup at 4, profiling at 32): 120 requests in 19.5 s, not
        // warmup_metrics' 8 at 1.9 req/s.
        #expect(run.model == "Qwen/Qwen3-8B" && run.concurrency == 32 && run.labels.isEmpty)
        #expect(run[.requests] == 120 && run[.durationS] == 19.5 && run[.requestThroughput] == 6.153846)
        #expect(run[.meanTTFTms] == 240 && run[.meanE2Ems] == 5200 && run[.p99TTFTms] == 384)
        #expect(run.source?.contains("schema 1.5, AIPerf 0.13.0") == true, "\(run.source ?? "")")
    }

    @Test func aiperfSweepPointsOtherValuesAreLabelsAsInTheAggregate() throws {
        let tmp = try TempFolder()
        var text = String(decoding: try DataFile.read(fixture("real/aiperf-0.13/profile_export_aiperf.json")), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"phases.profiling.concurrency\": 32", with: "\"phases.profiling.concurrency\": 32, \"datasets.main.prompts.osl\": 300")
        let run = try #require(onlyRun(try tmp.write("profile_export_aiperf.json", text)))
        #expect(run.labels == [SetupLabel("osl", "300")] && run.concurrency == 32)
    }

    @Test func aiperfRunMarkedIncompleteIsRefusedWithItsReason() throws {
        let tmp = try TempFolder()
        var text = String(decoding: try DataFile.read(fixture("real/aiperf-0.13/profile_export_aiperf.json")), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"is_complete\": true", with: "\"is_complete\": false, \"incomplete_reason\": \"record stall watchdog fired\"")
        let path = try tmp.write("profile_export_aiperf.json", text)
        expectProblem(importProblems([path]), file: path, at: "$", field: "is_complete",
                      "false: the run degraded before it finished (\"record stall watchdog fired\")")
    }

    @Test func aPhasesOwnExportIsSkippedForTheOneAbove() throws {
        let tmp = try TempFolder()
        let text = String(decoding: try DataFile.read(fixture("real/aiperf-0.13/profile_export_aiperf.json")), as: UTF8.self)
        _ = try tmp.write("run/profile_export_aiperf.json", text)
        let phase = try tmp.write("run/phases/profiling/profile_export_aiperf.json", text)
        let loaded = try #require(importing(tmp.path))
        #expect(loaded.dataset.runs.count == 1 && loaded.dataset.runs[0][.requests] == 120)
        #expect(loaded.warnings.contains { $0.file == phase && $0.message == "skipped: the profiling phase's own export; the profile_export_aiperf.json two folders above holds its requests and is read instead" })
    }

    @Test func aiperf01RecordsLayoutIsReadAndItsCSVTwinSkipped() throws {
        // The folder, as AIPerf 0.1 leaves it: the JSON and its CSV twin.
        let loaded = try #require(importing("real/aiperf-0.1-records"))
        let run = try #require(loaded.dataset.runs.first)
        #expect(loaded.dataset.runs.count == 1)
        #expect(run.model == "Qwen/Qwen3-0.6B" && run.concurrency == 1)
        #expect(run[.requests] == 64 && run[.failed] == 1)
        #expect(run[.meanTTFTms] == 30.814987671875 && run[.p90TTFTms] == 32.41 && run[.p90E2Ems] == 3800.2)
        #expect(run.source?.contains("records layout") == true, "\(run.source ?? "")")
    }
}
