@testable import FrontierCore
import Testing

/// The curve cache only saves work: an analysis through a warm cache (the curves of the
/// last scenario with the same cost inputs) equals one through a fresh prepared dataset.
@Suite("curves cache")
struct CurvesCacheTests {
    static func fingerprint(_ analysis: Analysis) -> [String] {
        analysis.entries.map { String(describing: $0) } + ["frontier \(analysis.frontier)", "excluded \(analysis.excluded)"]
    }

    @Test(arguments: 0..<40 as Range<UInt64>)
    func aWarmAndAFreshCacheGiveEqualAnalyses(_ seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let dataset = AnalysisPropertyTests.randomDataset(&rng)
        let warm = PreparedDataset(dataset)
        var scenario = Scenario(concurrency: Double.random(in: 1...64, using: &rng))
        _ = Analysis(warm, scenario)
        // What leaves the curves alone (concurrency, budget, sort) and what does not (the SLO, the requests).
        for _ in 0..<6 {
            switch Int.random(in: 0...4, using: &rng) {
            case 0: scenario.concurrency = Double.random(in: 1...64, using: &rng)
            case 1: scenario.budget = Bool.random(using: &rng) ? nil : Double.random(in: 0.01...100, using: &rng)
            case 2: scenario.sortKey = SortKey.allCases.randomElement(using: &rng)!
            case 3: scenario.firstSLOms = Bool.random(using: &rng) ? nil : Double.random(in: 50...5000, using: &rng)
            default: scenario.requests = Int.random(in: 1...100_000, using: &rng)
            }
            #expect(Self.fingerprint(Analysis(warm, scenario)) == Self.fingerprint(Analysis(PreparedDataset(dataset), scenario)),
                    "seed \(seed)")
        }
    }
}

/// An analysis made again in the storage of the last (`reanalyse`, each slider step of
/// the dashboard; in place on the same curves) equals one made afresh, whatever the two
/// scenarios.
@Suite("analysis made in place")
struct ReanalyseTests {
    @Test(arguments: 0..<30 as Range<UInt64>)
    func inPlaceEqualsAfresh(_ seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let dataset = AnalysisPropertyTests.randomDataset(&rng)
        let prepared = PreparedDataset(dataset)
        var scenario = AnalysisPropertyTests.randomScenario(&rng)
        var analysis = Analysis(prepared, scenario)
        for _ in 0..<8 {
            // Half the steps keep the curves (only the figures at the operating point are
            // written again), half need new ones.
            if rng.bool() {
                scenario = AnalysisPropertyTests.randomScenario(&rng)
            } else {
                scenario.concurrency = AnalysisPropertyTests.randomScenario(&rng).concurrency
                scenario.budget = rng.bool() ? nil : rng.uniform(0.01, 5)
                scenario.sortKey = SortKey.allCases[rng.int(SortKey.allCases.count)]
                scenario.operatingPoint = rng.int(4) == 0 ? .best : .chosen
            }
            analysis.reanalyse(prepared, scenario)
            #expect(CurvesCacheTests.fingerprint(analysis) == CurvesCacheTests.fingerprint(Analysis(PreparedDataset(dataset), scenario)),
                    "seed \(seed)")
        }
    }
}

/// The suggested concurrency reads the zones off the curves alone: the same level as
/// counting the zones of the whole analysis' entries.
@Suite("suggested concurrency from the curves")
struct SuggestedConcurrencyTests {
    static func fromEntries(_ prepared: PreparedDataset, _ scenario: Scenario) -> Double? {
        let zones = Analysis(PreparedDataset(prepared.dataset), scenario).entries.compactMap(\.zone)
        let levels = Set(prepared.series.flatMap(\.levels)).sorted()
        return levels.max { a, b in
            let ca = zones.count { $0.contains(a) }, cb = zones.count { $0.contains(b) }
            return ca != cb ? ca < cb : a > b
        }
    }

    @Test(arguments: 0..<30 as Range<UInt64>)
    func theCurvesGiveTheLevelTheEntriesGive(_ seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let prepared = PreparedDataset(AnalysisPropertyTests.randomDataset(&rng))
        var scenario = Scenario(concurrency: Double.random(in: 1...64, using: &rng))
        if Bool.random(using: &rng) { scenario.firstSLOms = Double.random(in: 50...5000, using: &rng) }
        #expect(prepared.suggestedConcurrency(scenario) == Self.fromEntries(prepared, scenario), "seed \(seed)")
    }
}

/// What the curves keep so that a step does not walk every level again — each curve's cost
/// span and its levels' reason not to be costed — gives what walking the levels gives.
@Suite("kept per curve")
struct KeptPerCurveTests {
    @Test(arguments: 0..<30 as Range<UInt64>)
    func spansAndReasonsAreTheLevelsOwn(_ seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var dataset = AnalysisPropertyTests.randomDataset(&rng)
        // Token rates so small that some levels' cost per token is not a number.
        for i in dataset.runs.indices where rng.int(6) == 0 { dataset.runs[i][.outputTokensPerS] = Double("1e-310")! }
        let analysis = Analysis(dataset, Scenario(concurrency: Double.random(in: 1...64, using: &rng)))
        for (e, entry) in analysis.entries.enumerated() {
            let costs = entry.curve.map(\.estimate.workloadCost).filter { !$0.isNaN }
            #expect(analysis.costSpans[e] == CostSpan(low: costs.min() ?? .infinity, high: costs.max() ?? -.infinity), "seed \(seed)")
            // The slow path: the hourly cost, the point, then each level of the entry's curve.
            let slow = Draft.notComputable(hourly: entry.hourly.total, point: entry.point, levels: Draft.notComputable(levels: entry.curve))
            if let slow { #expect(entry.exclusion == slow, "seed \(seed) entry \(e)") }
            #expect(entry.isComputable == (slow == nil), "seed \(seed) entry \(e)")
        }
    }
}

/// By quality the ranking is the curves' order with the excluded left out: the same as
/// sorting the ranked entries by the sort's keys, whichever sort key the curves were
/// first worked out for.
@Suite("ranking by quality")
struct RankingByQualityTests {
    @Test(arguments: 0..<30 as Range<UInt64>)
    func theKeptOrderIsTheSortedOne(_ seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        let prepared = PreparedDataset(AnalysisPropertyTests.randomDataset(&rng))
        var scenario = AnalysisPropertyTests.randomScenario(&rng)
        scenario.sortKey = .quality
        let analysis = Analysis(prepared, scenario)
        var keys = analysis.entries.indices.filter { analysis.entries[$0].exclusion == nil }
            .map { Analysis.RankKey($0, quality: analysis.entries[$0].quality, point: analysis.entries[$0].point,
                                    labelRank: prepared.labelRank[$0], by: .quality) }
        keys.sort { Analysis.ranksBefore($0, $1) }
        #expect(analysis.ranking == keys.map(\.index), "seed \(seed)")
    }
}
