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
        var sloTTFTms: UInt64?
        var zoneTolerance: UInt64

        init(requests: Int, metric: String?, profiles: [HardwareProfile], sloTTFTms: Double?, zoneTolerance: Double) {
            self.requests = requests
            self.metric = metric
            hourly = profiles.flatMap { profile in
                let gpu = profile.cost.perGPUHour
                return [gpu.depreciation, gpu.power, gpu.maintenance, gpu.rental].map(\.bitPattern)
            }
            self.sloTTFTms = sloTTFTms?.bitPattern
            self.zoneTolerance = zoneTolerance.bitPattern
        }
    }

    let key: Key
    let quality: [Double?]
    let hourly: [HourlyCost]
    let curves: [[CurvePoint]]
    let zones: [Zone?]
    let marginalCostDiminishes: [Bool?]
    /// The frontier over every measured configuration and level, in ascending cost.
    let globalFrontier: [LevelPoint]

    /// The curves of `prepared` costed on `profiles` (the dataset's hardware profiles,
    /// overrides applied) under the scenario's workload, SLO and zone tolerance; `key`
    /// is what these make.
    init(_ prepared: PreparedDataset, key: Key, profiles: [HardwareProfile], requests: Int, metric: String?,
         sloTTFTms: Double?, zoneTolerance: Double) {
        self.key = key
        let dataset = prepared.dataset
        let byModel = dataset.models.map { model in metric.flatMap { model.quality[$0] } }
        let requests = Double(requests)
        let count = prepared.series.count
        var quality: [Double?] = [], hourly: [HourlyCost] = [], curves: [[CurvePoint]] = []
        var zones: [Zone?] = [], diminishes: [Bool?] = []
        quality.reserveCapacity(count)
        hourly.reserveCapacity(count)
        curves.reserveCapacity(count)
        zones.reserveCapacity(count)
        diminishes.reserveCapacity(count)
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
                                       requests: requests, sloTTFTms: sloTTFTms, tolerance: zoneTolerance)
                curves.append(curve.points)
                zones.append(curve.zone)
                diminishes.append(curve.marginalCostDiminishes)
                cheapest.append(curve.cheapest)
            }
        }
        self.quality = quality
        self.hourly = hourly
        self.curves = curves
        self.zones = zones
        marginalCostDiminishes = diminishes
        globalFrontier = Self.frontierOfAllLevels(quality: quality, curves: curves, cheapest: cheapest)
    }

    /// One series' figures at each measured level, with its zone, whether marginal cost
    /// diminishes, and its least cost (NaN aside).
    ///
    /// This allocates nothing but the curve: the marginal savings, the zone and the
    /// diminishing test are worked out in the same loop, exactly as
    /// `Principles.marginalSavings`, `Principles.optimalZone` and
    /// `Principles.marginalCostDiminishes` define them (those stay the definitions). The
    /// series is read in place through a pointer, never copied.
    static func curve(_ series: UnsafePointer<Series>, elasticities: ArraySlice<Double>, hourly: Double,
                      requests: Double, sloTTFTms: Double?, tolerance: Double)
        -> (points: [CurvePoint], zone: Zone?, marginalCostDiminishes: Bool?, cheapest: Cheapest) {
        let levels = series.pointee.levels, rps = series.pointee.requestThroughput
        let tokens = series.pointee.outputTokensPerS, ttft = series.pointee.meanTTFTms
        let estimated = series.pointee.estimated
        let n = levels.count
        var minimum: Double? = nil              // least cost over the levels that meet the SLO
        var cheapest = Double.infinity          // least cost over all levels, NaN aside
        var cheapestLevel = 0, atCheapest = 0, anyNaN = false
        var diminishes = true                   // each saving no larger than the one before
        var previousCost = 0.0, previousSaving = 0.0
        let curve = [CurvePoint](unsafeUninitializedCapacity: n) { buffer, initialized in
            for i in 0..<n {
                let estimate = Draft.estimate(.measured(i), at: levels[i], rps: rps[i], tokens: tokens[i], ttft: ttft[i],
                                              hourly: hourly, requests: requests)
                let cost = estimate.workloadCost
                let saving: Double? = i == 0 ? nil : previousCost - cost
                if let saving {
                    if i >= 2 && !(saving <= previousSaving + 1e-9 * max(abs(previousSaving), abs(saving))) {
                        diminishes = false
                    }
                    previousSaving = saving
                }
                previousCost = cost
                let meets = Draft.meets(sloTTFTms, ttft[i])
                if meets, minimum == nil || cost < minimum! { minimum = cost }
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
                    estimate: estimate, marginalSaving: saving, elasticity: elasticity, meetsSLO: meets,
                    concurrencyEstimated: estimated[i]))
                initialized = i + 1
            }
        }
        let least = Cheapest(cost: cheapest, only: atCheapest == 1 && !anyNaN ? levels[cheapestLevel] : nil)
        return (curve, zone(curve, minimum: minimum, tolerance: tolerance), n >= 3 ? diminishes : nil, least)
    }

    /// `Principles.optimalZone` over the curve, given the least cost of the levels that
    /// meet the SLO: the first and last such level within the tolerance of it, and the
    /// first at it. Costs no comparison can place (NaN) are left to the definition itself.
    private static func zone(_ curve: [CurvePoint], minimum: Double?, tolerance: Double) -> Zone? {
        guard let minimum else { return nil }
        var low: Int? = nil, high: Int? = nil, cheapest: Int? = nil
        for (i, point) in curve.enumerated() where point.meetsSLO {
            let cost = point.estimate.workloadCost
            if cost <= minimum * (1 + tolerance) {
                if low == nil { low = i }
                high = i
            }
            if cheapest == nil && cost == minimum { cheapest = i }
        }
        guard let low, let high, let cheapest else {
            return Principles.optimalZone(levels: curve.map(\.concurrency), costs: curve.map(\.estimate.workloadCost),
                                          meetsSLO: curve.map(\.meetsSLO), tolerance: tolerance)
        }
        return Zone(low: curve[low].concurrency, high: curve[high].concurrency, cheapest: curve[cheapest].concurrency)
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
