/// The production frontier: the points no other point beats on both cost (lower) and
/// quality (higher) — the Pareto staircase of cost against quality.
public enum Frontier {
    /// Indices of the non-dominated points, in ascending cost. A point is dominated when
    /// another costs no more, scores no less, and is strictly better in one of the two.
    /// Identical points do not dominate each other, so both stay, in index order.
    /// O(n log n); for large inputs O(n) plus a sort of the points that survive a
    /// bucketed pre-filter (see `sweepOrder`).
    public static func indices(costs: [Double], qualities: [Double]) -> [Int] {
        precondition(costs.count == qualities.count)
        // Cheapest first; at equal cost the best first, so the sweep meets a dominator
        // before what it dominates; identical points in index order. Points that cannot
        // be on the frontier may be left out of the order.
        let order = sweepOrder(costs: costs, qualities: qualities)
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

    /// The indices of the points that can be on the frontier, ordered by cost ascending,
    /// then quality descending, then index.
    ///
    /// A million points must take well under 100 ms, and sorting them all would not. So
    /// large inputs are first bucketed by cost (2¹⁶ buckets, in cost order): a point
    /// whose quality is no better than the best of a cheaper bucket is dominated by that
    /// point (strictly cheaper, at least as good) and is dropped before the sort. Nothing
    /// the sweep would keep is dropped, so the result is the same; usually a small fraction
    /// remains. (If every point is on the frontier, all of them are sorted.)
    static func sweepOrder(costs: [Double], qualities: [Double]) -> [Int] {
        let n = costs.count
        precondition(n <= Int(UInt32.max), "fewer than 2³² points")
        guard n > 1 else { return Array(0..<n) }
        var items: [SortItem] = []
        if n < 1024 {
            items.reserveCapacity(n)
            for i in 0..<n { items.append(SortItem(cost: costs[i], quality: qualities[i], index: i)) }
        } else {
            var keys = [UInt64](repeating: 0, count: n)
            var low = UInt64.max, high = UInt64.min
            for i in 0..<n {
                let key = orderKey(costs[i])
                keys[i] = key
                low = min(low, key)
                high = max(high, key)
            }
            var shift: UInt64 = 0
            while (high - low) >> shift >= 1 << 16 { shift += 1 }
            // Best quality of each bucket, then of the buckets before each one.
            var bestBefore = [Double](repeating: -.infinity, count: Int((high - low) >> shift) + 1)
            for i in 0..<n {
                let b = Int((keys[i] - low) >> shift)
                if qualities[i] > bestBefore[b] { bestBefore[b] = qualities[i] }
            }
            var running = -Double.infinity
            for b in bestBefore.indices {
                let best = bestBefore[b]
                bestBefore[b] = running
                if best > running { running = best }
            }
            for i in 0..<n where qualities[i] > bestBefore[Int((keys[i] - low) >> shift)] {
                items.append(SortItem(key: keys[i], quality: qualities[i], index: i))
            }
        }
        items.sort { a, b in
            a.key != b.key ? a.key < b.key : a.qualityKey != b.qualityKey ? a.qualityKey < b.qualityKey : a.index < b.index
        }
        return items.map { Int($0.index) }
    }

    /// A point to sort, by integer keys: its cost ascending, quality descending, index.
    struct SortItem {
        var key: UInt64
        var qualityKey: UInt64
        var index: UInt32

        init(key: UInt64, quality: Double, index: Int) {
            self.key = key
            qualityKey = ~orderKey(quality)
            self.index = UInt32(index)
        }

        init(cost: Double, quality: Double, index: Int) {
            self.init(key: orderKey(cost), quality: quality, index: index)
        }
    }

    /// An unsigned key that orders like the double (−0 and +0 are one key; NaNs, which
    /// no comparison orders, get fixed places beyond ±∞ so that the order stays total).
    @inline(__always)
    static func orderKey(_ value: Double) -> UInt64 {
        let bits = (value == 0 ? 0.0 : value).bitPattern
        return bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
    }

    /// Whether `a` dominates `b`: no dearer, no worse, and better in at least one.
    public static func dominates(cost a: Double, quality qa: Double, cost b: Double, quality qb: Double) -> Bool {
        a <= b && qa >= qb && (a < b || qa > qb)
    }

    /// How far a point lies from a frontier (given as indices in ascending cost, as
    /// `indices` gives it: its qualities ascend too).
    public static func gap(cost: Double, quality: Double, frontier: [Int],
                           costs: [Double], qualities: [Double]) -> FrontierGap {
        // Both searches halve the staircase rather than walk it: every point off the
        // frontier asks, on every step. Along it cost and quality never fall, so "at least
        // as good" holds from some point on and "at no greater cost" up to some point.
        func boundary(_ holds: (Int) -> Bool) -> Int {   // the first position where `holds`
            var low = 0, high = frontier.count
            while low < high {
                let middle = (low + high) / 2
                if holds(frontier[middle]) { high = middle } else { low = middle + 1 }
            }
            return low
        }
        // Cheapest frontier point at least as good: what the same quality could cost.
        let first = boundary { qualities[$0] >= quality }
        let cheaper = first < frontier.count ? costs[frontier[first]] : nil
        // Best frontier point at no greater cost: what the same money could buy.
        let past = boundary { !(costs[$0] <= cost) }
        let better = past > 0 && costs[frontier[past - 1]] <= cost ? qualities[frontier[past - 1]] : nil
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
