import Testing
@testable import FrontierCore

/// The analysis of the hand-built dataset of `handDataset()` (see TestSupport.swift):
/// rented H100 at $2/h, 3600 requests, so a workload costs 2 / rps dollars.
@Suite struct AnalysisTests {
    let dataset = handDataset()

    func analyse(_ scenario: Scenario) -> Analysis { Analysis(dataset, scenario) }

    // MARK: Figures at the chosen concurrency

    @Test func figuresAtAMeasuredLevel() throws {
        let a = analyse(Scenario(concurrency: 4)).entry("A")
        #expect(a.point.placement == .measured(2))
        #expect(a.point.requestThroughput == 3)
        #expect(a.point.outputTokensPerS == 300)
        #expect(a.point.meanTTFTms == 300)
        #expect(a.hourly.total == 2)
        // 2 $/h · (3600 / 3) / 3600 = 0.6666…
        #expect(close(a.point.workloadCost, 0.666_666_666_666_666_6))
        // 2 / (3600 · 3) = 0.000185185…
        #expect(close(a.point.costPerRequest, 0.000_185_185_185_185_185_2))
        // 2 / (3600 · 300) · 1e6 = 1.85185…
        #expect(close(try #require(a.point.costPerMillionOutputTokens), 1.851_851_851_851_851_8))
        #expect(!a.point.isClamped)
        #expect(a.measuredRange == 1...8)
    }

    @Test func interpolatedPointBetweenLevels() throws {
        // c = 2√2: log2 c = 1.5, halfway between levels 2 and 4
        let analysis = analyse(Scenario(concurrency: 2 * 2.0.squareRoot()))
        let a = analysis.entry("A")
        guard case .between(let lower, let t) = a.point.placement else { Issue.record("not between: \(a.point.placement)"); return }
        #expect(lower == 1)
        #expect(close(t, 0.5))
        // rps (2 + 3) / 2 = 2.5; tok/s (200 + 300) / 2 = 250; TTFT (150 + 300) / 2 = 225
        #expect(close(a.point.requestThroughput, 2.5))
        #expect(close(a.point.outputTokensPerS, 250))
        #expect(close(a.point.meanTTFTms, 225))
        // cost 2 / 2.5 = 0.8 (the rate is interpolated, not the cost)
        #expect(close(a.point.workloadCost, 0.8))
        // B: rps (4 + 8) / 2 = 6 → 2 / 6 = 0.3333…; C: rps (1 + 2) / 2 = 1.5 → 1.3333…
        #expect(close(analysis.entry("B").point.workloadCost, 0.333_333_333_333_333_3))
        #expect(close(analysis.entry("C").point.workloadCost, 1.333_333_333_333_333_3))
        #expect(analysis.entry("C").point.meanTTFTms == nil)
        #expect(analysis.entry("C").exclusion == nil)
    }

    // MARK: Ranking

    @Test(arguments: [
        (SortKey.quality, ["A", "B", "C"]),        // 80, 70, 60
        (SortKey.cost, ["B", "A", "C"]),           // 0.25, 0.667, 1
        (SortKey.qualityPerDollar, ["B", "A", "C"]), // 70/0.25 = 280, 80/0.667 = 120, 60/1 = 60
        (SortKey.throughput, ["B", "C", "A"]),     // 1600, 1000, 300 tok/s
        (SortKey.ttft, ["B", "A", "C"]),           // 80, 300 ms, C has none → last
    ])
    func rankingOrder(key: SortKey, expected: [String]) {
        let analysis = analyse(Scenario(concurrency: 4, sortKey: key))
        #expect(analysis.rankedModels == expected)
        #expect(analysis.excluded.isEmpty)
        for (position, i) in analysis.ranking.enumerated() {
            #expect(analysis.entries[i].rank == position + 1)
        }
    }

