import Foundation
import Testing
@testable import FrontierData
import FrontierCore

/// Folders, detection from content, forced formats, files mixed with native datasets,
/// and input that is no result file at all.
@Suite struct ImportFolderTests {
    @Test func aFolderOfMixedResults() throws {
        let loaded = try #require(importing("results"))
        #expect(loaded.dataset.name == "results")
        #expect(loaded.dataset.runs.count == 15)
        #expect(loaded.files.count == 11)
        #expect(Set(loaded.files.map(\.format)) == [.vllm, .guidellm, .aiperf, .genaiPerf, .genaiPerfCSV, .llmperf])
        #expect(loaded.dataset.provenance?.hasPrefix("imported by frontier from 1 AIPerf") == true)
        // A line for each file skipped, and why.
        expectProblem(loaded.warnings, .warning, file: fixture("results/README.txt"), at: nil, field: nil, "skipped: not JSON")
        expectProblem(loaded.warnings, .warning, file: fixture("results/aiperf/profile_export_aiperf.csv"), at: nil, field: nil,
                            "skipped: the same run as profile_export_aiperf.json beside it")
        expectProblem(loaded.warnings, .warning, file: fixture("results/aiperf/profile_export_aiperf.json"), at: nil, field: "gpus",
                            "14 run(s) state no GPU count: 1 GPU assumed")
    }

    @Test func detectionFromContentAlone() throws {
        let expected: [(String, ResultFormat)] = [
            ("results/vllm/bench-serve.json", .vllm), ("results/vllm/benchmark-serving-old.json", .vllm),
            ("results/guidellm/benchmarks.json", .guidellm), ("results/guidellm/benchmarks-v0.2.json", .guidellm),
            ("results/aiperf/profile_export_aiperf.json", .aiperf), ("results/genai-perf/profile_export_genai_perf.json", .genaiPerf),
            ("results/llmperf/mistralai-Mistral-7B-Instruct-v0-3_550_150_summary.json", .llmperf),
        ]
        for (name, format) in expected {
            let root = try JSONParser.parse(try DataFile.read(fixture(name)), options: .init(nonFiniteNumbers: true))
            #expect(ResultFormat.detect(json: root) == format, "\(name)")
        }
        // Renamed files are still recognised: the name plays no part.
        let tmp = try TempFolder()
        let renamed = try tmp.write("data.txt", String(decoding: try DataFile.read(fixture("results/llmperf/mistralai-Mistral-7B-Instruct-v0-3_550_150_summary.json")), as: UTF8.self))
        #expect(importing(renamed)?.files.first?.format == .llmperf)
        #expect(ResultFormat.detect(csvHeader: "Metric,avg,min,max") == .genaiPerfCSV)
        #expect(ResultFormat.detect(csvHeader: "model,hardware,concurrency") == .native)
        let sample = try JSONParser.parse(try DataFile.read(sampleDataFolder().appendingPathComponent("wineval-a800.json").path))
        #expect(ResultFormat.detect(json: sample) == .native)
    }

    @Test func aForcedFormatIsReadAsThatFormat() {
        let path = fixture("results/vllm/bench-serve.json")
        let problems = importProblems([path], options: LoadOptions(hardware: "H100-80G", format: .llmperf))
        expectProblem(problems, file: path, at: "$", field: "model", "missing; expected a name")
        expectProblem(problems, file: path, at: "$", field: "num_concurrent_requests", "missing")
        let csv = importProblems([path], options: LoadOptions(hardware: "H100-80G", format: .genaiPerfCSV))
        expectProblem(csv, file: path, at: "line 1", field: nil, "expected CSV (a GenAI-Perf CSV export), found JSON")
        #expect(importing("results/vllm/bench-serve.json", options: LoadOptions(format: .vllm))?.dataset.runs.count == 1)
    }

