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
                             ttft: placement.value(series.pointee.ttft).unlessNaN,
                             failureRate: series.pointee.failures.isEmpty ? nil : placement.value(series.pointee.failures).unlessNaN, hourly: hourly, requests: requests)
        return (point, exclusion(point, range: levels[0]...levels[levels.count - 1], scenario: scenario))
    }

    /// The figures at a placement, costed at `hourly` dollars an hour.
    static func estimate(_ placement: Placement, at concurrency: Double, rps: Double, tokens: Double?, ttft: Double?,
                         failureRate: Double?, hourly: Double, requests: Double) -> Estimate {
        Estimate(
            concurrency: concurrency, placement: placement, requestThroughput: rps,
            outputTokensPerS: tokens, meanTTFTms: ttft, failureShare: failureRate ?? .nan,
            workloadCost: Cost.workload(hourly: hourly, requests: requests, requestThroughput: rps),
            costPerRequest: Cost.perRequest(hourly: hourly, requestThroughput: rps),
            costPerMillionOutputTokens: tokens.map { Cost.perMillionOutputTokens(hourly: hourly, outputTokensPerS: $0) }
        )
    }

    /// Why a point is not ranked for its failures: more failed than the scenario accepts.
    /// A point whose runs do not count failures passes (most result files do not).
    static func failures(_ point: Estimate, scenario: Scenario) -> Exclusion? {
        guard let rate = point.failureRate, rate > scenario.maxErrorRate else { return nil }
        return .tooManyFailures(rate: rate, max: scenario.maxErrorRate)
    }

    static func meets(_ slo: Double?, _ ttft: Double?) -> Bool {
        guard let slo else { return true }
        guard let ttft else { return false }
        return ttft <= slo
    }

    /// Why a setup's figures cannot be used, if they cannot: its hourly cost, or a cost or
    /// throughput at a measured level or at the chosen concurrency, is not a finite number
    /// above zero (a finite input can still overflow a product).
    static func notComputable(hourly: Double, point: Estimate, curve: [CurvePoint]) -> Exclusion? {
        if Checked.positive(hourly) == nil {
            return .notComputable("its hourly cost (\(Format.dollars(hourly))/h) is not a finite number above zero; check the hardware's cost inputs")
        }
        // One at a time, not gathered into an array: this runs for every series on every step.
        if let reason = notComputable(point) { return reason }
        for level in curve {
            if let reason = notComputable(level.estimate) { return reason }
        }
        return nil
    }

    private static func notComputable(_ estimate: Estimate) -> Exclusion? {
        // Written only when needed: a setup that can be costed costs no string.
        func at() -> String { "at concurrency \(Format.concurrency(estimate.concurrency))" }
        if Checked.positive(estimate.requestThroughput) == nil {
            return .notComputable("its request throughput \(at()) is not a finite number above zero")
        }
        if Checked.positive(estimate.workloadCost) == nil || Checked.positive(estimate.costPerRequest) == nil {
            return .notComputable("its cost \(at()) is too large to be a number")
        }
        if let perMillion = estimate.costPerMillionOutputTokens, Checked.positive(perMillion) == nil {
            return .notComputable("its cost per output token \(at()) is not a finite number (output tokens/s too small or too large)")
        }
        if let ttft = estimate.meanTTFTms, !ttft.isFinite {
            return .notComputable("its TTFT \(at()) is not a finite number")
        }
        return nil
    }

    private static func exclusion(_ point: Estimate, range: ClosedRange<Double>, scenario: Scenario) -> Exclusion? {
        if point.isClamped { return .noData(measured: range) }
        if let failing = failures(point, scenario: scenario) { return failing }
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
