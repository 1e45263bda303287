import Testing
@testable import FrontierCore

/// Percentile and multi-metric SLOs on the hand dataset (TestSupport) with tails added:
/// A's TTFT p99 is 400/600/1200/3000 ms at c = 1/2/4/8; B's 100/150/250/900 ms and its
/// mean TPOT 20/30/60/80 ms; C reports neither.
@Suite struct LatencySLOTests {
    static func tailed() -> Dataset {
        var dataset = handDataset()
        let p99: [String: [Double]] = ["A": [400, 600, 1200, 3000], "B": [100, 150, 250, 900]]
        let tpot: [Double] = [20, 30, 60, 80]
        let levels: [Double] = [1, 2, 4, 8]
        for i in dataset.runs.indices {
            let run = dataset.runs[i], level = levels.firstIndex(of: run.concurrency)!
            dataset.runs[i][.p99TTFTms] = p99[run.model]?[level]
            if run.model == "B" { dataset.runs[i][.meanTPOTms] = tpot[level] }
        }
        return dataset
    }

    static let ttftP99 = LatencySLO(.ttft, .p99, maxMs: 1000)
    static let tpotMean = LatencySLO(.tpot, .mean, maxMs: 50)

    func analyse(_ scenario: Scenario) -> Analysis { Analysis(Self.tailed(), scenario) }

    @Test func aPercentileSLOExcludesWhoMissesItAndWhoLacksTheStatistic() {
        let analysis = analyse(Scenario(concurrency: 4, slos: [Self.ttftP99]))
        #expect(analysis.entry("A").exclusion == .missesSLO(Self.ttftP99, measuredMs: 1200))
        #expect(analysis.entry("B").exclusion == nil)
        #expect(analysis.entry("C").exclusion == .noLatency(Self.ttftP99))
        #expect(analysis.entry("C").exclusion?.description == "no TTFT p99 in the data to check the SLO")
        #expect(analysis.rankedModels == ["B"])
    }

    @Test func thePercentileIsInterpolatedBetweenLevelsInLog2() {
        // A at 2√2: (600 + 1200) / 2 = 900 ≤ 1000; at 4√2: (1200 + 3000) / 2 = 2100 > 1000
        #expect(analyse(Scenario(concurrency: 2 * 2.0.squareRoot(), slos: [Self.ttftP99])).entry("A").exclusion == nil)
        let above = analyse(Scenario(concurrency: 4 * 2.0.squareRoot(), slos: [Self.ttftP99])).entry("A").exclusion
        guard case .missesSLO(let slo, let measured) = above else { Issue.record("\(String(describing: above))"); return }
        #expect(slo == Self.ttftP99)
        #expect(close(measured, 2100))
    }

    @Test func combinedSLOsMustAllBeMetAndTheFirstMissedIsNamed() {
        let analysis = analyse(Scenario(concurrency: 4, slos: [Self.ttftP99, Self.tpotMean]))
        #expect(analysis.entry("A").exclusion == .missesSLO(Self.ttftP99, measuredMs: 1200))
        #expect(analysis.entry("B").exclusion == .missesSLO(Self.tpotMean, measuredMs: 60))
        #expect(analysis.ranking.isEmpty)
        // at c = 2 B meets both (150 ms, 30 ms); A has no TPOT at all
        let two = analyse(Scenario(concurrency: 2, slos: [Self.ttftP99, Self.tpotMean]))
        #expect(two.rankedModels == ["B"])
        #expect(two.entry("A").exclusion == .noLatency(Self.tpotMean))
    }

    @Test func eachAtItsBestMeetsEverySLO() {
        let analysis = analyse(Scenario(concurrency: 1, slos: [Self.ttftP99, Self.tpotMean], operatingPoint: .best))
        // B meets both at c = 1 and 2 only: the cheaper is c = 2 (2 / 4 = $0.50)
        #expect(analysis.entry("B").point.concurrency == 2)
        #expect(close(analysis.entry("B").point.workloadCost, 0.5))
        #expect(analysis.entry("B").zone == Zone(low: 2, high: 2, cheapest: 2))
        // A meets the TTFT p99 at c = 1, 2 but has no TPOT; C has neither figure
        #expect(analysis.entry("A").exclusion == .noLatency(Self.tpotMean))
        #expect(analysis.entry("C").exclusion == .noLatency(Self.ttftP99))
        // a p99 no level reaches: the fastest level's figure is named
        let strict = analyse(Scenario(concurrency: 1, slos: [LatencySLO(.ttft, .p99, maxMs: 90)], operatingPoint: .best))
        #expect(strict.entry("B").exclusion == .missesSLO(LatencySLO(.ttft, .p99, maxMs: 90), measuredMs: 100))
        #expect(strict.atBest(strict.index("B")).exclusion == .missesSLO(LatencySLO(.ttft, .p99, maxMs: 90), measuredMs: 100))
    }

    @Test func curvePointsMarkTheLevelsMeetingEverySLO() {
        let b = analyse(Scenario(concurrency: 4, slos: [Self.ttftP99, Self.tpotMean])).entry("B")
        #expect(b.curve.map(\.meetsSLO) == [true, true, false, false])
        #expect(b.zone == Zone(low: 2, high: 2, cheapest: 2))
    }