    @Test func nativeDatasetsMixWithResults() throws {
        let sample = sampleDataFolder().appendingPathComponent("wineval-a800.json").path
        let loaded = try #require(importing([sample, "results/vllm"]))
        #expect(loaded.dataset.name == "wineval-a800 + vllm")
        #expect(loaded.dataset.runs.count == 9 * 8 + 7)
        #expect(Set(loaded.dataset.hardware.map(\.name)) == ["A800-80G", "H100-80G"])
        #expect(loaded.files.first?.format == .native)
        // Native files alone load exactly as before.
        let alone = try DatasetLoader.load(path: sample)
        #expect(alone.dataset == (try DatasetLoader.parse(try DataFile.read(sample), file: sample)).dataset)
    }

    @Test func withoutHardwareEachFileSaysSo() {
        let path = fixture("results/llmperf/mistralai-Mistral-7B-Instruct-v0-3_550_150_summary.json")
        expectProblem(importProblems([path], options: LoadOptions()), file: path, at: nil, field: "hardware",
                            "the file names no hardware; give --hardware PRESET")
        let unknown = importProblems([path], options: LoadOptions(hardware: "Z9000"))
        expectProblem(unknown, file: path, at: "$", field: "hardware", "unknown hardware \"Z9000\"")
    }

    @Test func gpusFromTheOption() throws {
        let run = try #require(onlyRun("results/aiperf/profile_export_aiperf.json", options: LoadOptions(hardware: "H100-80G", gpus: 4)))
        #expect(run.gpus == 4)
        #expect(run.source?.contains("GPU count from --gpus") == true)
        // The options win over a file's own setup, and provenance says what the file said.
        let own = try #require(onlyRun("results/vllm/bench-serve.json", options: LoadOptions(hardware: "B200", gpus: 8)))
        #expect(own.gpus == 8 && own.hardware == "B200")
        #expect(own.source?.contains("hardware from --hardware (the file says \"H100-80G\"); GPU count from --gpus (the file says 2)") == true,
                "\(own.source ?? "")")
    }

    @Test func oddFilesInAFolderAreSkippedWithTheReason() throws {
        let tmp = try TempFolder()
        _ = try tmp.write("empty.json", "")
        _ = try tmp.write("hello.json", #"{"hello": "world"}"#)
        _ = try tmp.write("records.jsonl", "{\"a\": 1}\n{\"a\": 2}\n")
        _ = try tmp.write("notes.md", "# notes\n")
        _ = try tmp.write("broken.json", "{\"a\": [1, 2")
        _ = try tmp.write(".hidden.json", "{}")
        let bin = tmp.url.appendingPathComponent("weights.bin").path
        _ = FileManager.default.createFile(atPath: bin, contents: Data([0x7B, 0, 1, 2]))
        // A large sparse file: refused after reading its first bytes, never read whole.
        let big = tmp.url.appendingPathComponent("big.json").path
        _ = FileManager.default.createFile(atPath: big, contents: nil)
        _ = truncate(big, 200 << 20)
        let run = try tmp.write("run/result.json", String(decoding: try DataFile.read(fixture("results/vllm/bench-serve.json")), as: UTF8.self))
        let loaded = try #require(importing(tmp.path))
        #expect(loaded.dataset.runs.count == 1)
        #expect(loaded.files.map(\.path) == [run])
        let reasons: [(String, String)] = [
            ("empty.json", "skipped: empty"), ("hello.json", "skipped: JSON, but neither a Frontier dataset nor"),
            ("records.jsonl", "skipped: JSON lines, but not vLLM"), ("notes.md", "skipped: not JSON"),
            ("broken.json", "skipped: not valid JSON (line 1, column 12: the file ends inside an array (truncated?))"),
            ("weights.bin", "skipped: a binary file"), ("big.json", "skipped: a binary file"),
        ]
        for (name, reason) in reasons {
            expectProblem(loaded.warnings, .warning, file: tmp.url.appendingPathComponent(name).path, at: nil, field: nil, reason)
        }
        #expect(!loaded.warnings.contains { $0.file.contains(".hidden") })
    }

    @Test func aRecognisedButBrokenFileInAFolderIsAnError() throws {
        let tmp = try TempFolder()
        _ = try tmp.write("good.json", String(decoding: try DataFile.read(fixture("results/vllm/bench-serve.json")), as: UTF8.self))
        let bad = try tmp.write("bad.json", String(decoding: try DataFile.read(fixture("broken/vllm-truncated.json")), as: UTF8.self))
        let problems = importProblems([tmp.path])
        #expect(errors(problems).map(\.file) == [bad])
    }

    @Test func aFolderWithNothingToReadIsAnError() throws {
        let tmp = try TempFolder()
        _ = try tmp.write("notes.md", "# notes\n")
        let problems = importProblems([tmp.path])
        expectProblem(problems, file: tmp.path, at: nil, field: nil, "is a folder holding no dataset or result file that Frontier reads (1 file(s) skipped)")
    }

    @Test func namedFilesThatAreNothingGetAnError() throws {
        expectProblem(importProblems([fixture("broken/not-a-result.json")]), file: fixture("broken/not-a-result.json"), at: "$", field: nil,
                            "JSON, but neither a Frontier dataset nor a vLLM, GuideLLM, AIPerf, GenAI-Perf, LLMPerf or InferenceX result")
        expectProblem(importProblems([fixture("broken/empty.json")]), file: fixture("broken/empty.json"), at: "line 1, column 1",
                            field: nil, "the file is empty")
        expectProblem(importProblems([fixture("broken/binary.json")]), file: fixture("broken/binary.json"), at: nil, field: nil,
                            "contains NUL bytes: a binary file")
    }

    @Test func filesOverTheLimitAreRefusedUnread() throws {
        let tmp = try TempFolder()
        let huge = tmp.url.appendingPathComponent("huge.json").path
        _ = FileManager.default.createFile(atPath: huge, contents: nil)
        _ = truncate(huge, off_t(DataFile.maxBytes) + (88 << 20))
        expectProblem(importProblems([huge]), file: huge, at: nil, field: nil, "is 600 MB; datasets over 512 MB are refused")
    }

    @Test func repeatedRunsAreAveragedAndDisagreementsSaid() throws {
        let tmp = try TempFolder()
        let text = String(decoding: try DataFile.read(fixture("results/vllm/bench-serve.json")), as: UTF8.self)
        let a = try tmp.write("a.json", text)
        let b = try tmp.write("b.json", text.replacingOccurrences(of: "\"duration\": 40.0", with: "\"duration\": 20.0")
            .replacingOccurrences(of: "\"request_throughput\": 4.95", with: "\"request_throughput\": 9.9")
            .replacingOccurrences(of: "\"mean_e2el_ms\": 3145.5", with: "\"mean_e2el_ms\": 1616"))
        let loaded = try #require(importing(tmp.path))
        let run = try #require(loaded.dataset.runs.first)
        #expect(loaded.dataset.runs.count == 1)
        // Counts and durations add up; req/s is pooled: 396 requests in 60 s.
        #expect(run[.requests] == 396 && run[.durationS] == 60 && run[.failed] == 4)
        #expect(close(run[.requestThroughput], 6.6))
        #expect(close(run[.meanE2Ems], (3145.5 + 1616) / 2))
        #expect(run.source?.hasPrefix("mean of 2 runs: \(a): vLLM") == true)
        expectProblem(loaded.warnings, .warning, file: a, at: "$", field: "concurrency", "2 runs of \"meta-llama/Llama-3.1-8B-Instruct\" on 2×H100-80G at concurrency 16")
        expectProblem(loaded.warnings, .warning, file: b, at: "$", field: "request_throughput",
                            "disagrees with the run of \"meta-llama/Llama-3.1-8B-Instruct\" at concurrency 16 in \(a): 9.900 vs 4.950 req/s")
    }

    @Test func jsonLinesAreSplitWithTheirLineNumbers() {
        let bytes = Array("\n{\"a\": 1}\n   \n{\"b\": 2}".utf8)
        #expect(Importer.lineRanges(bytes).map(\.1) == [2, 4])
    }
}
