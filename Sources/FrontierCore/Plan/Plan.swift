/// What to deploy for a volume: each ranked setup at its concurrency (its best, or the
/// chosen one) sized into a fleet for the peak, costed by the month, and set against
/// hosted APIs.
///
/// ```swift
/// let analysis = Analysis(prepared, Scenario(operatingPoint: .best))
/// let plan = Plan(analysis, tokens: TokenMeans(dataset), requestsPerDay: 2e6, peak: 2, apis: presets)
/// plan.rows.first?.fleet.monthly   // the cheapest setup's month
/// ```
public struct Plan: Sendable {
    public let requestsPerDay: Double
    public let peak: Double
    public let apis: [APIPrice]
    /// One per ranked entry (within the budget, meeting the SLO), cheapest month first.
    public let rows: [PlanRow]
    /// Entries left out (their `exclusion` says why), in the analysis' order.
    public let unplanned: [Int]

    public static let defaultPeak = 2.0

    public init(_ analysis: Analysis, tokens: TokenMeans, requestsPerDay: Double, peak: Double, apis: [APIPrice]) {
        self.requestsPerDay = requestsPerDay
        self.peak = peak
        self.apis = apis
        let profiles = Dictionary(analysis.hardware.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        rows = analysis.ranking.compactMap { i -> PlanRow? in
            let entry = analysis.entries[i]
            guard let profile = profiles[entry.configuration.hardware] else { return nil }
            return PlanRow(entry: i, label: entry.label, point: entry.point, configuration: entry.configuration,
                           profile: profile, tokens: tokens.byConfiguration[entry.configuration] ?? .init(),
                           requestsPerDay: requestsPerDay, peak: peak, apis: apis)
        }.sorted { a, b in
            a.fleet.monthly != b.fleet.monthly ? a.fleet.monthly < b.fleet.monthly : a.label < b.label
        }
        unplanned = analysis.excluded
    }
}

/// One setup's fleet for the plan's volume.
public struct PlanRow: Sendable {
    public let entry: Int
    public let label: String
    public let configuration: Configuration
    public let concurrency: Double
    /// One replica's request throughput at that concurrency, req/s.
    public let requestThroughput: Double
    /// One GPU's hourly cost in the plan (`CostModel.planHourlyPerGPU`).
    public let gpuHourly: Double
    public let owned: Bool
    public let inputTokens: Double?
    /// Output tokens a request: the runs' mean, else output tok/s ÷ req/s.
    public let outputTokens: Double?
    public let fleet: Fleet
    /// One per API of the plan, in its order.
    public let vsAPI: [APIComparison]
    /// Months after which buying the fleet's GPUs beats renting them; nil without both a
    /// purchase price and a rental rate, or when renting is no dearer than running.
    public let ownVersusRentMonths: Double?

    init(entry: Int, label: String, point: Estimate, configuration: Configuration, profile: HardwareProfile,
         tokens: TokenMeans.Pair, requestsPerDay: Double, peak: Double, apis: [APIPrice]) {
        self.entry = entry
        self.label = label
        self.configuration = configuration
        concurrency = point.concurrency
        requestThroughput = point.requestThroughput
        gpuHourly = profile.cost.planHourlyPerGPU
        if case .owned(let gpu) = profile.cost {
            owned = true
            ownVersusRentMonths = profile.rentalPerGPUHour.flatMap { BreakEven.ownVersusRentMonths(gpu, rentalPerGPUHour: $0) }
        } else {
            owned = false
            ownVersusRentMonths = nil
        }
        inputTokens = tokens.input
        outputTokens = tokens.output ?? point.outputTokensPerS.map { $0 / point.requestThroughput }
        let fleet = Fleet(requestsPerDay: requestsPerDay, peak: peak, requestThroughput: point.requestThroughput,
                          gpusPerReplica: configuration.gpus, gpuHourly: gpuHourly, outputTokensPerRequest: outputTokens)
        self.fleet = fleet
        let (input, output, g, h, x) = (inputTokens, outputTokens, configuration.gpus, gpuHourly, requestThroughput)
        vsAPI = apis.map { api in
            guard let input, let output else { return APIComparison(name: api.name, costPerRequest: nil, monthly: nil, breakEvenRequestsPerDay: nil) }
            let a = api.costPerRequest(inputTokens: input, outputTokens: output)
            return APIComparison(name: api.name, costPerRequest: a, monthly: requestsPerDay * PlanCalendar.daysPerMonth * a,
                                 breakEvenRequestsPerDay: BreakEven.requestsPerDay(againstAPI: a, gpusPerReplica: g, gpuHourly: h,
                                                                                    peak: peak, requestThroughput: x))
        }
    }

    /// The same setup's fleet at another volume and peak (the plan's plot).
    public func fleet(requestsPerDay v: Double, peak k: Double) -> Fleet {
        Fleet(requestsPerDay: v, peak: k, requestThroughput: requestThroughput, gpusPerReplica: configuration.gpus,
              gpuHourly: gpuHourly, outputTokensPerRequest: outputTokens)
    }

    /// The API that costs least for this setup's requests, if any can be costed.
    public var cheapestAPI: APIComparison? {
        vsAPI.filter { $0.costPerRequest != nil }.min { $0.costPerRequest! < $1.costPerRequest! }
    }
}

/// A setup against one API at the plan's volume.
public struct APIComparison: Equatable, Sendable {
    public let name: String
    /// The API's cost of one of this setup's requests (its mean tokens); nil when the runs
    /// state no mean input or output tokens.
    public let costPerRequest: Double?
    public let monthly: Double?
    /// Nil: never at this concurrency (or not known).
    public let breakEvenRequestsPerDay: Double?
}
