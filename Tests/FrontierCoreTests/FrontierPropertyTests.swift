import Testing
@testable import FrontierCore

/// Properties of the production frontier over hundreds of seeded random point sets,
/// checked against the O(n²) definition. A failure names its seed: replay it with
/// `SplitMix64(seed:)` and `randomPoints`.
@Suite struct FrontierPropertyTests {
    static let seeds: Range<UInt64> = 0..<600

    @Test func noFrontierPointIsDominated() {
        for seed in Self.seeds {
            var rng = SplitMix64(seed: seed)
            let (costs, qualities) = randomPoints(&rng)
            let frontier = Frontier.indices(costs: costs, qualities: qualities)
            for i in frontier {
                for j in costs.indices where Frontier.dominates(cost: costs[j], quality: qualities[j],
                                                                cost: costs[i], quality: qualities[i]) {
                    Issue.record("seed \(seed): frontier point \(i) (\(costs[i]), \(qualities[i])) is dominated by \(j) (\(costs[j]), \(qualities[j]))")
                }
            }
        }
    }

    @Test func everyOtherPointIsDominatedByAFrontierPoint() {
        for seed in Self.seeds {
            var rng = SplitMix64(seed: seed)
            let (costs, qualities) = randomPoints(&rng)
            let frontier = Frontier.indices(costs: costs, qualities: qualities)
            let onFrontier = Set(frontier)
            for i in costs.indices where !onFrontier.contains(i) {
                let dominated = frontier.contains { j in
                    Frontier.dominates(cost: costs[j], quality: qualities[j], cost: costs[i], quality: qualities[i])
                }
                #expect(dominated, "seed \(seed): point \(i) (\(costs[i]), \(qualities[i])) is off the frontier but no frontier point dominates it")
            }
        }
    }

    @Test func indicesEqualTheBruteForceFrontier() {
        for seed in Self.seeds {
            var rng = SplitMix64(seed: seed)
            let (costs, qualities) = randomPoints(&rng)
            let got = Frontier.indices(costs: costs, qualities: qualities)
            #expect(got == Self.reference(costs, qualities), "seed \(seed): costs \(costs) qualities \(qualities)")
        }
    }

    /// Inputs large enough for `Frontier.indices` to take its other sorting path.
    @Test func largeInputsEqualTheBruteForceFrontier() {
        for seed: UInt64 in 1000..<1008 {
            var rng = SplitMix64(seed: seed)
            let n = 1024 + rng.int(1500)
            let grid = seed % 2 == 0
            var costs: [Double] = [], qualities: [Double] = []
            for _ in 0..<n {
                if grid {
                    // few distinct values: many ties and identical points, and ±0 costs
                    let c = Double(rng.int(40)) * 0.125
                    costs.append(c == 0 && rng.bool() ? -0.0 : c)
                    qualities.append(Double(rng.int(30)))
                } else {
                    costs.append(rng.uniform(-1, 1_000))
                    qualities.append(rng.uniform(-50, 100))
                }
            }
            let got = Frontier.indices(costs: costs, qualities: qualities)
            #expect(got == Self.reference(costs, qualities), "seed \(seed): n = \(n)")
        }
    }

    @Test func frontierAscendsInCostAndQuality() {
        for seed in Self.seeds {
            var rng = SplitMix64(seed: seed)
            let (costs, qualities) = randomPoints(&rng)
            let frontier = Frontier.indices(costs: costs, qualities: qualities)
            #expect(!frontier.isEmpty, "seed \(seed): a non-empty set has a frontier")
            for (a, b) in zip(frontier, frontier.dropFirst()) {
                #expect(costs[a] <= costs[b] && qualities[a] <= qualities[b], "seed \(seed): \(a) then \(b) is not a staircase")
                if costs[a] == costs[b] {
                    #expect(qualities[a] == qualities[b] && a < b, "seed \(seed): equal-cost frontier points \(a), \(b) are not identical in index order")
                }
            }
        }
    }

    @Test func gapIsPositiveExactlyOffTheFrontier() {
        for seed in Self.seeds {
            var rng = SplitMix64(seed: seed)
            let (costs, qualities) = randomPoints(&rng)
            let frontier = Frontier.indices(costs: costs, qualities: qualities)
            let onFrontier = Set(frontier)
            for i in costs.indices {
                let gap = Frontier.gap(cost: costs[i], quality: qualities[i], frontier: frontier, costs: costs, qualities: qualities)
                #expect(gap.costExcess >= 0 && gap.costExcess < 1 && gap.qualityGap >= 0, "seed \(seed): point \(i) gap \(gap)")
                if onFrontier.contains(i) {
                    #expect(gap == FrontierGap(costExcess: 0, qualityGap: 0), "seed \(seed): frontier point \(i) has gap \(gap)")
                } else {
                    #expect(gap.costExcess > 0 || gap.qualityGap > 0, "seed \(seed): dominated point \(i) has no gap")
                }
            }
        }
    }

    /// The gap halves the staircase: the same as walking it for the first point at least as
    /// good and the last at no greater cost, for points on it, off it and beyond its ends.
    @Test func gapByHalvingIsGapByWalking() {
        for seed in Self.seeds {
            var rng = SplitMix64(seed: seed)
            let (costs, qualities) = randomPoints(&rng)
            let frontier = Frontier.indices(costs: costs, qualities: qualities)
            let probes = costs.indices.map { (costs[$0], qualities[$0]) }
                + [(0, 0), (.greatestFiniteMagnitude, 1e9), (costs.min()! / 2, qualities.max()! + 1), (costs.max()! * 2, -1)]
            for (cost, quality) in probes {
                let cheaper = frontier.first { qualities[$0] >= quality }.map { costs[$0] }
                let better = frontier.last { costs[$0] <= cost }.map { qualities[$0] }
                let walked = FrontierGap(costExcess: cheaper.map { max(0, 1 - $0 / cost) } ?? 0,
                                         qualityGap: better.map { max(0, $0 - quality) } ?? 0)
                #expect(Frontier.gap(cost: cost, quality: quality, frontier: frontier, costs: costs, qualities: qualities) == walked,
                        "seed \(seed): (\(cost), \(quality))")
            }
        }
    }

    @Test func frontierIgnoresInputOrder() {
        for seed in Self.seeds {
            var rng = SplitMix64(seed: seed)
            let (costs, qualities) = randomPoints(&rng)
            // reverse the input: the same points are on the frontier
            let reversed = Frontier.indices(costs: costs.reversed(), qualities: qualities.reversed())
            let back = Set(reversed.map { costs.count - 1 - $0 })
            #expect(back == Set(Frontier.indices(costs: costs, qualities: qualities)), "seed \(seed)")
        }
    }

    /// The definition, sorted as documented: ascending cost, identical points in index order.
    static func reference(_ costs: [Double], _ qualities: [Double]) -> [Int] {
        referenceFrontier(costs: costs, qualities: qualities).sorted { a, b in
            costs[a] != costs[b] ? costs[a] < costs[b] : a < b
        }
    }
}
