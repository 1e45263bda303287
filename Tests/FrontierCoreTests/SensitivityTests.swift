import Testing
@testable import FrontierCore

/// Flip points on two models, solved by hand. A (quality 80) on an owned GPU: price
/// 8,760, 1 year, utilization 1, 1 kW, PUE 1, $0.10/kWh, no maintenance, so its hourly
/// cost is 1 + E; B (quality 70) on a GPU rented at $1/h. 3,600 requests; A serves 2 req/s
/// and B 1.5, so A's workload costs (1 + E) / 2 = $0.55 and B's 1 / 1.5 = $0.6667.
/// Ranked by cost, A is first until (1 + E) / 2 passes 2/3: E = 1/3.
@Suite struct SensitivityTests {
    /// The labels: the setups are on two hardware profiles.
    static let a = "A · 1×X", b = "B · 1×Y"

    static func dataset() -> Dataset {
        let owned = OwnedGPU(price: 8760, years: 1, utilization: 1, powerKW: 1, pue: 1, electricityPerKWh: 0.10, maintenanceRate: 0)
        return Dataset(
            name: "two", workload: Workload(name: "w", requests: 3600),
            hardware: [HardwareProfile(name: "X", gpuType: "X", cost: .owned(owned)),
                       HardwareProfile(name: "Y", gpuType: "Y", cost: .rental(1))],
            models: [Model(name: "A", quality: ["q": 80]), Model(name: "B", quality: ["q": 70])],
            runs: [makeRun("A", hardware: "X", c: 1, rps: 2), makeRun("B", hardware: "Y", c: 1, rps: 1.5)],
            defaultMetric: "q")
    }

    static func sensitivity(_ scenario: Scenario = Scenario(concurrency: 1, sortKey: .cost), swing: Double = 0.2) -> Sensitivity {
        let prepared = PreparedDataset(dataset())
        let a = Analysis(prepared, scenario).index("A")
        return Sensitivity(prepared, scenario, setup: a, swing: swing)
    }

    @Test func theElectricityFlipIsTheOneSolvedByHand() throws {
        let s = Self.sensitivity()
        #expect(s.leader == Self.a)
        #expect(close(s.baseUSD, 0.55))
        let flips = s.flips.filter { $0.lever == .cost(.electricity) }
        #expect(flips.count == 1)   // lower electricity only makes A cheaper
        let flip = try #require(flips.first)
        #expect(close(flip.value, 1.0 / 3, rel: 1e-9))
        #expect(flip.value > 1.0 / 3)   // just past the tie, which A keeps (its label sorts first)
        #expect(flip.newLeader == Self.b)
        #expect(flip.today == 0.10)
    }

    @Test func theThroughputFlipIsTheOneSolvedByHand() throws {
        // A's cost (1.1) / x passes 2/3 below x = 1.65 req/s; faster A stays first.
        let flips = Self.sensitivity().flips.filter { $0.lever == .throughput }
        #expect(flips.count == 1)
        let flip = try #require(flips.first)
        #expect(close(flip.value, 1.65, rel: 1e-9))
        #expect(flip.value < 1.65)
        #expect(flip.newLeader == Self.b)
    }

    @Test func aFlipOutsideTheSearchRangeIsNotFound() {
        // A stays first while its depreciation stays under 4/3 − 0.1 = 37/30 an hour: a price
        // up to 8,760 × 37/30 = 10,804 (inside ×4), years and utilization down to 30/37
        // (inside ÷4). Maintenance, at 0, cannot move by a factor; utilization cannot pass 1.
        let s = Self.sensitivity()
        #expect(s.flips.filter { $0.lever == .cost(.maintenance) }.isEmpty)
        #expect(s.flips.contains { $0.lever == .cost(.gpuPrice) && close($0.value, 8760 * 37.0 / 30, rel: 1e-9) })
        #expect(s.flips.contains { $0.lever == .cost(.years) && close($0.value, 30.0 / 37, rel: 1e-9) })
        #expect(s.flips.filter { $0.lever == .cost(.utilization) }.map(\.value).count == 1)
        #expect(s.flips.contains { $0.lever == .cost(.utilization) && close($0.value, 30.0 / 37, rel: 1e-9) })
        // Against a B at $0.01/h no lever of A within ×0.25–×4 makes it first.
        var far = Self.dataset()
        far.hardware[1].cost = .rental(0.01)
        let prepared = PreparedDataset(far)
        let none = Sensitivity(prepared, Scenario(concurrency: 1, sortKey: .cost), setup: Analysis(prepared, Scenario(concurrency: 1)).index("A"))
        #expect(none.leader == Self.b)
        #expect(none.flips.isEmpty)
    }

