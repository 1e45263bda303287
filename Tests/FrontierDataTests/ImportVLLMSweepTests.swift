import Foundation
import Testing
@testable import FrontierData
import FrontierCore

/// `vllm bench sweep serve` output: a combination folder's name gives the setup's labels,
/// its `run=N.json` are repeated runs of that setup, the summaries are skipped.
@Suite struct ImportVLLMSweepTests {
    static let sweep = "real/vllm-bench-sweep/results/20251103_141522"

    @Test func eachCombinationIsASetupAndItsRunsRepeatsWithAnInterval() throws {
        let loaded = try #require(importing(Self.sweep))
        let runs = loaded.dataset.runs.sorted { ($0.labels.first?.value ?? "", $0.concurrency) < ($1.labels.first?.value ?? "", $1.concurrency) }
        // num_prompts sets the load (the file states it): no label. max_concurrency is the level.
        #expect(runs.map(\.labels) == [[SetupLabel("max_num_seqs", "16")], [SetupLabel("max_num_seqs", "16")],
                                       [SetupLabel("max_num_seqs", "64")], [SetupLabel("max_num_seqs", "64")]])
        #expect(runs.map(\.concurrency) == [8, 32, 8, 32])
        let run = runs[2]
        // run=0: 80 requests in 11.9395 s; run=1: 80 in 12.17829 s. Pooled: 160 / 24.11779 s.
        #expect(run[.requests] == 160 && close(run[.durationS], 24.11779))
        #expect(close(run[.requestThroughput], 6.634107022243747))
        // Mean TTFT 44.6 and 45.492 ms: 45.046 ± t(1 df) 12.7062 × 0.892 / 2.
        #expect(close(run[.meanTTFTms], 45.046))
        let ttft = try #require(run.intervals[.meanTTFTms])
        #expect(close(ttft.low, 39.3790348) && close(ttft.high, 50.7129652) && ttft.method == .repeatedRuns && ttft.samples == 2)
        // req/s 6.700448 and 6.569067: ± 12.7062 × 0.131381 / 2 around the pooled 6.634107.
        let rps = try #require(run.intervals[.requestThroughput])
        #expect(close(rps.low, 5.799428261925183) && close(rps.high, 7.4687857825623105))
        let source = try #require(run.source)
        #expect(source.hasPrefix("mean of 2 runs: "), "\(source)")
        #expect(source.contains("max_num_seqs=64 from the vllm bench sweep folder name"), "\(source)")
    }

    @Test func theSummariesAreSkippedAndTheRepeatsNeedNoWarning() throws {
        let loaded = try #require(importing(Self.sweep))
        let skipped = loaded.warnings.filter { $0.message.hasPrefix("skipped: a vllm bench sweep summary") }
        #expect(skipped.filter { $0.file.hasSuffix("/summary.json") }.count == 4)
        #expect(skipped.contains { $0.file == fixture(Self.sweep) + "/summary.csv" && $0.message.hasSuffix("the runs of the run=N.json files below it, which are read instead") })
        #expect(!loaded.warnings.contains { $0.message.contains("are averaged into one") }, "\(loaded.warnings)")
    }

    @Test func repeatsFromTwoFoldersStillWarn() throws {
        let tmp = try TempFolder()
        let run = String(decoding: try DataFile.read(fixture(Self.sweep + "/SERVE--max_num_seqs=16-BENCH--max_concurrency=8-num_prompts=80/run=0.json")), as: UTF8.self)
        _ = try tmp.write("a/SERVE--max_num_seqs=16/run=0.json", run)
        _ = try tmp.write("b/SERVE--max_num_seqs=16/run=0.json", run)
        let loaded = try #require(importing(tmp.path))
        #expect(loaded.dataset.runs.count == 1)
        #expect(loaded.warnings.contains { $0.message.contains("2 runs of \"meta-llama/Llama-3.1-8B-Instruct\"") && $0.message.hasSuffix("are averaged into one") })
    }

    @Test func anSLASearchsTriesAreLevelsOfItsCombination() throws {
        let tmp = try TempFolder()
        let combination = Self.sweep + "/SERVE--max_num_seqs=16-BENCH--max_concurrency="
        let at8 = String(decoding: try DataFile.read(fixture(combination + "8-num_prompts=80/run=0.json")), as: UTF8.self)
        let at32 = String(decoding: try DataFile.read(fixture(combination + "32-num_prompts=320/run=0.json")), as: UTF8.self)
        _ = try tmp.write("sla/SERVE--max_num_seqs=16/max_concurrency=8/run=0.json", at8)
        _ = try tmp.write("sla/SERVE--max_num_seqs=16/max_concurrency=8/run=1.json", at8)
        let summary = try tmp.write("sla/SERVE--max_num_seqs=16/max_concurrency=8/summary.json", "[\(at8), \(at8)]")
        _ = try tmp.write("sla/SERVE--max_num_seqs=16/max_concurrency=32/run=0.json", at32)
        let search = try tmp.write("sla/SERVE--max_num_seqs=16/SLA--p99_e2el_ms<=2000.json", "[\(at8), \(at8), \(at32)]")
        let loaded = try #require(importing(tmp.path))
        let runs = loaded.dataset.runs.sorted { $0.concurrency < $1.concurrency }
        #expect(runs.map(\.concurrency) == [8, 32] && runs.allSatisfy { $0.labels == [SetupLabel("max_num_seqs", "16")] })
        // The two tries at 8: 80 + 80 requests.
        #expect(runs[0][.requests] == 160 && runs[0].intervals[.meanTTFTms] != nil)
        #expect(loaded.warnings.contains { $0.file == summary && $0.message.hasPrefix("skipped: a vllm bench sweep summary.json") })
        #expect(loaded.warnings.contains { $0.file == search && $0.message.hasPrefix("skipped: a vllm bench sweep serve_sla search's runs") })
        #expect(!loaded.warnings.contains { $0.message.contains("are averaged into one") })
    }

    @Test func aRunFileNamedAloneTakesItsFoldersLabels() throws {
        let run = try #require(onlyRun(Self.sweep + "/SERVE--max_num_seqs=16-BENCH--max_concurrency=32-num_prompts=320/run=1.json"))
        #expect(run.labels == [SetupLabel("max_num_seqs", "16")] && run.concurrency == 32 && run[.requests] == 320)
    }

    @Test(arguments: [
        // The current layout, parallelism named as elsewhere (its sizes' product the GPUs).
        ("r/SERVE--max_num_seqs=32-tensor_parallel_size=2-BENCH--max_concurrency=8-num_prompts=80/run=0.json",
         "max_num_seqs=32, tp=2", 8.0, 2),
        // The earlier ones: a single dash after the marker; lower case, a value with dashes.
        ("r/SERVE-pipeline_parallel_size=2-BENCH-max_concurrency=16/run=3.json", "pp=2", 16, 2),
        ("serve-model=meta-llama_Llama-3.1-8B-bench-request_rate=4/run=0.json", "model=meta-llama_Llama-3.1-8B", nil, nil),
        // Combinations named with _benchmark_name; a key written with dashes; nothing swept.
        ("SERVE--baseline-BENCH--long-prompts/run=0.json", "bench=long-prompts, serve=baseline", nil, nil),
        ("BENCH--max-num-batched-tokens=8192-data_parallel_size=4/run=0.json", "dp=4, max_num_batched_tokens=8192", nil, 4),
        ("SERVE-BENCH/run=0.json", "", nil, nil),
        // serve_sla: a folder per value tried, inside the combination's.
        ("r/SERVE--max_num_seqs=16/max_concurrency=64/run=0.json", "max_num_seqs=16", 64, nil),
        ("r/SERVE--tensor_parallel_size=4-data_parallel_size=2-BENCH--random_input_len=1024/request_rate=16/run=1.json",
         "dp=2, random_input_len=1024, tp=4", nil, 8),
    ] as [(String, String, Double?, Int?)])
    func theFolderNameGivesTheParameters(path: String, labels: String, concurrency: Double?, gpus: Int?) throws {
        let combination = try #require(VLLMSweep.combination(of: path))
        #expect(SetupLabel.text(SetupLabel.sorted(combination.labels)) == labels)
        #expect(combination.concurrency == concurrency && combination.gpus == gpus)
    }

    @Test func theParallelismSizesGiveTheGPUCountWhereTheFileStatesNone() throws {
        let tmp = try TempFolder()
        let run = String(decoding: try DataFile.read(fixture(Self.sweep + "/SERVE--max_num_seqs=16-BENCH--max_concurrency=8-num_prompts=80/run=0.json")), as: UTF8.self)
        let path = try tmp.write("SERVE--tensor_parallel_size=4/run=0.json", run)
        let imported = try #require(onlyRun(path))
        #expect(imported.gpus == 4 && imported.labels == [SetupLabel("tp", "4")])
        #expect(imported.source?.contains("GPU count 4 from the vllm bench sweep folder name (tp × pp × dp)") == true, "\(imported.source ?? "")")
        var options = onH100
        options.gpus = 8
        #expect(onlyRun(path, options: options)?.gpus == 8)
    }

    @Test(arguments: ["r/SERVE--a=1/summary.json", "results/run=0.json", "r/SERVE--a=1/run=x.json", "r/SERVE--a=1/run=.json",
                      "r/request_rate=16/run=0.json", "r/SERVE--a=1/tp=2/run=0.json"])
    func otherFilesAreNoSweepRuns(path: String) {
        #expect(VLLMSweep.combination(of: path) == nil)
    }
}