    @Test func throughputFallsBackToRequestsOnlyAmongEntriesWithoutTokens() {
        // X: 30 tok/s (0.1 req/s); Y: 50 req/s, no token count; Z: 20 req/s, no token count.
        // Output throughput is known only for X, so X ranks first; Y and Z follow by req/s.
        // (Comparing Y's 50 req/s with X's 30 tok/s would mix units.)
        let data = Dataset(
            name: "t", workload: Workload(name: "w", requests: 100),
            hardware: [HardwareProfile(name: "H100", gpuType: "g", cost: .rental(1))],
            models: [Model(name: "X", quality: ["q": 1]), Model(name: "Y", quality: ["q": 1]), Model(name: "Z", quality: ["q": 1])],
            runs: [makeRun("X", c: 1, rps: 0.1, tokens: 30), makeRun("Y", c: 1, rps: 50), makeRun("Z", c: 1, rps: 20)])
        let analysis = Analysis(data, Scenario(concurrency: 1, sortKey: .throughput))
        #expect(analysis.rankedModels == ["X", "Y", "Z"])
    }

    // MARK: Exclusions

    @Test func noDataOutsideTheMeasuredRange() {
        let analysis = analyse(Scenario(concurrency: 8))
        #expect(analysis.entry("C").exclusion == .noData(measured: 1...4))
        #expect(analysis.entry("C").point.isClamped)
        #expect(analysis.entry("C").point.placement == .clamped(2))
        #expect(analysis.entry("C").rank == nil)
        #expect(analysis.excluded == [analysis.index("C")])
        #expect(analysis.rankedModels == ["A", "B"])
        // below every level nothing is comparable
        let low = analyse(Scenario(concurrency: 0.5))
        #expect(low.ranking.isEmpty)
        #expect(low.frontier.isEmpty)
        #expect(low.entry("A").exclusion == .noData(measured: 1...8))
    }

    @Test func overBudget() {
        // budget $0.70 at c = 4: C costs $1
        let analysis = analyse(Scenario(concurrency: 4, budget: 0.7))
        #expect(analysis.entry("C").exclusion == .overBudget(cost: 1, budget: 0.7))
        #expect(analysis.rankedModels == ["A", "B"])
        // a cost equal to the budget fits: A at c = 8 costs 2 / 3.2 = 0.625
        let edge = analyse(Scenario(concurrency: 8, budget: 0.625))
        #expect(edge.entry("A").exclusion == nil)
    }

    @Test func missesSLOAndNoTTFT() {
        // SLO 200 ms at c = 4: A's TTFT is 300 ms, C has none, B's 80 ms passes
        let analysis = analyse(Scenario(concurrency: 4, slos: [.meanTTFT(200)]))
        #expect(analysis.entry("A").exclusion == .missesSLO(.meanTTFT(200), measuredMs: 300))
        #expect(analysis.entry("C").exclusion == .noLatency(.meanTTFT(200)))
        #expect(analysis.entry("B").exclusion == nil)
        #expect(analysis.rankedModels == ["B"])
        #expect(Set(analysis.excluded) == [analysis.index("A"), analysis.index("C")])
        // TTFT equal to the SLO passes: B at c = 8 is 200 ms
        #expect(analyse(Scenario(concurrency: 8, slos: [.meanTTFT(200)])).entry("B").exclusion == nil)
    }

    @Test func interpolatedTTFTIsCheckedAgainstTheSLO() {
        // A at 2√2: (150 + 300) / 2 = 225 ms > 200
        let a = analyse(Scenario(concurrency: 2 * 2.0.squareRoot(), slos: [.meanTTFT(200)])).entry("A")
        guard case .missesSLO(let slo, let ttft) = a.exclusion else { Issue.record("\(String(describing: a.exclusion))"); return }
        #expect(close(ttft, 225))
        #expect(slo == .meanTTFT(200))
    }

    @Test func exclusionPrecedence() {
        // C at c = 8 is outside its range: no data, whatever the budget and SLO
        let outside = analyse(Scenario(concurrency: 8, budget: 0.01, slos: [.meanTTFT(1)]))
        #expect(outside.entry("C").exclusion == .noData(measured: 1...4))
        // within range, over budget is reported before the SLO
        let both = analyse(Scenario(concurrency: 4, budget: 0.7, slos: [.meanTTFT(200)]))
        #expect(both.entry("C").exclusion == .overBudget(cost: 1, budget: 0.7))
    }