    @Test func theTornadoOfTheHandDataset() throws {
        let s = Self.sensitivity()
        // Electricity ×0.8 and ×1.2: (1 + 0.08) / 2 and (1 + 0.12) / 2.
        let e = try #require(s.bars.first { $0.lever == .cost(.electricity) })
        #expect(close(e.lowUSD, 0.54) && close(e.highUSD, 0.56) && close(e.swingUSD, 0.02))
        // Utilization ×1.2 is held at 1: no change up; ×0.8: depreciation 1.25.
        let u = try #require(s.bars.first { $0.lever == .cost(.utilization) })
        #expect(u.highValue == 1 && close(u.highUSD, 0.55) && close(u.lowUSD, 1.35 / 2))
        #expect(s.bars.first?.lever == .throughput)   // 1.1/1.6 − 1.1/2.4 = 0.2292
        #expect(close(s.bars[0].swingUSD, 1.1 / 1.6 - 1.1 / 2.4))
    }

    @Test func scalingOneSetupInPlaceEqualsRegroupingTheScaledRuns() {
        // Two runs at one level (averaged) and a repeated sweep, so the copy must keep
        // the averaging, the other setups and the elasticities as a fresh grouping has them.
        var d = handDataset()
        d.runs.append(makeRun("A", c: 2, rps: 2.5, tokens: 250, ttft: 170))
        let prepared = PreparedDataset(d)
        let scenario = Scenario(concurrency: 3, sortKey: .cost)
        for model in ["A", "B", "C"] {
            let s = Analysis(prepared, scenario).index(model)
            for factor in [0.5, 1.7] {
                let inPlace = PreparedDataset(prepared, scalingThroughput: [s: factor])
                let configuration = prepared.series[s].configuration
                var scaledRuns = d
                for i in scaledRuns.runs.indices where scaledRuns.runs[i].configuration == configuration {
                    for field in [RunField.requestThroughput, .outputTokensPerS] {
                        scaledRuns.runs[i][field] = scaledRuns.runs[i][field].map { $0 * factor }
                    }
                }
                let regrouped = PreparedDataset(scaledRuns)
                #expect(inPlace.series.map(\.configuration) == regrouped.series.map(\.configuration))
                for (x, y) in zip(inPlace.series, regrouped.series) {
                    #expect(x.levels == y.levels && x.meanTTFTms == y.meanTTFTms)
                    #expect(zip(x.requestThroughput, y.requestThroughput).allSatisfy { close($0, $1) }, "\(model) ×\(factor)")
                    #expect(zip(x.outputTokensPerS, y.outputTokensPerS).allSatisfy { close($0!, $1!) })
                }
                for t in inPlace.series.indices {
                    #expect(zip(inPlace.elasticities(series: t), regrouped.elasticities(series: t)).allSatisfy { close($0, $1) })
                    #expect(inPlace.saturation[t] == regrouped.saturation[t])
                }
                let a = Analysis(inPlace, scenario), b = Analysis(regrouped, scenario)
                #expect(a.ranking == b.ranking)
                #expect(zip(a.entries, b.entries).allSatisfy { close($0.point.workloadCost, $1.point.workloadCost) })
            }
        }
    }
}
