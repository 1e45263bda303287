import Foundation

/// The paper's three findings, computed per series from its curve across concurrency.
public enum Principles {
    /// Diminishing marginal cost: the saving of one step up in concurrency,
    /// `cost(c_{i−1}) − cost(c_i)` (positive when the step saves money).
    @inline(__always)
    public static func marginalSaving(from previous: Double, to cost: Double) -> Double { previous - cost }

    /// The saving of each step; the first level has no step and gets nil.
    public static func marginalSavings(costs: [Double]) -> [Double?] {
        costs.indices.map { i in i == 0 ? nil : marginalSaving(from: costs[i - 1], to: costs[i]) }
    }

    /// Whether a step saved no more than the step before it (a relative slack of 1e-9
    /// absorbs rounding).
    @inline(__always)
    public static func savingShrinks(from previous: Double, to next: Double) -> Bool {
        next <= previous + 1e-9 * max(abs(previous), abs(next))
    }

    /// The principle holds when each saving is no larger than the one before. Needs at
    /// least two steps.
    public static func marginalCostDiminishes(savings: [Double?]) -> Bool? {
        var previous: Double? = nil, steps = 0, holds = true
        for case let saving? in savings {
            if let previous, !savingShrinks(from: previous, to: saving) { holds = false }
            previous = saving
            steps += 1
        }
        return steps >= 2 ? holds : nil
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
    /// gets. Nil when no level meets the SLO. Points come in ascending concurrency.
    public static func optimalZone<Points: Collection>(_ points: Points, tolerance: Double = defaultZoneTolerance) -> Zone?
    where Points.Element == (level: Double, cost: Double, meetsSLO: Bool) {
        var minimum = Double.nan, eligible = false
        for point in points where point.meetsSLO {
            if !eligible || point.cost < minimum { minimum = point.cost }
            eligible = true
        }
        guard eligible else { return nil }
        let limit = minimum * (1 + tolerance)
        var low = Double.nan, high = Double.nan, cheapest = Double.nan
        for point in points where point.meetsSLO {
            if point.cost <= limit {
                if low.isNaN { low = point.level }
                high = point.level
            }
            if cheapest.isNaN && point.cost == minimum { cheapest = point.level }
        }
        guard !low.isNaN, !cheapest.isNaN else { return nil }
        return Zone(low: low, high: high, cheapest: cheapest)
    }

    public static func optimalZone(levels: [Double], costs: [Double], meetsSLO: [Bool],
                                   tolerance: Double = defaultZoneTolerance) -> Zone? {
        optimalZone(levels.indices.lazy.map { (level: levels[$0], cost: costs[$0], meetsSLO: meetsSLO[$0]) }, tolerance: tolerance)
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
