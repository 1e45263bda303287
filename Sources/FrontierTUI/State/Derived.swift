import FrontierCore

/// What `reduce` and the widgets read off the analysis of the current state: the ranking's
/// rows, the span of workload costs, how far the open overlay can scroll, and the setups'
/// intervals (worked out once an analysis, not each frame). The session derives it from
/// the analysis each time the scenario, the filter or the data change (the scroll limit
/// from the state before each action); it is never kept in the state nor sent back as an
/// action.
public struct Derived: Equatable, Sendable {
    /// The ranking's rows in display order: ranked, then excluded.
    public var rows: [Configuration]
    /// The cheapest and the costliest workload over every level: the budget slider spans them.
    public var costs: ClosedRange<Double>
    /// How far the open overlay can scroll at the current size; 0 with none open.
    public var overlayScrollLimit: Int
    /// The 95 % intervals at each setup's operating point and who is tied for first.
    public var uncertainty: Uncertainty

    public init(rows: [Configuration] = [], costs: ClosedRange<Double> = 0.1...1, overlayScrollLimit: Int = 0,
                uncertainty: Uncertainty = .none) {
        self.rows = rows
        self.costs = costs
        self.overlayScrollLimit = overlayScrollLimit
        self.uncertainty = uncertainty
    }

    /// The rows, the cost span and the intervals of an analysis of `prepared`; `rows`, when
    /// given, are its rows already (the last analysis' of the same setups in the same
    /// order): a step that moves no row does not copy a hundred thousand configurations.
    public init(_ prepared: PreparedDataset, _ analysis: Analysis, rows: [Configuration]? = nil) {
        var low = Double.infinity, high = -Double.infinity
        // By index: iterating the entries would copy each. A computable entry's costs are
        // all finite, so its span's ends are its levels' least and most.
        for e in analysis.entries.indices where analysis.entries[e].isComputable {
            low = min(low, analysis.costSpans[e].low)
            high = max(high, analysis.costSpans[e].high)
        }
        self.init(rows: rows ?? analysis.displayOrder.map { analysis.entries[$0].configuration }, costs: low <= high ? low...high : 0.1...1,
                  uncertainty: Uncertainty(prepared, analysis))
    }
}

extension Analysis {
    /// The entries in the ranking's order: ranked, then excluded.
    var displayOrder: [Int] { ranking + excluded }

    /// Where the entry of `configuration` falls in `displayOrder`, found without walking
    /// it: a ranked entry at its rank, an excluded one among the excluded (ascending).
    func displayPosition(of configuration: Configuration) -> Int? {
        guard let e = entryIndex(of: configuration) else { return nil }
        if let rank = entries[e].rank { return rank - 1 }
        var low = 0, high = excluded.count
        while low < high {
            let middle = (low + high) / 2
            if excluded[middle] < e { low = middle + 1 } else { high = middle }
        }
        return low < excluded.count && excluded[low] == e ? ranking.count + low : nil
    }
}
