import Foundation

/// The paper's three findings, computed per series from its curve across concurrency.
public enum Principles {
    /// Diminishing marginal cost: the saving from each step up in concurrency,
    /// `saving_i = cost(c_{i−1}) − cost(c_i)` (positive when the step saves money).
    /// The first level has no step and gets nil.
    public static func marginalSavings(costs: [Double]) -> [Double?] {
        costs.indices.map { i in i == 0 ? nil : costs[i - 1] - costs[i] }
    }

    /// The principle holds when each saving is no larger than the one before
    /// (a relative slack of 1e-9 absorbs rounding). Needs at least two steps.
    public static func marginalCostDiminishes(savings: [Double?]) -> Bool? {
        let steps = savings.compactMap { $0 }
        guard steps.count >= 2 else { return nil }
        return zip(steps, steps.dropFirst()).allSatisfy { prev, next in
            next <= prev + 1e-9 * max(abs(prev), abs(next))
        }
    }

    /// Returns to scale: elasticity of throughput to concurrency between adjacent levels,
    /// `ε = Δln(throughput) / Δln(c)`. ε = 1 is proportional, ε < 1 diminishing, ε ≈ 0
    /// saturated. The first level gets nil.
    public static func elasticities(levels: [Double], throughputs: [Double]) -> [Double?] {
        levels.indices.map { i in
            guard i > 0 else { return nil }
            return log(throughputs[i] / throughputs[i - 1]) / log(levels[i] / levels[i - 1])
        }
    }

    /// Below this elasticity a step up in concurrency counts as adding next to nothing.
    public static let saturationElasticity = 0.1

    /// The inflection point: the last level before the first step whose elasticity falls
    /// below `saturationElasticity`. Nil when throughput never saturates in the data.
    public static func saturationLevel(levels: [Double], elasticities: [Double?]) -> Double? {
        guard let i = elasticities.firstIndex(where: { ($0 ?? .infinity) < saturationElasticity }) else { return nil }
        return levels[i - 1]
    }

    /// The default tolerance of the optimal zone: within 10 % of the minimum cost.
    public static let defaultZoneTolerance = 0.10

    /// The optimal cost-effectiveness zone: the levels whose cost per request is within
    /// `tolerance` of the minimum over the levels that meet the SLO. `low` is the knee:
    /// the least concurrency (so the least latency) that is already nearly as cheap as it
    /// gets. Nil when no level meets the SLO.
    public static func optimalZone(levels: [Double], costs: [Double], meetsSLO: [Bool],
                                   tolerance: Double = defaultZoneTolerance) -> Zone? {
        let eligible = levels.indices.filter { meetsSLO[$0] }
        guard let minimum = eligible.map({ costs[$0] }).min() else { return nil }
        let inZone = eligible.filter { costs[$0] <= minimum * (1 + tolerance) }
        let cheapest = eligible.first { costs[$0] == minimum }!
        return Zone(low: levels[inZone.first!], high: levels[inZone.last!], cheapest: levels[cheapest])
    }
}

/// A concurrency range; `low` is the knee.
public struct Zone: Equatable, Sendable {
    public var low: Double
    public var high: Double
    /// The level with the lowest cost per request.
    public var cheapest: Double

    public init(low: Double, high: Double, cheapest: Double) {
        self.low = low
        self.high = high
        self.cheapest = cheapest
    }

    public var knee: Double { low }

    public func contains(_ concurrency: Double) -> Bool { concurrency >= low && concurrency <= high }
}