    // MARK: Frontier

    @Test func frontierAtTheChosenConcurrency() {
        // c = 4: A (0.667, 80), B (0.25, 70), C (1, 60); C is beaten by B on both
        let analysis = analyse(Scenario(concurrency: 4))
        #expect(analysis.frontier == [analysis.index("B"), analysis.index("A")])   // ascending cost
        #expect(analysis.entry("A").onFrontier)
        #expect(analysis.entry("B").onFrontier)
        #expect(!analysis.entry("C").onFrontier)
        #expect(analysis.entry("A").gap == nil)
        // C: B gives ≥ 60 for 0.25 → 1 − 0.25 / 1 = 0.75; for ≤ $1, A gives 80 → 80 − 60 = 20
        #expect(analysis.entry("C").gap == FrontierGap(costExcess: 0.75, qualityGap: 20))
    }

    @Test func frontierIsNotLimitedByBudgetOrSLO() {
        let analysis = analyse(Scenario(concurrency: 4, budget: 0.3, slos: [.meanTTFT(100)]))
        #expect(analysis.frontier == [analysis.index("B"), analysis.index("A")])
    }

    @Test func clampedEntriesAreNotCompared() {
        // c = 8: C has no data; A (0.625, 80), B (0.2, 70)
        let analysis = analyse(Scenario(concurrency: 8))
        #expect(analysis.frontier == [analysis.index("B"), analysis.index("A")])
        #expect(!analysis.entry("C").onFrontier)
        #expect(analysis.entry("C").efficiency == nil)
        #expect(analysis.entry("C").gap == nil)
    }

    @Test func efficiencyIsQualityPerDollarRelativeToTheBest() {
        // c = 4: quality per dollar A 80 / (2/3) = 120, B 70 / 0.25 = 280, C 60 / 1 = 60
        let analysis = analyse(Scenario(concurrency: 4))
        #expect(analysis.entry("B").efficiency == 1)
        #expect(close(analysis.entry("A").efficiency, 0.428_571_428_571_428_6))   // 120 / 280
        #expect(close(analysis.entry("C").efficiency, 0.214_285_714_285_714_3))   // 60 / 280
        // c = 1: A 80 / 2 = 40, B 70 / 1 = 70, C 60 / 4 = 15
        let one = analyse(Scenario(concurrency: 1))
        #expect(one.entry("B").efficiency == 1)
        #expect(close(one.entry("A").efficiency, 0.571_428_571_428_571_4))   // 40 / 70
        #expect(close(one.entry("C").efficiency, 0.214_285_714_285_714_3))   // 15 / 70
    }

    @Test func globalFrontierOverAllLevels() {
        // every level of every model: the cheapest 70 is B at 8 ($0.2), the cheapest 80 is
        // A at 8 ($0.625); nothing else is both cheaper and better
        let analysis = analyse(Scenario(concurrency: 4))
        let g = analysis.globalFrontier
        #expect(g.count == 2)
        #expect(g.map(\.entry) == [analysis.index("B"), analysis.index("A")])
        #expect(g.map(\.concurrency) == [8, 8])
        #expect(g.map(\.quality) == [70, 80])
        #expect(close(g[0].workloadCost, 0.2))
        #expect(close(g[1].workloadCost, 0.625))
        // it does not depend on the chosen concurrency
        #expect(analyse(Scenario(concurrency: 1)).globalFrontier == g)
    }

    // MARK: Curve and principles per entry

