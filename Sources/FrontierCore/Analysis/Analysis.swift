/// Everything shown for a scenario: per configuration its figures at the chosen
/// concurrency, its curve, zone, frontier membership and rank.
///
/// ```swift
/// let prepared = PreparedDataset(dataset)
/// let analysis = Analysis(prepared, Scenario(concurrency: 16, budget: 1.0))
/// for i in analysis.ranking { print(analysis.entries[i].label) }
/// ```
public struct Analysis: Sendable {
    public let scenario: Scenario
    /// Requests in the workload the costs refer to.
    public let requests: Int
    /// The quality metric in use; nil when the dataset has no quality scores.
    public let metric: String?
    /// The hardware profiles in use, with the scenario's cost overrides applied.
    public let hardware: [HardwareProfile]
    /// One per configuration, in configuration order.
    public internal(set) var entries: [Entry]
    /// Entries on the frontier at the chosen concurrency, in ascending cost.
    public let frontier: [Int]
    /// Entries that meet the budget and SLO, best first by the sort key.
    public let ranking: [Int]
    /// Entries left out of the ranking, each with its `exclusion`.
    public let excluded: [Int]
    /// The frontier over every measured configuration and level, in ascending cost.
    public let globalFrontier: [LevelPoint]
    /// The workload shape compared (`PreparedDataset.comparing`); nil for all of them.
    public let shape: WorkloadShape?
    /// The shapes of the whole dataset, to find a run's setup (`Configuration.holds`).
    public let shapes: WorkloadShapes
    /// The most characters of any entry's label (`PreparedDataset.longestLabel`).
    public let longestLabel: Int
    /// Per entry, the least and the most workload cost over its curve: the same as reading
    /// each level's point, without walking a million of them on each step.
    public let costSpans: [CostSpan]
    /// The curves the entries were made on, for `reanalyse` to tell whether only their
    /// figures at the operating point change.
    let curvesOrigin: CurvesOrigin
}

/// Which curves an analysis' entries carry: the cache (held, so that no other can take its
/// place) and the key of the curves it held.
struct CurvesOrigin: Sendable {
    let cache: CurvesCache
    let key: Curves.Key
}

/// One configuration under the scenario.
public struct Entry: Sendable {
    public let configuration: Configuration
    /// The model's name, with the hardware when the dataset mixes setups.
    public let label: String
    public let quality: Double?
    public let hourly: HourlyCost
    /// The figures at the chosen concurrency. It, `onFrontier`, `efficiency`, `gap`,
    /// `rank` and `exclusion` change with the operating point: `Analysis.reanalyse`
    /// writes them in place.
    public internal(set) var point: Estimate
    /// The figures at each measured level, with the step-to-step principles.
    public let curve: [CurvePoint]
    public let zone: Zone?
    /// Why no measured level meets the SLOs, when none does.
    public let sloShortfall: Exclusion?
    /// Whether each step up in concurrency saved less than the one before; nil with
    /// fewer than two steps.
    public let marginalCostDiminishes: Bool?
    /// The level past which more concurrency adds next to no throughput.
    public let saturation: Double?
    public internal(set) var onFrontier: Bool
    /// Quality per dollar relative to the best at this concurrency (1 = best).
    public internal(set) var efficiency: Double?
    /// Distance to the frontier; nil on it or when not comparable.
    public internal(set) var gap: FrontierGap?
    /// 1-based rank; nil when excluded.
    public internal(set) var rank: Int?
    public internal(set) var exclusion: Exclusion?

    /// Whether its figures can be drawn and compared: finite, with cost and throughput above zero.
    public var isComputable: Bool {
        if case .notComputable? = exclusion { return false }
        return true
    }

    public var measuredRange: ClosedRange<Double> { curve.first!.concurrency...curve.last!.concurrency }

    /// What to say instead of the principles when the setup was measured at one level
    /// only: one point is no curve, so no saving, elasticity or zone can be read from it.
    public var singleLevelNote: String? {
        curve.count == 1 ? "measured at c=\(Format.concurrency(curve[0].concurrency)) only: no curve" : nil
    }
}

/// The figures of one configuration at one concurrency.
public struct Estimate: Equatable, Sendable {
    public let concurrency: Double
    public let placement: Placement
    public let requestThroughput: Double
    public let outputTokensPerS: Double?
    public let meanTTFTms: Double?
    /// Share of the requests that failed (0–1), NaN where the runs do not say: 8 bytes,
    /// not an optional's 16, in each of a million curve points. Read it as `failureRate`.
    let failureShare: Double
    public let workloadCost: Double
    public let costPerRequest: Double
    public let costPerMillionOutputTokens: Double?

