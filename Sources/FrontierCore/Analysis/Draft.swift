/// How an entry's figures are worked out from its series: at a placement, and at the
/// scenario's concurrency with the reason it is not ranked there.
enum Draft {
    /// A series' figures at the scenario's concurrency, and why it is not ranked there.
    /// (Through a pointer: the series is read in place, never copied.)
    static func point(_ series: UnsafePointer<Series>, scenario: Scenario, hourly: Double,
                      requests: Double) -> (Estimate, Exclusion?) {
        let levels = series.pointee.levels
        let placement = Placement(scenario.concurrency, in: levels)
        let rps = placement.value(series.pointee.requestThroughput)
        // NaN (not measured) at either neighbour stays NaN through the interpolation.
        let tokens = placement.value(series.pointee.outputTokens).unlessNaN
        let point = estimate(placement, at: scenario.concurrency, rps: rps, tokens: tokens,
                             ttft: placement.value(series.pointee.ttft).unlessNaN, hourly: hourly, requests: requests)
        return (point, exclusion(point, range: levels[0]...levels[levels.count - 1], scenario: scenario))
    }

    /// The figures at a placement, costed at `hourly` dollars an hour.
    static func estimate(_ placement: Placement, at concurrency: Double, rps: Double, tokens: Double?, ttft: Double?,
                         hourly: Double, requests: Double) -> Estimate {
        Estimate(
            concurrency: concurrency, placement: placement, requestThroughput: rps,
            outputTokensPerS: tokens, meanTTFTms: ttft,
            workloadCost: Cost.workload(hourly: hourly, requests: requests, requestThroughput: rps),
            costPerRequest: Cost.perRequest(hourly: hourly, requestThroughput: rps),
            costPerMillionOutputTokens: tokens.map { Cost.perMillionOutputTokens(hourly: hourly, outputTokensPerS: $0) }
        )
    }

    static func meets(_ slo: Double?, _ ttft: Double?) -> Bool {
        guard let slo else { return true }
        guard let ttft else { return false }
        return ttft <= slo
    }

    private static func exclusion(_ point: Estimate, range: ClosedRange<Double>, scenario: Scenario) -> Exclusion? {
        if point.isClamped { return .noData(measured: range) }
        if let budget = scenario.budget, point.workloadCost > budget {
            return .overBudget(cost: point.workloadCost, budget: budget)
        }
        if let slo = scenario.sloTTFTms {
            guard let ttft = point.meanTTFTms else { return .noTTFT }
            if ttft > slo { return .missesSLO(ttftMs: ttft, sloMs: slo) }
        }
        return nil
    }
}
