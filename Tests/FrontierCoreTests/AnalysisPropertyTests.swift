import Testing
@testable import FrontierCore

/// Properties of whole analyses of seeded random datasets; a failure names its seed.
@Suite struct AnalysisPropertyTests {
    static let seeds: Range<UInt64> = 0..<300

    /// 1–6 models on one or two rented profiles, 1–7 levels each, some figures missing.
    static func randomDataset(_ rng: inout SplitMix64) -> Dataset {
        let profiles = (0..<(1 + rng.int(2))).map { i in
            HardwareProfile(name: "H\(i)", gpuType: "g\(i)", cost: .rental(rng.uniform(0.2, 8)))
        }
        let allLevels: [Double] = [1, 2, 4, 8, 16, 32, 64]
        var models: [Model] = [], runs: [Run] = []
        for m in 0..<(1 + rng.int(6)) {
            let name = "M\(m)"
            // one model in five has no score
            models.append(Model(name: name, quality: rng.int(5) == 0 ? [:] : ["q": Double(40 + rng.int(50))]))
            for _ in 0..<(1 + rng.int(2)) {
                let profile = profiles[rng.int(profiles.count)].name
                let gpus = 1 << rng.int(3)
                let levels = allLevels.filter { _ in rng.int(3) != 0 }
                var rps = rng.uniform(0.05, 5)
                let hasTokens = rng.int(4) != 0, hasTTFT = rng.int(4) != 0
                let outTokens = rng.uniform(50, 800)
                var ttft = rng.uniform(20, 200)
                for level in levels.isEmpty ? [allLevels[rng.int(allLevels.count)]] : levels {
                    runs.append(makeRun(name, hardware: profile, gpus: gpus, c: level, rps: rps,
                                        tokens: hasTokens ? rps * outTokens : nil, ttft: hasTTFT ? ttft : nil))
                    rps *= rng.uniform(0.9, 2.1)
                    ttft *= rng.uniform(1, 3)
                }
            }
        }
        return Dataset(name: "random", workload: Workload(name: "w", requests: 1 + rng.int(10_000)),
                       hardware: profiles, models: models, runs: runs, defaultMetric: "q")
    }

    static func randomScenario(_ rng: inout SplitMix64) -> Scenario {
        let concurrency = rng.bool() ? Double(1 << rng.int(7)) : 0.5 * Double(1 << rng.int(8)) * rng.uniform(1, 2)
        return Scenario(concurrency: concurrency, budget: rng.int(3) == 0 ? rng.uniform(0.01, 5) : nil,
                        slos: rng.int(3) == 0 ? [.meanTTFT(rng.uniform(30, 600))] : [],
                        sortKey: SortKey.allCases[rng.int(SortKey.allCases.count)],
                        zoneTolerance: [0, 0.05, 0.1, 0.25][rng.int(4)])
    }

