import Synchronization

/// The part of an analysis that the concurrency, the budget and the sort key do not
/// change: per series its quality, hourly cost, curve, zone and whether marginal cost
/// diminishes, and the frontier over every level. It depends only on what `Key` holds,
/// so a slider step that moves the concurrency or the budget reuses it (see
/// `CurvesCache`) and only works out the figures at the new concurrency, the frontier
/// there and the ranking.
struct Curves: Sendable {
    /// Everything the curves depend on. Figures are compared bit for bit, so that a key
    /// matches only inputs that give the very same curves (−0 is not +0 here).
    struct Key: Equatable, Sendable {
        var requests: Int
        var metric: String?
        /// Per hardware profile of the dataset, overrides applied: the dollars per GPU-hour
        /// of each cost component.
        var hourly: [UInt64]
        /// Per SLO: its field and its limit.
        var slos: [UInt64]
        var zoneTolerance: UInt64

        init(requests: Int, metric: String?, profiles: [HardwareProfile], slos: [LatencySLO], zoneTolerance: Double) {
            self.requests = requests
            self.metric = metric
            hourly = profiles.flatMap { profile in
                let gpu = profile.cost.perGPUHour
                return [gpu.depreciation, gpu.power, gpu.maintenance, gpu.rental].map(\.bitPattern)
            }
            self.slos = slos.flatMap { [UInt64($0.field.rawValue), $0.maxMs.bitPattern] }
            self.zoneTolerance = zoneTolerance.bitPattern
        }
    }

    let key: Key
    let quality: [Double?]
    let hourly: [HourlyCost]
    let curves: [[CurvePoint]]
    let zones: [Zone?]
    /// Per series, why no level meets the SLOs when none does (`Draft.sloShortfall`).
    let sloShortfalls: [Exclusion?]
    let marginalCostDiminishes: [Bool?]
    /// Per series, the least and the most workload cost over its levels (NaN aside): what
    /// the budget slider's span and the plot's axis read, instead of every level's point.
    let costSpans: [CostSpan]
    /// Per series, why a measured level's figures cannot be used, if one's cannot
    /// (`Draft.notComputable(levels:)`): the concurrency does not change it.
    let levelsNotComputable: [Exclusion?]
    /// Every series in the ranking's order by quality (`Analysis.ranksBefore`), which the
    /// concurrency and the budget do not change; nil when the curves were first worked out
    /// for another sort key (then the analysis sorts).
    let byQuality: [Int]?
    /// The frontier over every measured configuration and level, in ascending cost.
    let globalFrontier: [LevelPoint]

    /// The curves of `prepared` costed on `profiles` (the dataset's hardware profiles,
    /// overrides applied) under the scenario's workload, SLO and zone tolerance; `key`
    /// is what these make.
    init(_ prepared: PreparedDataset, key: Key, profiles: [HardwareProfile], requests: Int, metric: String?,
         slos: [LatencySLO], zoneTolerance: Double, rankingByQuality: Bool) {
        self.key = key
        let dataset = prepared.dataset
        let byModel = dataset.models.map { model in metric.flatMap { model.quality[$0] } }
        let requests = Double(requests)
        let count = prepared.series.count
        var quality: [Double?] = [], hourly: [HourlyCost] = [], curves: [[CurvePoint]] = []
        var zones: [Zone?] = [], diminishes: [Bool?] = [], shortfalls: [Exclusion?] = [], spans: [CostSpan] = []
        var unusable: [Exclusion?] = []
        quality.reserveCapacity(count)
        hourly.reserveCapacity(count)
        curves.reserveCapacity(count)
        zones.reserveCapacity(count)
        diminishes.reserveCapacity(count)
        shortfalls.reserveCapacity(count)
        spans.reserveCapacity(count)
        unusable.reserveCapacity(count)
        var cheapest: [Cheapest] = []   // per series, for the frontier over all levels
        cheapest.reserveCapacity(count)
        prepared.series.withUnsafeBufferPointer { series in
            for s in series.indices {
                let one = series.baseAddress! + s
                // By position, not by name: the prepared dataset knows each series' model
                // and profile (the first of each name), so no string is hashed here.
                let model = prepared.modelIndex[s]
                quality.append(model < 0 ? nil : byModel[Int(model)])
                let cost = profiles[one.pointee.hardwareIndex].hourlyCost(gpus: one.pointee.configuration.gpus)
                hourly.append(cost)
                let curve = Self.curve(one, elasticities: prepared.elasticities(series: s), hourly: cost.total,
                                       requests: requests, slos: slos, tolerance: zoneTolerance)
                curves.append(curve.points)
                zones.append(curve.zone)
                shortfalls.append(curve.zone == nil && !slos.isEmpty
                                  ? Draft.sloShortfall(slos, one, cheapest: curve.cheapestIndex) : nil)
                diminishes.append(curve.marginalCostDiminishes)
                cheapest.append(curve.cheapest)
                spans.append(CostSpan(low: curve.cheapest.cost, high: curve.costliest))
                unusable.append(Draft.notComputable(levels: curve.points))
            }
        }
        self.quality = quality
        self.hourly = hourly
        self.curves = curves
        self.zones = zones
        sloShortfalls = shortfalls
        marginalCostDiminishes = diminishes
        costSpans = spans
        levelsNotComputable = unusable
        if rankingByQuality {
            var keys = quality.indices.map { Analysis.RankKey($0, quality: quality[$0], labelRank: prepared.labelRank[$0]) }
            keys.sort { Analysis.ranksBefore($0, $1) }
            byQuality = keys.map(\.index)
        } else {
            byQuality = nil
        }
        globalFrontier = Self.frontierOfAllLevels(quality: quality, curves: curves, cheapest: cheapest)
    }

