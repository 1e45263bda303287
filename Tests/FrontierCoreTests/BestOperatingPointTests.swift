import Testing
@testable import FrontierCore

/// "Each setup at its best" on the hand dataset (TestSupport): workload cost 2 / rps —
/// A: 2, 1, 0.667, 0.625 at c = 1, 2, 4, 8 (TTFT 100–900 ms); B: 1, 0.5, 0.25, 0.2
/// (TTFT 50–200 ms); C: 4, 2, 1 at c = 1, 2, 4 (no TTFT).
@Suite struct BestOperatingPointTests {
    func best(budget: Double? = nil, slo: Double? = nil) -> Analysis {
        Analysis(handDataset(), Scenario(concurrency: 1, budget: budget, slos: slo.map { [.meanTTFT($0)] } ?? [], operatingPoint: .best))
    }

    @Test func eachModelSitsAtItsCheapestLevel() {
        let analysis = best()
        #expect(analysis.entry("A").point.concurrency == 8)
        #expect(close(analysis.entry("A").point.workloadCost, 0.625))
        #expect(analysis.entry("B").point.concurrency == 8)
        #expect(analysis.entry("C").point.concurrency == 4)
        #expect(close(analysis.entry("C").point.workloadCost, 1))
        #expect(analysis.rankedModels == ["A", "B", "C"])
    }

    @Test func theSLOLimitsTheLevelsAModelMayUse() {
        // 250 ms: A meets it at c = 1 and 2 only; B everywhere; C states no TTFT.
        let analysis = best(slo: 250)
        #expect(analysis.entry("A").point.concurrency == 2)
        #expect(close(analysis.entry("A").point.workloadCost, 1))
        #expect(analysis.entry("B").point.concurrency == 8)
        #expect(analysis.entry("C").exclusion == .noLatency(.meanTTFT(250)))
        // 40 ms: no level of A (fastest 100 ms) or B (50 ms) meets it.
        let strict = best(slo: 40)
        #expect(strict.entry("A").exclusion == .missesSLO(.meanTTFT(40), measuredMs: 100))
        #expect(strict.entry("B").exclusion == .missesSLO(.meanTTFT(40), measuredMs: 50))
        #expect(strict.ranking.isEmpty)
    }

    @Test func theBudgetExcludesWhatIsOverItEvenAtItsBest() {
        let analysis = best(budget: 0.5)
        #expect(analysis.rankedModels == ["B"])
        #expect(analysis.entry("A").exclusion == .overBudget(cost: 0.625, budget: 0.5))
        #expect(analysis.entry("C").exclusion == .overBudget(cost: 1, budget: 0.5))
    }

    @Test func theFrontierOverBestPointsIsTheFrontierOverEveryLevel() {
        let analysis = best()
        #expect(analysis.frontier.map { analysis.entries[$0].configuration.model } == ["B", "A"])
        #expect(analysis.globalFrontier.map { analysis.entries[$0.entry].configuration.model } == ["B", "A"])
        #expect(!analysis.entry("C").onFrontier)
    }

    @Test func theChosenConcurrencyStaysTheDefault() {
        let analysis = Analysis(handDataset(), Scenario(concurrency: 2))
        #expect(analysis.scenario.operatingPoint == .chosen)
        #expect(analysis.entries.allSatisfy { $0.point.concurrency == 2 })
    }

    /// Without an SLO, on random datasets: the frontier of the best points holds the same
    /// (configuration, level, cost) as the frontier over every level.
    @Test func frontiersAgreeOnRandomDatasets() {
        for seed in UInt64(0)..<300 {
            var rng = SplitMix64(seed: seed)
            let data = AnalysisPropertyTests.randomDataset(&rng)
            let analysis = Analysis(data, Scenario(operatingPoint: .best))
            struct Point: Hashable { let entry: Int, cost: Double }
            let atBest = Set(analysis.frontier.map { Point(entry: $0, cost: analysis.entries[$0].point.workloadCost) })
            let global = Set(analysis.globalFrontier.map { Point(entry: $0.entry, cost: $0.workloadCost) })
            #expect(atBest == global, "seed \(seed)")
        }
    }
}
