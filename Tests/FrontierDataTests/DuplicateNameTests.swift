import Foundation
import Testing
@testable import FrontierData
import FrontierCore

@Suite struct DuplicateNameTests {
    @Test func aModelDefinedTwiceIsAnError() {
        let text = dataset(runs: [run()], models: #"[{"name": "M", "quality": {"score": 70}}, {"name": "M"}]"#)
        expectProblem(loadProblems(text), at: "$.models[1]", field: "name", "\"M\" is already defined at $.models[0]")
    }

    @Test func aHardwareProfileDefinedTwiceIsAnError() {
        let text = dataset(runs: [run()], hardware: #"[{"name": "A800-80G", "preset": "A800-80G"}, {"name": "A800-80G", "preset": "H200"}]"#)
        expectProblem(loadProblems(text), at: "$.hardware[1]", field: "name", "\"A800-80G\" is already defined at $.hardware[0]")
    }

    @Test func filesThatRepeatARunAreMergedWithAWarning() throws {
        let folder = try TempFolder()
        let first = try folder.write("a.json", dataset(runs: [run(concurrency: 4), run(concurrency: 8)]))
        let second = try folder.write("b.json", dataset(runs: [run(concurrency: 8)]))
        let loaded = try DatasetLoader.load(paths: [first, second])
        #expect(loaded.dataset.runs.count == 3)
        let warning = try #require(loaded.warnings.first { $0.file == second && $0.field == "concurrency" })
        #expect(warning.message.contains("1 run(s) repeat"))
        #expect(warning.message.contains("M on 2×A800-80G at 8"))
    }
}

@Suite struct OnePassTests {
    @Test func aRejectedCSVRowStillHasItsUnknownHardwareReported() {
        let text = "model,hardware,concurrency,requests,duration_s\nm,Z9000,4,100,abc\n"
        let problems = loadProblems(text, file: "runs.csv")
        expectProblem(problems, file: "runs.csv", at: "line 2", field: "duration_s", "expected a number > 0, found \"abc\"")
        expectProblem(problems, file: "runs.csv", at: "line 2", field: "hardware", "unknown hardware \"Z9000\"")
    }

    @Test func aRejectedJSONRunStillHasItsUnknownHardwareReported() {
        let text = dataset(runs: [bareRun(#""model": "M", "hardware": "Z9000", "concurrency": 0, "request_throughput": 1"#)])
        let problems = loadProblems(text)
        expectProblem(problems, at: "$.runs[0]", field: "concurrency", "expected a number > 0, found 0")
        expectProblem(problems, at: "$.runs[0]", field: "hardware", "unknown hardware \"Z9000\"")
    }

    @Test func aRejectedRunOnKnownHardwareGetsNoHardwareError() {
        let text = "model,hardware,concurrency,requests,duration_s\nm,a800-80g,4,100,abc\n"
        #expect(!loadProblems(text, file: "runs.csv").contains { $0.field == "hardware" })
    }
}
