/// An entry while it is being computed: the per-series part first, then frontier and rank.
struct Draft {
    let configuration: Configuration
    let label: String
    let quality: Double?
    let hourly: HourlyCost
    let point: Estimate
    let curve: [CurvePoint]
    let zone: Zone?
    let marginalCostDiminishes: Bool?
    let saturation: Double?
    let exclusion: Exclusion?
    var onFrontier = false
    var efficiency: Double?
    var gap: FrontierGap?
    var rank: Int?

    init(series: Series, profile: HardwareProfile, quality: Double?, requests: Double, scenario: Scenario, mixed: Bool) {
        configuration = series.configuration
        label = mixed ? "\(series.configuration.model) · \(series.configuration.hardwareLabel)" : series.configuration.model
        self.quality = quality
        let hourly = profile.hourlyCost(gpus: series.configuration.gpus)
        self.hourly = hourly

        func estimate(_ placement: Placement, at concurrency: Double) -> Estimate {
            let rps = placement.value(series.requestThroughput)
            let tokens = placement.value(series.outputTokensPerS)
            return Estimate(
                concurrency: concurrency, placement: placement, requestThroughput: rps,
                outputTokensPerS: tokens, meanTTFTms: placement.value(series.meanTTFTms),
                workloadCost: Cost.workload(hourly: hourly.total, requests: requests, requestThroughput: rps),
                costPerRequest: Cost.perRequest(hourly: hourly.total, requestThroughput: rps),
                costPerMillionOutputTokens: tokens.map { Cost.perMillionOutputTokens(hourly: hourly.total, outputTokensPerS: $0) }
            )
        }

        let estimates = series.levels.indices.map { estimate(.measured($0), at: series.levels[$0]) }
        let costs = estimates.map(\.workloadCost)
        let savings = Principles.marginalSavings(costs: costs)
        let elasticities = Principles.elasticities(levels: series.levels, throughputs: series.requestThroughput)
        let meetsSLO = estimates.map { Self.meets(scenario.sloTTFTms, $0.meanTTFTms) }
        curve = estimates.indices.map {
            CurvePoint(estimate: estimates[$0], marginalSaving: savings[$0], elasticity: elasticities[$0],
                       meetsSLO: meetsSLO[$0], concurrencyEstimated: series.estimated[$0])
        }
        zone = Principles.optimalZone(levels: series.levels, costs: costs, meetsSLO: meetsSLO,
                                      tolerance: scenario.zoneTolerance)
        marginalCostDiminishes = Principles.marginalCostDiminishes(savings: savings)
        saturation = Principles.saturationLevel(levels: series.levels, elasticities: elasticities)

        let point = estimate(Placement(scenario.concurrency, in: series.levels), at: scenario.concurrency)
        self.point = point
        exclusion = Self.exclusion(point, range: series.levels.first!...series.levels.last!, scenario: scenario)
    }

    private static func meets(_ slo: Double?, _ ttft: Double?) -> Bool {
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

    var qualityPerDollar: Double? { quality.map { $0 / point.workloadCost } }

    var entry: Entry {
        Entry(configuration: configuration, label: label, quality: quality, hourly: hourly, point: point,
              curve: curve, zone: zone, marginalCostDiminishes: marginalCostDiminishes, saturation: saturation,
              onFrontier: onFrontier, efficiency: efficiency, gap: gap, rank: rank, exclusion: exclusion)
    }
}