    /// Share of the requests that failed (0–1); nil where the runs do not say. Costs
    /// count successful requests only: the throughput is of those.
    public var failureRate: Double? { failureShare.unlessNaN }

    /// Field by field, an unknown failure rate equal to an unknown one (NaN is not).
    public static func == (a: Estimate, b: Estimate) -> Bool {
        a.concurrency == b.concurrency && a.placement == b.placement && a.requestThroughput == b.requestThroughput
            && a.outputTokensPerS == b.outputTokensPerS && a.meanTTFTms == b.meanTTFTms && a.failureRate == b.failureRate
            && a.workloadCost == b.workloadCost && a.costPerRequest == b.costPerRequest
            && a.costPerMillionOutputTokens == b.costPerMillionOutputTokens
    }

    /// Outside the measured range: the nearest level's figures, not this concurrency's.
    public var isClamped: Bool { placement.isClamped }
}

/// One measured level of a configuration's curve.
public struct CurvePoint: Equatable, Sendable {
    public let estimate: Estimate
    /// Saving in the workload's cost from the previous level (positive = cheaper).
    public let marginalSaving: Double?
    /// Elasticity of request throughput to concurrency from the previous level.
    public let elasticity: Double?
    public let meetsSLO: Bool
    /// The concurrency was estimated (Little's law), not set by the benchmark.
    public let concurrencyEstimated: Bool

    public var concurrency: Double { estimate.concurrency }
}

/// One configuration at one measured level: a point of the all-configurations frontier.
public struct LevelPoint: Equatable, Sendable {
    public let entry: Int
    public let concurrency: Double
    public let workloadCost: Double
    public let quality: Double
}

/// Why a configuration is not ranked.
public enum Exclusion: Equatable, Sendable, CustomStringConvertible {
    case noData(measured: ClosedRange<Double>)
    case overBudget(cost: Double, budget: Double)
    /// A latency statistic above its SLO, by how much was measured.
    case missesSLO(LatencySLO, measuredMs: Double)
    /// The data has no figure for the statistic an SLO limits.
    case noLatency(LatencySLO)
    /// More of its requests failed than the scenario accepts.
    case tooManyFailures(rate: Double, max: Double)
    /// Its cost or throughput is not a finite number above zero (an input so extreme that
    /// a product overflows): shown nowhere, ranked nowhere, named with the reason.
    case notComputable(String)

    public var description: String {
        switch self {
        case .noData(let range):
            "no data at this concurrency (measured \(Format.concurrency(range.lowerBound))–\(Format.concurrency(range.upperBound)))"
        case .overBudget(let cost, let budget):
            "over budget (\(Format.dollars(cost)) > \(Format.dollars(budget)))"
        case .missesSLO(let slo, let measured):
            "misses \(slo.name) SLO (\(Format.milliseconds(measured)) > \(Format.milliseconds(slo.maxMs)))"
        case .noLatency(let slo):
            "no \(slo.name) in the data to check the SLO"
        case .tooManyFailures(let rate, let max):
            "\(FailureRate.text(rate)) of requests failed (more than the \(FailureRate.text(max)) accepted)"
        case .notComputable(let reason):
            "cannot be costed: \(reason)"
        }
    }

    /// A short form for narrow tables.
    public var short: String {
        switch self {
        case .noData: "no data"
        case .overBudget: "over budget"
        case .missesSLO: "misses SLO"
        case .noLatency(let slo): "no \(slo.metric.title)"
        case .tooManyFailures(let rate, _): "\(FailureRate.text(rate)) failed"
        case .notComputable: "no figures"
        }
    }
}

extension Analysis {
    /// The index of the entry of `configuration`, nil for none. Entries are in series order,
    /// ascending by configuration, so it is found by halving among a hundred thousand
    /// rather than by comparing each; a search that misses (an order that does not tell
    /// two configurations apart) looks through them all.
    public func entryIndex(of configuration: Configuration) -> Int? {
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].configuration < configuration { low = middle + 1 } else { high = middle }
        }
        if low < entries.count && entries[low].configuration == configuration { return low }
        return entries.firstIndex { $0.configuration == configuration }
    }
}
