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

    /// The rows, the cost span and the intervals of an analysis of `prepared`.
    public init(_ prepared: PreparedDataset, _ analysis: Analysis) {
        var low = Double.infinity, high = -Double.infinity
        for entry in analysis.entries where entry.isComputable {
            for point in entry.curve {
                low = min(low, point.estimate.workloadCost)
                high = max(high, point.estimate.workloadCost)
            }
        }
        self.init(rows: analysis.displayOrder.map { analysis.entries[$0].configuration }, costs: low <= high ? low...high : 0.1...1,
                  uncertainty: Uncertainty(prepared, analysis))
    }
}

extension Analysis {
    /// The entries in the ranking's order: ranked, then excluded.
    var displayOrder: [Int] { ranking + excluded }
}