    @Test func parsesTheCommandLineList() throws {
        let slos = try LatencySLO.parseList("ttft-p99=2000,tpot-mean=50, e2e-p90=30000")
        #expect(slos == [LatencySLO(.ttft, .p99, maxMs: 2000), LatencySLO(.tpot, .mean, maxMs: 50), LatencySLO(.e2e, .p90, maxMs: 30_000)])
        #expect(slos.map(\.field) == [.p99TTFTms, .meanTPOTms, .p90E2Ems])
        #expect(slos.summary == "TTFT p99 ≤ 2.0 s, mean TPOT ≤ 50 ms, E2E p90 ≤ 30.0 s")
        #expect([LatencySLO]().summary == "none")
        #expect(try LatencySLO.parseList("ITL-P95=12.5") == [LatencySLO(.itl, .p95, maxMs: 12.5)])
    }

    @Test func refusesAMalformedListSayingWhatIsExpected() {
        let expected = "expected METRIC-STATISTIC=MS with METRIC one of ttft|tpot|itl|e2e and STATISTIC one of mean|p50|p90|p95|p99, such as ttft-p99=2000"
        #expect(throws: SLOParseError("\"ttft-p99\": \(expected)")) { try LatencySLO.parseList("ttft-p99") }
        #expect(throws: SLOParseError("\"ttft-p42\" is no latency statistic: \(expected)")) { try LatencySLO.parseList("ttft-p42=10") }
        #expect(throws: SLOParseError("\"rtt-mean\" is no latency statistic: \(expected)")) { try LatencySLO.parseList("rtt-mean=10") }
        #expect(throws: SLOParseError("\"tpot-mean=0\": the limit must be a number of ms > 0")) { try LatencySLO.parseList("tpot-mean=0") }
        #expect(throws: SLOParseError("\"tpot-mean=x\": the limit must be a number of ms > 0")) { try LatencySLO.parseList("tpot-mean=x") }
        #expect(throws: SLOParseError("ttft-p99 is given twice")) { try LatencySLO.parseList("ttft-p99=1,ttft-p99=2") }
        #expect(throws: SLOParseError("\"\": \(expected)")) { try LatencySLO.parseList("ttft-p99=1,") }
    }

    @Test func everyLatencyStatisticHasOneFieldAndKey() {
        var fields: [RunField] = []
        for metric in LatencyMetric.allCases {
            for statistic in LatencyStatistic.allCases {
                let field = RunField(metric, statistic)
                #expect(field.latency?.metric == metric, "\(metric) \(statistic)")
                #expect(field.latency?.statistic == statistic, "\(metric) \(statistic)")
                #expect(RunField(key: field.key) == field)
                fields.append(field)
            }
        }
        #expect(Set(fields).count == 20)
        #expect(RunField.allCases.filter { $0.latency != nil } == fields)
        #expect([RunField.p95TPOTms, .p50E2Ems, .meanITLms, .p90TTFTms].map(\.key) == ["p95_tpot_ms", "p50_e2e_ms", "mean_itl_ms", "p90_ttft_ms"])
        #expect(RunField.requests.latency == nil && RunField.failed.latency == nil)
        #expect(Set(RunField.allCases.map(\.key)).count == RunField.allCases.count)
    }

    @Test func theSliderEditsTheFirstSLO() {
        var scenario = Scenario(slos: [Self.ttftP99, Self.tpotMean])
        #expect(scenario.firstSLOms == 1000)
        scenario.firstSLOms = 1500
        #expect(scenario.slos == [LatencySLO(.ttft, .p99, maxMs: 1500), Self.tpotMean])
        scenario.firstSLOms = nil
        #expect(scenario.slos == [Self.tpotMean])
        var none = Scenario()
        none.firstSLOms = 300
        #expect(none.slos == [.meanTTFT(300)])
        none.firstSLOms = nil
        none.firstSLOms = nil
        #expect(none.slos.isEmpty)
    }

    /// On seeded random datasets whose setups report a TTFT p99 or not: every setup ranked
    /// at one of its measured levels has its runs there meet each SLO, and a setup with no p99 anywhere
    /// is never ranked.
    @Test func rankedSetupsMeetEverySLOAtAMeasuredLevel() {
        for seed in AnalysisPropertyTests.seeds {
            var rng = SplitMix64(seed: seed)
            var data = AnalysisPropertyTests.randomDataset(&rng)
            let reports = Dictionary(grouping: data.runs, by: \.configuration).keys.reduce(into: [Configuration: Bool]()) { $0[$1] = rng.int(3) != 0 }
            for i in data.runs.indices where reports[data.runs[i].configuration]! {
                data.runs[i][.p99TTFTms] = data.runs[i][.meanTTFTms].map { $0 * rng.uniform(1, 4) } ?? rng.uniform(20, 2000)
            }
            let slos = [LatencySLO(.ttft, .p99, maxMs: rng.uniform(50, 1500))] + (rng.bool() ? [LatencySLO.meanTTFT(rng.uniform(30, 600))] : [])
            let level = Double(1 << rng.int(7))
            let analysis = Analysis(data, Scenario(concurrency: level, slos: slos))
            for i in analysis.ranking {
                let entry = analysis.entries[i]
                // Between its levels the figures are interpolated: checked by hand above.
                guard case .measured = entry.point.placement else { continue }
                let runs = data.runs.filter { $0.configuration == entry.configuration && $0.concurrency == level }
                for slo in slos {
                    // Repeated runs at a level: the mean of those that report the statistic.
                    let values = runs.compactMap { $0[slo.field] }
                    let mean = values.isEmpty ? .infinity : values.reduce(0, +) / Double(values.count)
                    #expect(mean <= slo.maxMs, "seed \(seed): \(slo) missed")
                }
            }
            for entry in analysis.entries where !reports[entry.configuration]! {
                #expect(entry.rank == nil, "seed \(seed): ranked without a p99")
            }
        }
    }
}
