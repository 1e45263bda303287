import Testing
import FrontierCore
@testable import FrontierTUI

/// The dashboard on data of two workload shapes: one compared at a time, `w` the next.
@Suite struct ShapeSessionTests {
    /// Model A at 1k→128 and 8k→128, B at 1k→128 only, over c 1 and 4.
    static func dataset() -> Dataset {
        var runs: [Run] = []
        for (model, input, rps) in [("A", 1024.0, [2.0, 6]), ("A", 8192, [1, 2]), ("B", 1024, [3, 5])] {
            for (c, value) in zip([1.0, 4], rps) {
                var run = WidgetFixture.run(model, c: c, rps: value)
                run[.meanInputTokens] = input
                run[.meanOutputTokens] = 128
                runs.append(run)
            }
        }
        return Dataset(name: "shapes", workload: Workload(name: "w", requests: 3600),
                       hardware: [HardwareProfile(name: "H100", gpuType: "NVIDIA H100", cost: .rental(2))],
                       models: [Model(name: "A", quality: ["score": 80]), Model(name: "B", quality: ["score": 70])],
                       runs: runs, defaultMetric: "score")
    }

    @Test func wComparesTheNextShapeAndTheTitleSaysWhich() {
        var session = Session(dataset: Self.dataset(), scenario: Scenario(concurrency: 4), width: 120, height: 40)
        #expect(session.analysis.shape?.text == "1k→128")
        #expect(session.analysis.entries.map(\.label) == ["A", "B"])
        #expect(session.frame.canvas.text.contains("1k→128 (1 of 2, w: next)"))
        session.send(.cycleShape)
        #expect(session.analysis.shape?.text == "8k→128")
        #expect(session.analysis.entries.map(\.label) == ["A"])
        // A at 8k→128, c=4: 3600 / 2 s at $2/h = $1.
        #expect(session.analysis.entries[0].point.workloadCost == 1)
        #expect(session.frame.canvas.text.contains("8k→128 (2 of 2, w: next)"))
        session.send(.cycleShape)
        #expect(session.analysis.shape?.text == "1k→128")
    }

    @Test func aPinOfAnotherShapeIsAnalysedOnItsOwnSetups() {
        var session = Session(dataset: Self.dataset(), scenario: Scenario(concurrency: 4), width: 120, height: 40)
        session.send(.togglePin)
        session.send(.cycleShape)
        #expect(session.pinnedAnalysis?.shape?.text == "1k→128")
        #expect(session.analysis.shape?.text == "8k→128")
        #expect(session.state.pinDifferences == ["shape 1k→128 → 8k→128"])
    }
}
