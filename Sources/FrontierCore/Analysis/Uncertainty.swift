/// The 95 % intervals of each setup's figures at its operating point, where its data
/// carries them (repeated runs, per-request records, an interval the file states), and the
/// setups tied for first place: ranked by cost, those whose cost interval overlaps the
/// first's.
///
/// ```swift
/// let u = Uncertainty(prepared, analysis)
/// u.intervals[e]?.workloadCost   // Interval(low: 0.51, high: 0.58, method: .bootstrap, samples: 2000)
/// u.tied                         // the first setup and those it is not told apart from
/// ```
public struct Uncertainty: Equatable, Sendable {
    /// One setup's intervals; nil where its data carries none.
    public struct Point: Equatable, Sendable {
        public var requestThroughput: Interval?
        public var meanTTFTms: Interval?
        /// From the throughput's: the cost falls as throughput rises.
        public var workloadCost: Interval?
    }

    /// By entry index; entries without any interval are absent.
    public let intervals: [Int: Point]
    /// Entries tied for first: empty unless the ranking is by cost and the first setup's
    /// cost interval (or its cost, when it has none) overlaps another ranked setup's
    /// interval; then the first and each such setup, in rank order.
    public let tied: [Int]

    public static let none = Uncertainty(intervals: [:], tied: [])

    init(intervals: [Int: Point], tied: [Int]) {
        self.intervals = intervals
        self.tied = tied
    }

    /// The intervals of `analysis` (an analysis of `prepared`: its entries are the series).
    public init(_ prepared: PreparedDataset, _ analysis: Analysis) {
        var intervals: [Int: Point] = [:]
        // By index: enumerating the series would copy each (a dozen arrays retained) to
        // find the few with intervals, on every step.
        for e in prepared.series.indices where prepared.series[e].hasIntervals {
            let series = prepared.series[e], entry = analysis.entries[e]
            let placement = entry.point.placement
            let rps = series.interval(series.rpsIntervals, at: placement)
            let ttft = series.interval(series.ttftIntervals, at: placement)
            guard rps != nil || ttft != nil else { continue }
            let cost = rps.map { rps in
                Interval(low: Cost.workload(hourly: entry.hourly.total, requests: Double(analysis.requests), requestThroughput: rps.high),
                         high: Cost.workload(hourly: entry.hourly.total, requests: Double(analysis.requests), requestThroughput: rps.low),
                         method: rps.method, samples: rps.samples)
            }
            intervals[e] = Point(requestThroughput: rps, meanTTFTms: ttft, workloadCost: cost)
        }
        self.intervals = intervals
        tied = Self.tied(analysis, intervals)
    }

    /// A cost as an interval: its own, or the point when it has none.
    private static func cost(_ e: Int, _ analysis: Analysis, _ intervals: [Int: Point]) -> Interval {
        let cost = analysis.entries[e].point.workloadCost
        return intervals[e]?.workloadCost ?? Interval(low: cost, high: cost, method: .stated, samples: 1)
    }

    private static func tied(_ analysis: Analysis, _ intervals: [Int: Point]) -> [Int] {
        guard analysis.scenario.sortKey == .cost, let first = analysis.ranking.first else { return [] }
        let top = cost(first, analysis, intervals)
        let others = analysis.ranking.dropFirst().filter { e in
            (intervals[first]?.workloadCost != nil || intervals[e]?.workloadCost != nil)
                && cost(e, analysis, intervals).overlaps(top)
        }
        return others.isEmpty ? [] : [first] + others
    }
}

extension Series {
    /// Whether any level carries an interval.
    var hasIntervals: Bool { !rpsIntervals.isEmpty || !ttftIntervals.isEmpty }

    /// The interval at a placement: a level's own; between two levels, the bounds
    /// interpolated as the figure is (linear in log2 c) when both levels have one by the same
    /// method, on the fewer samples; nil otherwise.
    func interval(_ intervals: [Interval?], at placement: Placement) -> Interval? {
        guard !intervals.isEmpty else { return nil }
        switch placement {
        case .measured(let i), .clamped(let i): return intervals[i]
        case .between(let lo, let t):
            guard let a = intervals[lo], let b = intervals[lo + 1], a.method == b.method else { return nil }
            return Interval(low: a.low + (b.low - a.low) * t, high: a.high + (b.high - a.high) * t,
                            method: a.method, samples: min(a.samples, b.samples))
        }
    }
}