    /// Scaling every rental rate by a power of two scales every cost exactly and changes
    /// no comparison: frontier, ranks, efficiency, zones and gaps are the same.
    @Test func costsScaleExactlyWithHourly() {
        for seed in Self.seeds {
            var rng = SplitMix64(seed: seed)
            let data = Self.randomDataset(&rng)
            var scenario = Self.randomScenario(&rng)
            let k = [0.25, 0.5, 2, 4, 8][rng.int(5)]
            let base = Analysis(data, scenario)
            scenario.costOverrides = Dictionary(uniqueKeysWithValues: data.hardware.map { profile in
                guard case .rental(let rate) = profile.cost else { fatalError("rental profiles only") }
                return (profile.name, CostModel.rental(k * rate))
            })
            scenario.budget = scenario.budget.map { k * $0 }
            let scaled = Analysis(data, scenario)
            #expect(scaled.entries.count == base.entries.count, "seed \(seed)")
            for (x, y) in zip(base.entries, scaled.entries) {
                let what = "seed \(seed): \(x.label) × \(k)"
                #expect(y.hourly.total == k * x.hourly.total, "\(what): hourly")
                #expect(y.point.workloadCost == k * x.point.workloadCost, "\(what): workload cost")
                #expect(y.point.costPerRequest == k * x.point.costPerRequest, "\(what): cost per request")
                #expect(y.point.costPerMillionOutputTokens == x.point.costPerMillionOutputTokens.map { k * $0 }, "\(what): per Mtok")
                for (p, q) in zip(x.curve, y.curve) {
                    #expect(q.estimate.workloadCost == k * p.estimate.workloadCost, "\(what): curve cost at \(p.concurrency)")
                    #expect(q.marginalSaving == p.marginalSaving.map { k * $0 }, "\(what): saving at \(p.concurrency)")
                    #expect(q.elasticity == p.elasticity, "\(what): elasticity at \(p.concurrency)")
                }
                #expect(y.zone == x.zone, "\(what): zone")
                #expect(y.onFrontier == x.onFrontier && y.efficiency == x.efficiency && y.gap == x.gap, "\(what): frontier")
                #expect(y.rank == x.rank && y.exclusion.map(\.short) == x.exclusion.map(\.short), "\(what): rank")
            }
            #expect(scaled.frontier == base.frontier && scaled.ranking == base.ranking, "seed \(seed): order")
            #expect(scaled.globalFrontier.map(\.entry) == base.globalFrontier.map(\.entry), "seed \(seed): global frontier")
        }
    }

    /// Any factor scales costs up to rounding.
    @Test func costsScaleWithHourlyForAnyFactor() {
        for seed in Self.seeds {
            var rng = SplitMix64(seed: seed)
            let data = Self.randomDataset(&rng)
            var scenario = Self.randomScenario(&rng)
            let k = rng.uniform(0.1, 10)
            let base = Analysis(data, scenario)
            scenario.costOverrides = Dictionary(uniqueKeysWithValues: data.hardware.map { profile in
                guard case .rental(let rate) = profile.cost else { fatalError("rental profiles only") }
                return (profile.name, CostModel.rental(k * rate))
            })
            let scaled = Analysis(data, scenario)
            for (x, y) in zip(base.entries, scaled.entries) {
                #expect(close(y.point.workloadCost, k * x.point.workloadCost, rel: 1e-12), "seed \(seed): \(x.label) × \(k)")
                #expect(close(y.point.costPerRequest, k * x.point.costPerRequest, rel: 1e-12), "seed \(seed): \(x.label) × \(k)")
            }
        }
    }

