import Foundation
import Testing
@testable import FrontierData
import FrontierCore

/// `--run-model`, `--run-concurrency` and `--label`: what the command line says of a result
/// file's runs wins over the file, says what it replaced, and fills what the file lacks.
@Suite struct ImportCommandLineSetupTests {
    static let csv = "real/aiperf-csv/Qwen_Qwen3-0.6B-openai-chat-concurrency1/profile_export_aiperf.csv"
    static let inferenceX = "real/inferencex/llama70b-h200-conc16.json"

    /// The AIPerf CSV fixture in a folder named `name`, as people lay runs out by hand.
    static func csvIn(_ name: String, _ tmp: borrowing TempFolder) throws -> String {
        let text = String(decoding: try DataFile.read(fixture(csv)), as: UTF8.self)
        return try tmp.write("\(name)/profile_export_aiperf.csv", text)
    }

    @Test func aCSVInAFolderNotNamedForTheRunNeedsBothOptions() throws {
        let tmp = try TempFolder()
        let path = try Self.csvIn("c1", tmp)
        let problems = importProblems([path])
        expectProblem(problems, file: path, at: nil, field: "model",
                      "its folder \"c1\" is not named as GenAI-Perf and AIPerf name runs (MODEL-openai-chat-concurrencyN); give --run-model NAME and --run-concurrency N, or import the JSON export instead")
        var onlyModel = onH100
        onlyModel.model = "Qwen/Qwen3-0.6B"
        expectProblem(importProblems([path], options: onlyModel), file: path, at: nil, field: "model", "; give --run-concurrency N, or")
    }

    @Test func theOptionsSayWhatTheFolderDoesNot() throws {
        let tmp = try TempFolder()
        let path = try Self.csvIn("c1", tmp)
        var options = onH100
        options.model = "Qwen/Qwen3-0.6B"
        options.concurrency = 1
        options.labels = [SetupLabel("tp", "1")]
        let run = try #require(importing(path, options: options)?.dataset.runs.first)
        #expect(run.model == "Qwen/Qwen3-0.6B" && run.concurrency == 1 && !run.concurrencyEstimated)
        #expect(run.labels == [SetupLabel("tp", "1")])
        // 63 requests in 1204.56 s: the rounded 0.05 req/s is still replaced.
        #expect(close(run[.requestThroughput], 63 / 1204.56))
        let source = try #require(run.source)
        #expect(source.contains("model from --run-model; concurrency from --run-concurrency (the file sets none); labels from --label: tp=1"), "\(source)")
        #expect(!source.contains("from the folder name"))
    }

    @Test func theCommandLineWinsOverTheFileAndSaysWhatItReplaced() throws {
        var options = onH100
        options.model = "Llama-3.3-70B"
        options.concurrency = 32
        options.labels = [SetupLabel("tp", "8"), SetupLabel("deployment", "eagle")]
        let run = try #require(onlyRun(Self.inferenceX, options: options))
        #expect(run.model == "Llama-3.3-70B" && run.concurrency == 32)
        #expect(run.labels == [SetupLabel("deployment", "eagle"), SetupLabel("tp", "8")])
        let source = try #require(run.source)
        #expect(source.contains("model from --run-model (the file says \"meta-llama/Llama-3.3-70B-Instruct\")"), "\(source)")
        #expect(source.contains("concurrency from --run-concurrency (the file says 16)"), "\(source)")
        #expect(source.contains("labels from --label: deployment=eagle, tp=8"), "\(source)")
    }

    @Test func aLabelOfTheFilesKeyReplacesItsValue() throws {
        var options = LoadOptions()
        options.labels = [SetupLabel("deployment", "tuned")]
        let loaded = try #require(importing("real/vllm-bench-automation/results.json", options: options))
        #expect(loaded.dataset.runs.allSatisfy { $0.labels == [SetupLabel("deployment", "tuned")] })
        #expect(loaded.dataset.runs.first?.source?.contains("labels from --label: deployment=tuned (the file says deployment=base)") == true)
    }

}
