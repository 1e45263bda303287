import Testing
@testable import FrontierData
import FrontierCore

/// Loading a native CSV costs the same per run however many names it holds: every name a
/// run carries is found by hash. Checked by counting name lookups, not by the clock, on
/// the worst case for a search through a list (every run of its own model, so a list
/// search would visit all earlier models: n² / 2 visits).
@Suite struct LinearLoadingTests {
    /// `runs` rows, each of a model of its own (or all of one model), on two presets.
    static func csv(runs: Int, distinctModels: Bool) -> [UInt8] {
        var text = "model,hardware,gpus,concurrency,requests,duration_s,quality\n"
        for i in 0..<runs {
            let model = distinctModels ? "model-\(i)" : "model"
            text += "\(model),\(i % 2 == 0 ? "A800-80G" : "h100-80g"),1,\(distinctModels ? 1 : i + 1),100,\(10 + i % 7),\(distinctModels ? 50 + i % 30 : 50)\n"
        }
        return Array(text.utf8)
    }

    static func lookupsPerRun(runs: Int, distinctModels: Bool) throws -> Double {
        var counts = NativeCSV.Counts()
        let (dataset, problems) = NativeCSV.read(csv(runs: runs, distinctModels: distinctModels), file: "sweep.csv",
                                                 options: LoadOptions(), counts: &counts)
        #expect(errors(problems).isEmpty, "\(problems.prefix(3))")
        let loaded = try #require(dataset)
        #expect(loaded.runs.count == runs && counts.rows == runs)
        #expect(loaded.models.count == (distinctModels ? runs : 1))
        return Double(counts.lookups) / Double(runs)
    }

    @Test(arguments: [true, false])
    func lookupsPerRunDoNotGrowWithTheNumberOfNames(distinctModels: Bool) throws {
        let small = try Self.lookupsPerRun(runs: 500, distinctModels: distinctModels)
        let large = try Self.lookupsPerRun(runs: 8000, distinctModels: distinctModels)
        // A handful a run (model order, score, hardware, setup, level, model list); a list
        // search would make the large file's figure thousands.
        #expect(small <= 8 && large <= 8, "lookups per run: \(small) at 500 runs, \(large) at 8,000")
        #expect(abs(large - small) < 0.01, "lookups per run grew from \(small) to \(large)")
    }

    @Test func nameIndexKeepsFirstSeenOrderAndCountsLookups() {
        var index = NameIndex(["b", "a"])
        #expect(index.insert("a") == (1, false))
        #expect(index.insert("c") == (2, true))
        #expect(index.position(of: "b") == 0 && index.position(of: "z") == nil)
        #expect(index.names == ["b", "a", "c"])
        #expect(index.lookups == 4)
    }
}
