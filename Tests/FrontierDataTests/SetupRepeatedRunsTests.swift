import Testing
import FrontierCore
@testable import FrontierData

/// Repeated runs merge only within one setup.
@Suite struct SetupRepeatedRunsTests {
    func run(_ deployment: String?) -> Run {
        var r = Run(model: "m", hardware: "H100", gpus: 8, concurrency: 32)
        if let deployment { r.labels = [SetupLabel("deployment", deployment)] }
        return r
    }

    @Test func differentLabelsAreNotRepeats() {
        let groups = RepeatedRuns.grouped([run("base"), run("spec"), run("base"), run(nil)]) { $0 }
        // base twice (a repeat), spec once, the unlabelled run once
        #expect(groups.map(\.count) == [2, 1, 1])
        #expect(groups.map { $0[0].labels.first?.value } == ["base", "spec", nil])
    }
}
