import Foundation
import Testing
@testable import FrontierData
import FrontierCore

/// `--quality`: a small CSV (long or wide) or JSON of model → scores, joined by name.
@Suite struct ImportQualityTests {
    func table(_ relative: String, sourceLocation: SourceLocation = #_sourceLocation) -> QualityTable? {
        do { return try QualityTable.load(path: fixture(relative)) } catch {
            Issue.record("\(relative) did not load:\n\(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    func problems(_ text: String, file: String = "q.csv") -> [DataProblem] {
        do {
            _ = try QualityTable.parse(Array(text.utf8), file: file)
            Issue.record("expected \(file) to fail")
            return []
        } catch { return error.problems }
    }

    @Test func threeShapes() throws {
        let long = try #require(table("quality.csv"))
        #expect(long.metrics == ["MMLU-Pro"])
        #expect(long.entries.count == 9)
        #expect(long.scores(for: "Qwen/Qwen3-8B") == ["MMLU-Pro": 62.1])
        let wide = try #require(table("quality-wide.csv"))
        #expect(wide.metrics == ["MMLU-Pro", "GPQA"])
        #expect(wide.scores(for: "Qwen/Qwen3-8B") == ["MMLU-Pro": 62.1, "GPQA": 39.3])
        #expect(wide.scores(for: "openai/gpt-oss-20b") == ["MMLU-Pro": 73.5], "an empty cell is no score")
        let json = try #require(table("quality.json"))
        #expect(json.scores(for: "Qwen/Qwen3-8B") == ["MMLU-Pro": 62.1, "GPQA": 39.3])
    }

    @Test func namesMatchExactlyThenIgnoringCaseThenByLastComponent() throws {
        let json = try #require(table("quality.json"))
        #expect(json.scores(for: "openai/gpt-oss-20b") == ["MMLU-Pro": 73.5], "\"OPENAI/GPT-OSS-20B\" in the file")
        #expect(json.scores(for: "qwen3-8b") == ["MMLU-Pro": 62.1, "GPQA": 39.3])
        #expect(json.scores(for: "someone/else") == nil)
    }

    @Test func joinedToImportedRunsWithAWarningPerModelLeftOut() throws {
        let quality = try #require(table("quality.csv"))
        let loaded = try #require(importing("results", options: LoadOptions(hardware: "H100-80G", quality: quality)))
        let d = loaded.dataset
        #expect(d.defaultMetric == "MMLU-Pro")
        #expect(d.model(named: "openai/gpt-oss-20b")?.quality == ["MMLU-Pro": 73.5])
        #expect(d.model(named: "meta-llama_Meta-Llama-3-8B-Instruct")?.quality == ["MMLU-Pro": 40.9])
        let left = loaded.warnings.filter { $0.field == "quality" }
        #expect(left.count == 1)
        expectProblem(loaded.warnings, .warning, file: fixture("quality.csv"), at: nil, field: "quality",
                            "model \"google/gemma-2-9b-it\" has no score here or in the data")
        expectProblem(loaded.warnings, .warning, file: fixture("quality.csv"), at: "line 10", field: "model",
                            "no run of a model named \"some/model-not-benchmarked\"; its scores are not used")
    }

    @Test func aDatasetsOwnScoresStay() throws {
        let tmp = try TempFolder()
        let q = try QualityTable.parse(Array("model,metric,score\nM,score,10\nM,other,5\n".utf8), file: "q.csv")
        let path = try tmp.write("d.json", dataset(runs: [run()]))
        let loaded = try DatasetLoader.load(path: path, options: LoadOptions(quality: q))
        #expect(loaded.dataset.model(named: "M")?.quality == ["score": 70, "other": 5])
    }

    @Test func brokenQualityFiles() {
        expectProblem(problems("model,metric,score\nM,mmlu,abc\n"), file: "q.csv", at: "line 2", field: "score", "expected a number ≥ 0, found \"abc\"")
        expectProblem(problems("model,metric,score\nM,mmlu,-1\n"), file: "q.csv", at: "line 2", field: "score", "found -1")
        expectProblem(problems("model,metric,score\nM,mmlu,50\nM,mmlu,60\n"), file: "q.csv", at: "line 3", field: "mmlu",
                      "\"M\" scores 60 here but 50 at line 2")
        expectProblem(problems("name,score\nM,50\n"), file: "q.csv", at: "line 1", field: nil, "expected a header model,metric,score or model,<metric>")
        expectProblem(problems("model,mmlu\nM\n"), file: "q.csv", at: "line 2", field: nil, "has 1 fields; expected 2")
        expectProblem(problems("model,mmlu\n"), file: "q.csv", at: nil, field: nil, "no scores")
        expectProblem(problems(#"{"M": {"mmlu": "high"}}"#, file: "q.json"), file: "q.json", at: "$.M", field: "mmlu", "found the string \"high\"")
        expectProblem(problems(#"{"M": 50}"#, file: "q.json"), file: "q.json", at: "$.M", field: nil, "expected an object of metric name → score, found a number")
        expectProblem(problems(#"{"M": {"mmlu": 5"#, file: "q.json"), file: "q.json", at: "line 1, column 17", field: nil, "truncated")
        expectProblem(problems("", file: "q.csv"), file: "q.csv", at: nil, field: nil, "no scores")
    }
}
