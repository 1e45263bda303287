/// The production frontier: the points no other point beats on both cost (lower) and
/// quality (higher) — the Pareto staircase of cost against quality.
public enum Frontier {
    /// Indices of the non-dominated points, in ascending cost. A point is dominated when
    /// another costs no more, scores no less, and is strictly better in one of the two.
    /// Identical points do not dominate each other, so both stay. O(n log n).
    public static func indices(costs: [Double], qualities: [Double]) -> [Int] {
        precondition(costs.count == qualities.count)
        // Cheapest first; at equal cost the best first, so the sweep meets a dominator
        // before what it dominates.
        let order = costs.indices.sorted { a, b in
            costs[a] != costs[b] ? costs[a] < costs[b] : qualities[a] > qualities[b]
        }
        var frontier: [Int] = []
        var best = -Double.infinity
        for i in order {
            if qualities[i] > best {
                frontier.append(i)
                best = qualities[i]
            } else if let last = frontier.last, costs[last] == costs[i], qualities[last] == qualities[i] {
                frontier.append(i)
            }
        }
        return frontier
    }

    /// Whether `a` dominates `b`: no dearer, no worse, and better in at least one.
    public static func dominates(cost a: Double, quality qa: Double, cost b: Double, quality qb: Double) -> Bool {
        a <= b && qa >= qb && (a < b || qa > qb)
    }

    /// How far a point lies from a frontier (given as indices in ascending cost).
    public static func gap(cost: Double, quality: Double, frontier: [Int],
                           costs: [Double], qualities: [Double]) -> FrontierGap {
        // Cheapest frontier point at least as good: what the same quality could cost.
        let cheaper = frontier.first { qualities[$0] >= quality }.map { costs[$0] }
        // Best frontier point at no greater cost: what the same money could buy.
        let better = frontier.last { costs[$0] <= cost }.map { qualities[$0] }
        return FrontierGap(
            costExcess: cheaper.map { max(0, 1 - $0 / cost) } ?? 0,
            qualityGap: better.map { max(0, $0 - quality) } ?? 0
        )
    }
}

/// Distance of a point to the frontier, along each axis.
public struct FrontierGap: Equatable, Sendable {
    /// Share of its cost that a frontier point of at least its quality saves (0…1).
    public var costExcess: Double
    /// Quality points that a frontier point of at most its cost adds.
    public var qualityGap: Double

    public init(costExcess: Double, qualityGap: Double) {
        self.costExcess = costExcess
        self.qualityGap = qualityGap
    }
}
