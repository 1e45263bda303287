import Foundation
import Testing

/// `frontier import`, and result files read directly by report, validate and snapshot.
@Suite struct ImportCommandTests {
    static let fixtures = repositoryRoot + "/Tests/FrontierDataTests/Fixtures"
    static let results = fixtures + "/results"
    static let quality = fixtures + "/quality.csv"

    func temporaryPath(_ suffix: String) -> String {
        NSTemporaryDirectory() + "frontier-import-\(getpid())-\(UInt64.random(in: 0...UInt64.max))\(suffix)"
    }

    @Test func importWritesADatasetThatValidates() throws {
        let out = temporaryPath(".json")
        defer { unlink(out) }
        let (status, output) = frontier("import", Self.results, "--hardware", "H100-80G", "--quality", Self.quality, "--out", out)
        #expect(status == 0, "\(output)")
        #expect(output.contains("\(Self.results)/vllm/append.jsonl: vLLM bench serve result (vllm bench serve keys, JSON lines): 3 runs"))
        #expect(output.contains("\(Self.results)/README.txt: warning: skipped: not JSON"))
        #expect(output.contains("wrote \(out): 15 runs, 9 models, 1 hardware profiles from 11 file(s)"))
        let (valid, report) = frontier("validate", out)
        #expect(valid == 0, "\(report)")
        #expect(report.contains("\(out): ok: 15 runs, 9 models, 1 hardware profiles"))
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("\"concurrency_estimated\": true"))
        #expect(text.contains("\"derived\": ["))
        #expect(text.contains("\"default_metric\": \"MMLU-Pro\""))
    }

    @Test func reportOnAFolderOfMixedResultsWithQuality() {
        let (status, output) = frontier("report", Self.results, "--quality", Self.quality, "--hardware", "H100-80G", "--gpus", "1", "--curves")
        #expect(status == 0, "\(output)")
        #expect(output.contains("Frontier report — results"))
        #expect(output.contains("metric MMLU-Pro"))
        // Mistral-7B was measured at 512→128 (vLLM) and at 549→148 (LLMPerf): the folder
        // varies the workload shape, so the report compares one shape, the one with the most
        // runs, and --shape each other.
        #expect(output.contains("Shape:     256→128 tokens in→out"), "\(output)")
        for (model, shape) in [("Qwen/Qwen3-8B", "256→128"), ("openai/gpt-oss-20b", "550→100"),
                               ("meta-llama_Meta-Llama-3-8B-Instruct", "512→128"), ("google/gemma-2-9b-it", "200→128")] {
            let (_, shaped) = frontier("report", Self.results, "--quality", Self.quality, "--hardware", "H100-80G", "--gpus", "1",
                                       "--shape", shape, "--format", "csv")
            #expect(shaped.contains(",\(model),\(model),H100-80G,"), "\(model) at \(shape)\n\(shaped)")
        }
        #expect(output.contains("quality.csv: quality: warning: model \"google/gemma-2-9b-it\" has no score here or in the data"))
        #expect(output.contains("c estimated"))
    }

    @Test func reportMixesResultFilesWithNativeDatasets() {
        let sample = repositoryRoot + "/sample-data/wineval-a800.json"
        let (status, output) = frontier("report", sample, Self.results + "/vllm/append.jsonl", "--hardware", "H100-80G", "--format", "json")
        #expect(status == 0, "\(output)")
        #expect(output.contains("\"dataset\": \"wineval-a800 + append\""))
        #expect(output.contains("meta-llama/Llama-3.1-8B-Instruct"))
    }

    @Test func validateAndSnapshotTakeAFolder() {
        let (status, output) = frontier("validate", Self.results, "--hardware", "H100-80G")
        #expect(status == 0, "\(output)")
        #expect(output.contains("\(Self.results): ok: 15 runs, 9 models"))
        let (shot, frame) = frontier("snapshot", Self.results, "--hardware", "H100-80G", "--quality", Self.quality, "--size", "120x40")
        #expect(shot == 0, "\(frame)")
        #expect(frame.contains("Qwen/Qwen3-8B"))
    }

    @Test func importExitsNonZeroOnABrokenFileAndWritesNothing() {
        let out = temporaryPath(".json")
        let broken = Self.fixtures + "/broken/vllm-nan-negative.json"
        let (status, output) = frontier("import", Self.results + "/vllm/bench-serve.json", broken, "--out", out)
        #expect(status == 1)
        #expect(output.contains("\(broken): $: mean_ttft_ms: expected a number ≥ 0, found NaN"))
        #expect(output.contains("\(broken): $: request_throughput: expected a number > 0, found -4.95"))
        #expect(output.contains("frontier: 2 error(s); nothing written"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func everyBrokenFixtureFailsWithoutACrash() throws {
        let folder = Self.fixtures + "/broken"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names.count >= 20)
        for name in names {
            let path = folder + "/" + name
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let target = isDirectory.boolValue ? path + "/profile_export_genai_perf.csv" : path
            let (status, output) = frontier("import", target, "--hardware", "H100-80G", "--out", "/dev/null")
            #expect(status == 1, "\(name): \(output)")
            #expect(output.contains("\(target): "), "\(name): \(output)")
            #expect(!output.contains("\u{1B}"))
        }
    }

    @Test func formatForcesAndOutDashWritesToStandardOutput() {
        let file = Self.results + "/llmperf/mistralai-Mistral-7B-Instruct-v0-3_550_150_summary.json"
        let (status, output) = frontier("import", file, "--format", "llmperf", "--hardware", "L40S", "--gpus", "2", "--out", "-")
        #expect(status == 0, "\(output)")
        #expect(output.contains("\"frontier_dataset\": 1"))
        #expect(output.contains("\"gpus\": 2"))
        let (wrong, message) = frontier("import", file, "--format", "vllm", "--hardware", "L40S", "--out", "-")
        #expect(wrong == 1)
        #expect(message.contains("\(file): $: model_id: missing; expected a name"))
        let (bad, usage) = frontier("import", file, "--format", "nonsense", "--out", "-")
        #expect(bad != 0)
        #expect(usage.contains("nonsense"))
    }

    @Test func importNeedsFilesAndOut() {
        let (status, output) = frontier("import", "--out", "x.json")
        #expect(status != 0)
        #expect(output.contains("name the result files or folders to import"))
    }
}
