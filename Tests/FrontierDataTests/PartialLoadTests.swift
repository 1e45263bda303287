import Foundation
import Testing
@testable import FrontierData
import FrontierCore

/// A partial load keeps every file that loads and names the others with their errors;
/// a strict one (the default, and `validate`/`import`) gives nothing when any file is wrong.
@Suite struct PartialLoadTests {
    static let good = fixture("real/llmperf-leaderboard/steady_70b.json")
    static let broken = fixture("broken/llmperf-negative_summary.json")
    static let native = sampleDataFolder().appendingPathComponent("wineval-a800.json").path

    func partial() -> LoadOptions {
        var options = onH100
        options.partial = true
        return options
    }

    @Test func theValidFilesLoadAndTheBrokenOneIsNamedWithEachError() throws {
        let loaded = try DatasetLoader.load(paths: [Self.good, Self.broken, Self.native], options: partial())
        #expect(Set(loaded.dataset.models.map(\.name)).isSuperset(of: ["meta/llama-2-70b-chat", "WiNGPT-3.5"]))
        #expect(loaded.filesNotLoaded == [Self.broken])
        #expect(Set(loaded.notLoaded.map(\.detail)) == [
            "$: results_ttft_s_mean: expected a number ≥ 0, found -0.2",
            "$: num_concurrent_requests: expected a whole number ≥ 1, found the string \"8\"",
        ])
        #expect(loaded.notLoaded.allSatisfy { $0.severity == .error && $0.file == Self.broken })
        #expect(loaded.warnings.allSatisfy { $0.severity == .warning })
    }

    @Test func strictIsTheDefault() {
        let problems = importProblems([Self.good, Self.broken])
        #expect(problems.contains { $0.severity == .error && $0.file == Self.broken })
    }

    @Test func nothingValidIsStillAnError() {
        #expect(throws: DataError.self) { try DatasetLoader.load(paths: [Self.broken], options: partial()) }
    }

    @Test func aBrokenNativeDatasetIsLeftOutToo() throws {
        let loaded = try DatasetLoader.load(paths: [Self.good, fixture("broken/empty.json")], options: partial())
        #expect(loaded.filesNotLoaded == [fixture("broken/empty.json")])
        #expect(loaded.dataset.runs.count == 1)
    }

    @Test func theSameWarningOverManyFilesIsOneLine() {
        let files = ["a.json", "b.json", "c.json", "d.json"]
        var problems = files.map { DataProblem(.warning, file: $0, location: "$", field: "p99_ttft_ms", message: "missing") }
        problems.insert(DataProblem(.error, file: "x.json", location: "line 3", message: "broken"), at: 1)
        problems.append(DataProblem(.warning, file: "e.json", message: "other"))
        #expect(DataProblem.collapsed(problems) == [
            "$: p99_ttft_ms: warning: missing (in 4 files: a.json, b.json, c.json, …)",
            "x.json: line 3: broken",
            "e.json: warning: other",
        ])
        #expect(DataProblem.collapsed(Array(problems.prefix(2))) == ["a.json: $: p99_ttft_ms: warning: missing", "x.json: line 3: broken"])
        #expect(DataProblem.collapsed([problems[0], problems[2]], naming: 2) == ["$: p99_ttft_ms: warning: missing (in 2 files: a.json, b.json)"])
    }

    @Test func aCollapsedLineIsSanitised() {
        let problems = ["a", "b"].map { DataProblem(.warning, file: $0 + "\u{1B}[2J.json", message: "m\u{07}") }
        #expect(DataProblem.collapsed(problems).allSatisfy { !$0.unicodeScalars.contains { $0.value < 0x20 } })
    }
}