    @Test func curveOfA() throws {
        let a = analyse(Scenario(concurrency: 4)).entry("A")
        #expect(a.curve.map(\.concurrency) == [1, 2, 4, 8])
        // costs 2/1, 2/2, 2/3, 2/3.2
        let costs = a.curve.map(\.estimate.workloadCost)
        for (got, want) in zip(costs, [2, 1, 0.666_666_666_666_666_6, 0.625]) { #expect(close(got, want)) }
        // savings —, 2 − 1 = 1, 1 − 0.6667 = 0.3333, 0.6667 − 0.625 = 0.041667
        #expect(a.curve[0].marginalSaving == nil)
        #expect(close(a.curve[1].marginalSaving, 1))
        #expect(close(a.curve[2].marginalSaving, 0.333_333_333_333_333_3))
        #expect(close(a.curve[3].marginalSaving, 0.041_666_666_666_666_7, rel: 1e-9))
        #expect(a.marginalCostDiminishes == true)
        // elasticities —, ln 2 / ln 2 = 1, ln 1.5 / ln 2 = 0.585, ln(3.2/3) / ln 2 = 0.0931
        #expect(a.curve[0].elasticity == nil)
        #expect(close(a.curve[1].elasticity, 1))
        #expect(close(a.curve[2].elasticity, 0.584_962_500_721_156_2))
        #expect(close(a.curve[3].elasticity, 0.093_109_404_391_481_47))
        // the step 4 → 8 is below 0.1: saturated at 4
        #expect(a.saturation == 4)
        // zone: min 0.625, ≤ 0.6875 → 4 (0.667) and 8; knee 4
        let zone = try #require(a.zone)
        #expect(zone == Zone(low: 4, high: 8, cheapest: 8))
        #expect(zone.knee == 4)
        #expect(a.curve.allSatisfy { $0.meetsSLO })
        #expect(a.curve.allSatisfy { !$0.concurrencyEstimated })
    }

    @Test func curveOfB() {
        let b = analyse(Scenario(concurrency: 4)).entry("B")
        // elasticities 1, 1, ln 1.25 / ln 2 = 0.322: never below 0.1
        #expect(b.saturation == nil)
        // savings 0.5, 0.25, 0.05: diminishing
        #expect(b.marginalCostDiminishes == true)
        // costs 1, 0.5, 0.25, 0.2: ≤ 0.22 → only 8
        #expect(b.zone == Zone(low: 8, high: 8, cheapest: 8))
    }

    @Test func zoneUnderAnSLO() {
        // SLO 200 ms: A meets it at 1 and 2 (100, 150 ms) only → min over those is 1 → zone 2…2
        let analysis = analyse(Scenario(concurrency: 4, slos: [.meanTTFT(200)]))
        let a = analysis.entry("A")
        #expect(a.curve.map(\.meetsSLO) == [true, true, false, false])
        #expect(a.zone == Zone(low: 2, high: 2, cheapest: 2))
        // C has no TTFT: no level can be shown to meet it
        #expect(analysis.entry("C").zone == nil)
        // SLO 100 ms: B meets it at 1, 2, 4 → zone 4…4
        #expect(analyse(Scenario(concurrency: 4, slos: [.meanTTFT(100)])).entry("B").zone == Zone(low: 4, high: 4, cheapest: 4))
    }

    @Test func zoneToleranceComesFromTheScenario() {
        // tolerance 0.1 → A's zone 4…8; tolerance 1.0 → ≤ 1.25 → 2 (1), 4, 8
        #expect(analyse(Scenario(concurrency: 4, zoneTolerance: 1.0)).entry("A").zone == Zone(low: 2, high: 8, cheapest: 8))
    }

    // MARK: Labels

    @Test func labelsAreModelNamesOnOneSetup() {
        #expect(analyse(Scenario()).entries.map(\.label) == ["A", "B", "C"])
    }

    @Test func labelsNameTheHardwareWhenSetupsAreMixed() {
        var data = dataset
        data.hardware.append(HardwareProfile(name: "A100", gpuType: "NVIDIA A100", cost: .rental(1.5)))
        data.runs.append(makeRun("A", hardware: "A100", gpus: 2, c: 4, rps: 4))
        data.runs.append(makeRun("B", hardware: "H100", gpus: 2, c: 4, rps: 12))
        let analysis = Analysis(data, Scenario(concurrency: 4))
        #expect(analysis.entries.map(\.label) == ["A · 2×A100", "A · 1×H100", "B · 1×H100", "B · 2×H100", "C · 1×H100"])
        // 2 × 1.5 = 3 $/h; cost 3 · (3600 / 4) / 3600 = 0.75
        let a100 = analysis.entries[0]
        #expect(a100.hourly.total == 3)
        #expect(a100.point.workloadCost == 0.75)
        #expect(a100.quality == 80)   // quality belongs to the model
        // 2 × 2 = 4 $/h on 2×H100, at 12 req/s → 4 / 12 = 0.3333…
        #expect(close(analysis.entries[3].point.workloadCost, 0.333_333_333_333_333_3))
    }

    @Test func gpuCountAloneMakesSetupsMixed() {
        var data = dataset
        data.runs.append(makeRun("C", gpus: 4, c: 1, rps: 1))
        let labels = Analysis(data, Scenario(concurrency: 1)).entries.map(\.label)
        #expect(labels == ["A · 1×H100", "B · 1×H100", "C · 1×H100", "C · 4×H100"])
    }

    // MARK: Scenario inputs

    @Test func costOverridesChangeCostLinearly() {
        let base = analyse(Scenario(concurrency: 4))
        // $2/h → $3/h: every cost × 1.5; A: 3 / 3 = 1
        let dearer = analyse(Scenario(concurrency: 4, costOverrides: ["H100": .rental(3)]))
        #expect(close(dearer.entry("A").point.workloadCost, 1))
        for (x, y) in zip(base.entries, dearer.entries) {
            #expect(close(y.point.workloadCost, 1.5 * x.point.workloadCost))
            #expect(close(y.point.costPerRequest, 1.5 * x.point.costPerRequest))
            for (p, q) in zip(x.curve, y.curve) { #expect(close(q.estimate.workloadCost, 1.5 * p.estimate.workloadCost)) }
        }
        #expect(dearer.hardware.first?.cost == .rental(3))
        // $4/h doubles every cost exactly
        let double = analyse(Scenario(concurrency: 4, costOverrides: ["H100": .rental(4)]))
        for (x, y) in zip(base.entries, double.entries) { #expect(y.point.workloadCost == 2 * x.point.workloadCost) }
        // the base analysis keeps the dataset's own rate
        #expect(base.hardware.first?.cost == .rental(2))
    }

    @Test func ownedOverrideUsesThePaperFormula() {
        let a800 = OwnedGPU(price: 15_000, years: 4, utilization: 0.75, powerKW: 0.4, pue: 1.2,
                            electricityPerKWh: 0.10, maintenanceRate: 0.10)
        let analysis = analyse(Scenario(concurrency: 4, costOverrides: ["H100": .owned(a800)]))
        // 0.790009 $/h at 3 req/s: 0.790009 / 3 = 0.263336
        #expect(close(analysis.entry("A").point.workloadCost, 0.263_336_377_473_363_8))
        // overriding a profile that does not exist changes nothing
        let none = analyse(Scenario(concurrency: 4, costOverrides: ["nope": .rental(100)]))
        #expect(none.entry("A").hourly.total == 2)
    }

    @Test func requestsOverrideScalesTheWorkload() {
        // 7200 requests: 2 · (7200 / 3) / 3600 = 1.3333…
        let analysis = analyse(Scenario(concurrency: 4, requests: 7200))
        #expect(analysis.requests == 7200)
        #expect(close(analysis.entry("A").point.workloadCost, 1.333_333_333_333_333_3))
        #expect(analyse(Scenario(concurrency: 4)).requests == 3600)
    }

    @Test func metricChoosesTheQuality() {
        var data = dataset
        data.models[0].quality["alt"] = 10   // only A has "alt"
        #expect(data.metrics == ["score", "alt"])
        let analysis = Analysis(data, Scenario(concurrency: 4, metric: "alt"))
        #expect(analysis.metric == "alt")
        #expect(analysis.entry("A").quality == 10)
        #expect(analysis.entry("B").quality == nil)
        // only A is comparable; B and C, without a score, rank after it by label
        #expect(analysis.frontier == [analysis.index("A")])
        #expect(analysis.entry("A").efficiency == 1)
        #expect(analysis.entry("B").efficiency == nil)
        #expect(analysis.rankedModels == ["A", "B", "C"])
        #expect(analysis.globalFrontier.allSatisfy { $0.entry == analysis.index("A") })
        #expect(Analysis(data, Scenario(concurrency: 4)).metric == "score")
    }

    @Test func preparedDatasetAveragesAndDropsUncostableRuns() {
        var data = dataset
        // a second run of A at 4 with 5 req/s: averaged with 3 → 4 req/s → cost 2 / 4 = 0.5
        data.runs.append(makeRun("A", c: 4, rps: 5, tokens: 500, ttft: 500))
        // no throughput, zero throughput, unknown hardware: dropped
        data.runs.append(Run(model: "A", hardware: "H100", gpus: 1, concurrency: 16))
        data.runs.append(makeRun("A", c: 32, rps: 0))
        data.runs.append(makeRun("D", hardware: "TPU", c: 1, rps: 1))
        let prepared = PreparedDataset(data)
        #expect(prepared.series.map(\.configuration.model) == ["A", "B", "C"])
        let a = prepared.series[0]
        #expect(a.levels == [1, 2, 4, 8])
        #expect(a.requestThroughput[2] == 4)
        #expect(a.outputTokensPerS[2] == 400)   // (300 + 500) / 2
        #expect(a.meanTTFTms[2] == 400)         // (300 + 500) / 2
        #expect(Analysis(prepared, Scenario(concurrency: 4)).entry("A").point.workloadCost == 0.5)
    }

    @Test func forgettingRunsKeepsWhatAnAnalysisReads() {
        let prepared = PreparedDataset(dataset)
        let forgotten = prepared.forgettingRuns()
        #expect(forgotten.dataset.runs.isEmpty && prepared.dataset.runs.count == dataset.runs.count)
        #expect(forgotten.dataset.name == dataset.name && forgotten.series.count == prepared.series.count)
        // Fresh curves for each (another scenario between them), from the series alone.
        let scenario = Scenario(concurrency: 4), other = Scenario(concurrency: 4, requests: 7)
        let a = Analysis(prepared, scenario)
        _ = Analysis(prepared, other)
        let b = Analysis(forgotten, scenario)
        #expect(a.entries.map(\.point) == b.entries.map(\.point) && a.entries.map(\.curve) == b.entries.map(\.curve))
        #expect(a.ranking == b.ranking && a.frontier == b.frontier && a.globalFrontier == b.globalFrontier)
    }

    @Test func suggestedConcurrencyIsTheLevelInMostZones() {
        // zones: A 4…8, B 8…8, C 4…4 (costs 4, 2, 1 → only 1 ≤ 1.1): 4 and 8 are in two
        // zones each, 1 and 2 in none; the tie goes to the lower level
        #expect(PreparedDataset(dataset).suggestedConcurrency() == 4)
        // under an SLO of 150 ms: A 2…2 (100, 150 ms → levels 1, 2; min $1 at 2), B 4…4 (50, 60, 80 ms), C none
        // → 2 and 4 in one zone each → 2
        #expect(PreparedDataset(dataset).suggestedConcurrency(Scenario(slos: [.meanTTFT(150)])) == 2)
        let empty = Dataset(name: "e", workload: Workload(name: "w", requests: 1), hardware: [], models: [], runs: [])
        #expect(PreparedDataset(empty).suggestedConcurrency() == nil)
    }

    @Test func exclusionDescriptions() {
        #expect(Exclusion.noData(measured: 1...64).description == "no data at this concurrency (measured 1–64)")
        #expect(Exclusion.overBudget(cost: 1, budget: 0.7).description == "over budget ($1.00 > $0.70)")
        #expect(Exclusion.missesSLO(.meanTTFT(200), measuredMs: 300).description == "misses mean TTFT SLO (300 ms > 200 ms)")
        #expect(Exclusion.noLatency(.meanTTFT(200)).short == "no TTFT")
        #expect(Exclusion.noLatency(LatencySLO(.ttft, .p99, maxMs: 2000)).description == "no TTFT p99 in the data to check the SLO")
        #expect(Exclusion.missesSLO(LatencySLO(.e2e, .p90, maxMs: 30_000), measuredMs: 31_500).description
                == "misses E2E p90 SLO (31.5 s > 30.0 s)")
        #expect(Exclusion.overBudget(cost: 1, budget: 0.7).short == "over budget")
    }
}
