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
        return (point, exclusion(point, range: levels[0]...levels[levels.count - 1], scenario: scenario)
                    ?? sloMiss(scenario.slos, series, at: placement))
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

    /// The first of `slos` a series misses at a placement, or has no figure for: a setup
    /// lacking the statistic is excluded with that reason, never passed.
    static func sloMiss(_ slos: [LatencySLO], _ series: UnsafePointer<Series>, at placement: Placement) -> Exclusion? {
        for slo in slos {
            guard let value = series.pointee.latency(slo.field, at: placement) else { return .noLatency(slo) }
            if value > slo.maxMs { return .missesSLO(slo, measuredMs: value) }
        }
        return nil
    }

    /// Why no measured level meets every SLO, when none does: the first SLO the series has
    /// no figure for, else the first no level meets (with its best figure), else the first
    /// the cheapest level `cheapest` misses (each is met somewhere, never all at once).
    static func sloShortfall(_ slos: [LatencySLO], _ series: UnsafePointer<Series>, cheapest: Int) -> Exclusion? {
        let levels = series.pointee.levels.indices
        for slo in slos {
            guard let best = levels.compactMap({ series.pointee.latency(slo.field, level: $0) }).min() else { return .noLatency(slo) }
            if best > slo.maxMs { return .missesSLO(slo, measuredMs: best) }
        }
        return sloMiss(slos, series, at: .measured(cheapest))
    }

    /// Why a setup's figures cannot be used, if they cannot: its hourly cost, or a cost or
    /// throughput at the chosen concurrency or at a measured level, is not a finite number
    /// above zero (a finite input can still overflow a product). `levels` is the measured
    /// levels' reason (`notComputable(levels:)`), worked out once a curve, not each step.
    static func notComputable(hourly: Double, point: Estimate, levels: Exclusion?) -> Exclusion? {
        if Checked.positive(hourly) == nil {
            return .notComputable("its hourly cost (\(Format.dollars(hourly))/h) is not a finite number above zero; check the hardware's cost inputs")
        }
        return notComputable(point) ?? levels
    }

    /// The first measured level whose figures cannot be used, and why.
    static func notComputable(levels curve: [CurvePoint]) -> Exclusion? {
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

    /// Why a point is not ranked before its latencies are checked.
    private static func exclusion(_ point: Estimate, range: ClosedRange<Double>, scenario: Scenario) -> Exclusion? {
        if point.isClamped { return .noData(measured: range) }
        if let failing = failures(point, scenario: scenario) { return failing }
        if let budget = scenario.budget, point.workloadCost > budget {
            return .overBudget(cost: point.workloadCost, budget: budget)
        }
        return nil
    }
}