    /// The analysis's frontiers are the definition applied to its own figures.
    @Test func frontiersMatchTheDefinition() {
        for seed in Self.seeds {
            var rng = SplitMix64(seed: seed)
            let data = Self.randomDataset(&rng)
            let analysis = Analysis(data, Self.randomScenario(&rng))
            let comparable = analysis.entries.indices.filter { !analysis.entries[$0].point.isClamped && analysis.entries[$0].quality != nil }
            let costs = comparable.map { analysis.entries[$0].point.workloadCost }
            let qualities = comparable.map { analysis.entries[$0].quality! }
            let expected = Set(referenceFrontier(costs: costs, qualities: qualities).map { comparable[$0] })
            #expect(Set(analysis.frontier) == expected, "seed \(seed): frontier at \(analysis.scenario.concurrency)")
            for (i, entry) in analysis.entries.enumerated() {
                #expect(entry.onFrontier == expected.contains(i), "seed \(seed): \(entry.label) onFrontier")
                if comparable.contains(i) {
                    #expect(entry.efficiency.map { $0 > 0 && $0 <= 1 } == true, "seed \(seed): \(entry.label) efficiency \(String(describing: entry.efficiency))")
                } else {
                    #expect(entry.efficiency == nil && entry.gap == nil, "seed \(seed): \(entry.label) is not comparable")
                }
            }
            if !comparable.isEmpty {
                #expect(analysis.entries.contains { $0.efficiency == 1 }, "seed \(seed): no entry has efficiency 1")
            }
            // over all levels
            var points: [(Int, Double, Double, Double)] = []
            for (i, entry) in analysis.entries.enumerated() {
                guard let q = entry.quality else { continue }
                for p in entry.curve { points.append((i, p.concurrency, p.estimate.workloadCost, q)) }
            }
            let global = referenceFrontier(costs: points.map(\.2), qualities: points.map(\.3))
            #expect(Set(analysis.globalFrontier.map { "\($0.entry)@\($0.concurrency)" }) ==
                    Set(global.map { "\(points[$0].0)@\(points[$0].1)" }), "seed \(seed): global frontier")
        }
    }

    /// Ranked entries satisfy the scenario and are in sort-key order; excluded ones say why.
    @Test func rankingRespectsBudgetSLOAndKey() {
        for seed in Self.seeds {
            var rng = SplitMix64(seed: seed)
            let data = Self.randomDataset(&rng)
            let scenario = Self.randomScenario(&rng)
            let analysis = Analysis(data, scenario)
            #expect(Set(analysis.ranking).union(analysis.excluded) == Set(analysis.entries.indices), "seed \(seed): partition")
            #expect(Set(analysis.ranking).isDisjoint(with: analysis.excluded), "seed \(seed): partition")
            for i in analysis.ranking {
                let point = analysis.entries[i].point
                #expect(!point.isClamped, "seed \(seed): clamped entry ranked")
                if let budget = scenario.budget { #expect(point.workloadCost <= budget, "seed \(seed): over budget ranked") }
                if let slo = scenario.firstSLOms { #expect((point.meanTTFTms ?? .infinity) <= slo, "seed \(seed): SLO missed") }
            }
            for i in analysis.excluded { #expect(analysis.entries[i].exclusion != nil && analysis.entries[i].rank == nil, "seed \(seed)") }
            for (a, b) in zip(analysis.ranking, analysis.ranking.dropFirst()) {
                let x = analysis.entries[a], y = analysis.entries[b]
                let inOrder: Bool = switch scenario.sortKey {
                case .quality: (x.quality ?? -.infinity) >= (y.quality ?? -.infinity)
                case .cost: x.point.workloadCost <= y.point.workloadCost
                case .qualityPerDollar: (x.quality.map { $0 / x.point.workloadCost } ?? -.infinity) >= (y.quality.map { $0 / y.point.workloadCost } ?? -.infinity)
                case .throughput: x.point.outputTokensPerS == nil ? y.point.outputTokensPerS == nil && x.point.requestThroughput >= y.point.requestThroughput
                    : (x.point.outputTokensPerS! >= (y.point.outputTokensPerS ?? -.infinity))
                case .ttft: (x.point.meanTTFTms ?? .infinity) <= (y.point.meanTTFTms ?? .infinity)
                }
                #expect(inOrder, "seed \(seed): \(x.label) before \(y.label) by \(scenario.sortKey)")
            }
        }
    }

    /// The zone's levels are measured, its cheapest level is the minimum among levels
    /// that meet the SLO, and its ends are within tolerance of it.
    @Test func zonesAreWithinTolerance() {
        for seed in Self.seeds {
            var rng = SplitMix64(seed: seed)
            let analysis = Analysis(Self.randomDataset(&rng), Self.randomScenario(&rng))
            for entry in analysis.entries {
                let eligible = entry.curve.filter(\.meetsSLO)
                guard let zone = entry.zone else {
                    #expect(eligible.isEmpty, "seed \(seed): \(entry.label) has eligible levels but no zone")
                    continue
                }
                let minimum = eligible.map(\.estimate.workloadCost).min()!
                let cost = { (c: Double) in entry.curve.first { $0.concurrency == c }!.estimate.workloadCost }
                let bound = minimum * (1 + analysis.scenario.zoneTolerance)
                #expect(cost(zone.cheapest) == minimum && cost(zone.low) <= bound && cost(zone.high) <= bound,
                        "seed \(seed): \(entry.label) zone \(zone)")
                #expect(zone.low <= zone.cheapest && zone.cheapest <= zone.high, "seed \(seed): \(entry.label) zone \(zone)")
            }
        }
    }
}
