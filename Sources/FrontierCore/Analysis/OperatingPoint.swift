/// Where each configuration is compared: all at the scenario's one concurrency, or each at
/// its own best level.
public enum OperatingPoint: String, CaseIterable, Sendable {
    /// Every configuration at `Scenario.concurrency` (interpolated between levels).
    case chosen
    /// Each configuration at its cheapest measured level meeting the SLO (and, to be
    /// ranked, the budget). The frontier over these points is the frontier over every
    /// configuration and level.
    case best
}

extension Draft {
    /// A configuration at its best: the cheapest measured level that meets the SLO (the
    /// lower level on a tie: the zone's `cheapest`), and why it is not ranked there. When no
    /// level meets the SLO its cheapest level stands in, excluded with `sloShortfall`
    /// (`Draft.sloShortfall`).
    static func best(_ curve: [CurvePoint], zone: Zone?, sloShortfall: Exclusion?, scenario: Scenario) -> (Estimate, Exclusion?) {
        if let zone, let point = curve.first(where: { $0.concurrency == zone.cheapest }) {
            let estimate = point.estimate
            if let failing = failures(estimate, scenario: scenario) { return (estimate, failing) }
            if let budget = scenario.budget, estimate.workloadCost > budget {
                return (estimate, .overBudget(cost: estimate.workloadCost, budget: budget))
            }
            return (estimate, nil)
        }
        var cheapest = curve[0]
        for point in curve.dropFirst() where point.estimate.workloadCost < cheapest.estimate.workloadCost { cheapest = point }
        return (cheapest.estimate, sloShortfall ?? failures(cheapest.estimate, scenario: scenario))
    }
}
