import Foundation
import Testing
@testable import FrontierData
import FrontierCore

/// Runs of different workload shapes stay apart from import to analysis.
@Suite struct WorkloadShapeImportTests {
    static let sweep = "real/inferencex/sweep"
    static let onH200 = LoadOptions(hardware: "H200", gpus: 8)
    static let lengths = ["1k", "2k", "4k", "6k", "8k", "12k", "16k", "24k", "32k"]

    @Test func anInferenceXSweepIsNineShapesNotAveragedPoints() throws {
        let loaded = try #require(importing(Self.sweep, options: Self.onH200))
        // 9 input lengths × 6 concurrencies: no two runs averaged into one.
        #expect(loaded.dataset.runs.count == 54)
        #expect(!loaded.warnings.contains { $0.message.contains("averaged") }, "\(loaded.warnings)")
        let prepared = PreparedDataset(loaded.dataset)
        #expect(prepared.shapes.shapes.map(\.text) == Self.lengths.map { "\($0)→128" })
        #expect(prepared.shapes.runCounts == Array(repeating: 6, count: 9))
        #expect(prepared.series.count == 9)
        #expect(prepared.series.allSatisfy { $0.levels == [1, 2, 4, 8, 16, 32] })
        // Every shape 6 runs: the first is compared by default.
        let compared = prepared.compared(Scenario())
        #expect(compared.shape?.text == "1k→128")
        #expect(compared.series.count == 1)
        // isl 8192 at c=16: 160 requests in round(160 / (16 / e2e), 2) s, e2e = 8192 / 20000 · 2 + 127 · 0.02 · 1.5.
        let long = prepared.compared(Scenario(shape: "8k→128"))
        let e2e = 8192.0 / 20000 * 2 + 127 * 0.02 * 1.5
        let duration = (160 / (16 / e2e) * 100).rounded() / 100
        #expect(close(long.series[0].requestThroughput[4], 160 / duration))
    }

    @Test func theSweepRoundTripsThroughNativeJSONAsTheSameShapes() throws {
        // The shape is not written: it is found again from the token means, which are.
        let loaded = try #require(importing(Self.sweep, options: Self.onH200))
        let back = try #require(roundTripped(loaded.dataset))
        let (before, after) = (PreparedDataset(loaded.dataset), PreparedDataset(back.dataset))
        #expect(after.shapes.shapes == before.shapes.shapes)
        #expect(after.series.map(\.configuration) == before.series.map(\.configuration))
        #expect(after.series.map(\.requestThroughput) == before.series.map(\.requestThroughput))
    }

    @Test func aNativeFileMayHoldOneLevelAtTwoShapesButNotTwice() throws {
        let short = #""mean_input_tokens": 1024, "mean_output_tokens": 128"#
        let long = #""mean_input_tokens": 8192, "mean_output_tokens": 128"#
        let loaded = try #require(load(dataset(runs: [run(short), run(long), run(concurrency: 32, short)])))
        #expect(loaded.dataset.runs.count == 3)
        #expect(PreparedDataset(loaded.dataset).series.count == 2)
        // The same level at the same shape (means 2 % apart) is still a duplicate.
        let twice = #""mean_input_tokens": 1040, "mean_output_tokens": 130"#
        let problems = loadProblems(dataset(runs: [run(short), run(long), run(twice)]))
        expectProblem(problems, at: "$.runs[2]", field: "concurrency", "duplicate run: M on 2×A800-80G at concurrency 16 is already at $.runs[0]")
        #expect(errors(problems).count == 1)
    }

    @Test func repeatedResultFilesAverageOnlyWithinAShape() throws {
        let tmp = try TempFolder()
        let base = try String(contentsOfFile: fixture("real/inferencex/llama70b-h200-conc16.json"), encoding: .utf8)
        // The file twice (a repeat) and once at 8k input tokens a request.
        for name in ["a.json", "b.json"] { _ = try tmp.write(name, base) }
        _ = try tmp.write("long.json", base.replacingOccurrences(of: #""total_input_tokens": 163840"#, with: #""total_input_tokens": 1310720"#))
        let loaded = try #require(importing(tmp.url.path, options: Self.onH200))
        #expect(loaded.dataset.runs.count == 2)
        #expect(loaded.warnings.contains { $0.message.contains("2 runs of") && $0.message.contains("averaged into one") })
        #expect(Set(loaded.dataset.runs.map { $0[.meanInputTokens]! }) == [1024, 8192])
    }
}