    /// One series' figures at each measured level, with its zone, whether marginal cost
    /// diminishes, and its least cost (NaN aside). One pass that allocates only the curve;
    /// the principles come from `Principles`. The series is read in place, never copied.
    static func curve(_ series: UnsafePointer<Series>, elasticities: ArraySlice<Double>, hourly: Double,
                      requests: Double, slos: [LatencySLO], tolerance: Double)
        -> (points: [CurvePoint], zone: Zone?, marginalCostDiminishes: Bool?, cheapest: Cheapest, cheapestIndex: Int, costliest: Double) {
        let levels = series.pointee.levels, rps = series.pointee.requestThroughput
        let tokens = series.pointee.outputTokens, ttft = series.pointee.ttft, failures = series.pointee.failures
        let estimated = series.pointee.estimated
        let n = levels.count
        var cheapest = Double.infinity          // least cost over all levels, NaN aside
        var costliest = -Double.infinity        // the most, NaN aside
        var cheapestLevel = 0, atCheapest = 0, anyNaN = false
        var diminishes = true
        var previousSaving: Double? = nil
        let curve = [CurvePoint](unsafeUninitializedCapacity: n) { buffer, initialized in
            for i in 0..<n {
                let estimate = Draft.estimate(.measured(i), at: levels[i], rps: rps[i], tokens: tokens[i].unlessNaN, ttft: ttft[i].unlessNaN,
                                              failureRate: failures.isEmpty ? nil : failures[i].unlessNaN, hourly: hourly, requests: requests)
                let cost = estimate.workloadCost
                var saving: Double? = nil
                if i > 0 {
                    let step = Principles.marginalSaving(from: buffer[i - 1].estimate.workloadCost, to: cost)
                    if let previousSaving, !Principles.savingShrinks(from: previousSaving, to: step) { diminishes = false }
                    previousSaving = step
                    saving = step
                }
                if cost > costliest { costliest = cost }
                if cost < cheapest {
                    (cheapest, cheapestLevel, atCheapest) = (cost, i, 1)
                } else if cost == cheapest {     // a tie, or +∞ before anything cheaper
                    if atCheapest == 0 { cheapestLevel = i }
                    atCheapest += 1
                } else if cost.isNaN {
                    anyNaN = true
                }
                let elasticity: Double? = i == 0 ? nil : elasticities[elasticities.startIndex + i - 1]
                (buffer.baseAddress! + i).initialize(to: CurvePoint(
                    estimate: estimate, marginalSaving: saving, elasticity: elasticity,
                    meetsSLO: slos.isEmpty || Draft.sloMiss(slos, series, at: .measured(i)) == nil,
                    concurrencyEstimated: estimated[i]))
                initialized = i + 1
            }
        }
        // The zone reads a compact copy of (level, cost, meets SLO) on the stack: walking
        // the 136-byte curve points twice costs more than the copy.
        let zone = withUnsafeTemporaryAllocation(of: (level: Double, cost: Double, meetsSLO: Bool).self, capacity: n) { points in
            for (i, point) in curve.enumerated() {
                points.initializeElement(at: i, to: (point.concurrency, point.estimate.workloadCost, point.meetsSLO))
            }
            return Principles.optimalZone(points, tolerance: tolerance)
        }
        let least = Cheapest(cost: cheapest, only: atCheapest == 1 && !anyNaN ? levels[cheapestLevel] : nil)
        return (curve, zone, n >= 3 ? diminishes : nil, least, cheapestLevel, costliest)
    }

    /// Within a configuration every level has the same quality, so only its cheapest
    /// level (or levels, at equal cost) can be on the frontier: any dearer level is
    /// dominated by it. The rest are left out before the frontier is computed, which
    /// gives the same frontier from a fraction of the points.
    private static func frontierOfAllLevels(quality: [Double?], curves: [[CurvePoint]],
                                            cheapest: [Cheapest]) -> [LevelPoint] {
        var points: [LevelPoint] = []
        points.reserveCapacity(curves.count)
        for i in curves.indices {
            guard let quality = quality[i] else { continue }
            if let level = cheapest[i].only {
                points.append(LevelPoint(entry: i, concurrency: level, workloadCost: cheapest[i].cost, quality: quality))
                continue
            }
            for point in curves[i] where !(point.estimate.workloadCost > cheapest[i].cost) {
                points.append(LevelPoint(entry: i, concurrency: point.concurrency,
                                         workloadCost: point.estimate.workloadCost, quality: quality))
            }
        }
        let onFrontier = Frontier.indices(costs: points.map(\.workloadCost), qualities: points.map(\.quality))
        return onFrontier.map { points[$0] }
    }
}

/// The least and the most workload cost over a series' levels, NaN aside (+∞ and −∞
/// for none).
public struct CostSpan: Equatable, Sendable {
    public let low: Double
    public let high: Double
}

/// A series' least cost over its levels (NaN aside) and, when exactly one level has it
/// and no cost is NaN, that level's concurrency.
struct Cheapest {
    let cost: Double
    let only: Double?
}

/// The last `Curves` worked out for a prepared dataset, shared by its copies and safe
/// to use from any thread. One is enough: slider steps come one after another.
final class CurvesCache: Sendable {
    private let last = Mutex<Curves?>(nil)

    init() {}

    /// The curves for `key`: the last ones if they were for the same key, else `compute()`.
    func curves(for key: Curves.Key, _ compute: () -> Curves) -> Curves {
        if let hit = last.withLock({ $0 }), hit.key == key { return hit }
        let fresh = compute()
        last.withLock { $0 = fresh }
        return fresh
    }
}
