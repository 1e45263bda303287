extension Analysis {
    /// Analyses a prepared dataset under a scenario. Pure and cheap: arithmetic over the
    /// series plus two sorts, so it runs on every slider step.
    ///
    /// What the concurrency, budget and sort key do not change (curves, zones, the
    /// frontier over all levels) is reused from the previous analysis of the same
    /// prepared dataset when the rest of the scenario is the same (`Curves`,
    /// `CurvesCache`); the result is the same either way.
    public init(_ prepared: PreparedDataset, _ scenario: Scenario) {
        self.init(prepared, scenario, recycling: [], of: nil)
    }

    /// Becomes the analysis of `scenario` over `prepared`, made in the storage of this
    /// one's entries: a slider step on a million runs frees some 60 MB of entries and asks
    /// for as much again, which the allocator maps afresh, every page faulted and zeroed.
    /// On the same curves (a concurrency, budget or sort step), only each entry's figures
    /// at the operating point are written: its name and curve stay, not retained and
    /// released again for each of 125,000 entries. The result is the same as
    /// `Analysis(prepared, scenario)`.
    public mutating func reanalyse(_ prepared: PreparedDataset, _ scenario: Scenario) {
        var spare: [Entry] = []
        swap(&spare, &entries)
        self = Analysis(prepared, scenario, recycling: spare, of: curvesOrigin)
    }

    /// `spare`: the entries of an analysis made on the curves `origin` names.
    private init(_ prepared: PreparedDataset, _ scenario: Scenario, recycling spare: consuming [Entry], of origin: CurvesOrigin?) {
        let (shared, requests, metric, profileAt) = Self.curves(prepared, scenario)
        let quality = shared.quality
        let n = prepared.series.count

        // Each configuration at the chosen concurrency, or at its best level.
        var points: [Estimate] = [], exclusions: [Exclusion?] = []
        points.reserveCapacity(n)
        exclusions.reserveCapacity(n)
        prepared.series.withUnsafeBufferPointer { series in
            for s in 0..<n {
                let (point, exclusion) = scenario.operatingPoint == .best
                    ? Draft.best(shared.curves[s], zone: shared.zones[s], sloShortfall: shared.sloShortfalls[s], scenario: scenario)
                    : Draft.point(series.baseAddress! + s, scenario: scenario,
                                  hourly: shared.hourly[s].total, requests: Double(requests))
                points.append(point)
                exclusions.append(Draft.notComputable(hourly: shared.hourly[s].total, point: point, levels: shared.levelsNotComputable[s])
                                  ?? exclusion)
            }
        }

        // Frontier at the chosen concurrency: configurations with data there and a score.
        var comparable: [Int] = [], costs: [Double] = [], qualities: [Double] = []
        for s in 0..<n where !points[s].isClamped {
            if case .notComputable? = exclusions[s] { continue }
            guard let q = quality[s] else { continue }
            comparable.append(s)
            costs.append(points[s].workloadCost)
            qualities.append(q)
        }
        let onFrontier = Frontier.indices(costs: costs, qualities: qualities)
        var isOnFrontier = [Bool](repeating: false, count: comparable.count)   // by position in `comparable`
        var entryOnFrontier = [Bool](repeating: false, count: n)                // by series
        for k in onFrontier {
            isOnFrontier[k] = true
            entryOnFrontier[comparable[k]] = true
        }
        let bestValue = comparable.indices.map { qualities[$0] / costs[$0] }.max()
        var efficiency = [Double?](repeating: nil, count: n), gap = [FrontierGap?](repeating: nil, count: n)
        for (k, s) in comparable.enumerated() {
            efficiency[s] = bestValue.map { qualities[k] / costs[k] / $0 }
            if !isOnFrontier[k] {
                gap[s] = Frontier.gap(cost: costs[k], quality: qualities[k], frontier: onFrontier,
                                      costs: costs, qualities: qualities)
            }
        }

        // Ranking: sorted by compact keys (see `ranksBefore`); by quality, which no step
        // changes, the curves' order of every series with the excluded left out: a stable
        // order keeps any subset's order.
        let ranking: [Int]
        if scenario.sortKey == .quality, let order = shared.byQuality {
            ranking = order.filter { exclusions[$0] == nil }
        } else {
            var keys: [RankKey] = []
            for s in 0..<n where exclusions[s] == nil {
                keys.append(RankKey(s, quality: quality[s], point: points[s], labelRank: prepared.labelRank[s],
                                    by: scenario.sortKey))
            }
            keys.sort { Self.ranksBefore($0, $1) }
            ranking = keys.map(\.index)
        }
        var rank = [Int?](repeating: nil, count: n)
        for (position, s) in ranking.enumerated() { rank[s] = position + 1 }

        var entries = spare
        // The same cache holds the same series; the same key, the same curves.
        if let origin, origin.cache === prepared.curvesCache, origin.key == shared.key, entries.count == n {
            entries.withUnsafeMutableBufferPointer { entries in
                for s in 0..<n {
                    entries[s].point = points[s]
                    entries[s].onFrontier = entryOnFrontier[s]
                    entries[s].efficiency = efficiency[s]
                    entries[s].gap = gap[s]
                    entries[s].rank = rank[s]
                    entries[s].exclusion = exclusions[s]
                }
            }
        } else {
            entries.removeAll(keepingCapacity: true)
            entries.reserveCapacity(n)
            prepared.series.withUnsafeBufferPointer { series in
                for s in 0..<n {
                    entries.append(Entry(
                        configuration: (series.baseAddress! + s).pointee.configuration, label: prepared.labels[s],
                        quality: quality[s], hourly: shared.hourly[s], point: points[s], curve: shared.curves[s],
                        zone: shared.zones[s], sloShortfall: shared.sloShortfalls[s], marginalCostDiminishes: shared.marginalCostDiminishes[s],
                        saturation: prepared.saturation[s], onFrontier: entryOnFrontier[s], efficiency: efficiency[s],
                        gap: gap[s], rank: rank[s], exclusion: exclusions[s]))
                }
            }
        }

        self.scenario = scenario
        self.requests = requests
        self.metric = metric
        self.hardware = profileAt
        self.entries = entries
        self.frontier = onFrontier.map { comparable[$0] }
        self.ranking = ranking
        self.excluded = (0..<n).filter { exclusions[$0] != nil }
        self.globalFrontier = shared.globalFrontier
        self.shape = prepared.shape
        self.shapes = prepared.shapes
        longestLabel = prepared.longestLabel
        costSpans = shared.costSpans
        curvesOrigin = CurvesOrigin(cache: prepared.curvesCache, key: shared.key)
    }

    /// The curves of `scenario` over `prepared` (the last ones when the key is the same),
    /// with the workload size, the metric and the profiles (overrides applied) they are of.
    static func curves(_ prepared: PreparedDataset, _ scenario: Scenario)
        -> (curves: Curves, requests: Int, metric: String?, profiles: [HardwareProfile]) {
        let dataset = prepared.dataset
        let requests = scenario.requests ?? dataset.workload.requests
        let metric = scenario.metric ?? prepared.defaultMetric
        let profiles = Self.applying(scenario, to: dataset.hardware)
        let profileAt = dataset.hardware.map { profiles[$0.name] ?? $0 }
        let key = Curves.Key(requests: requests, metric: metric, profiles: profileAt,
                             slos: scenario.slos, zoneTolerance: scenario.zoneTolerance)
        let curves = prepared.curvesCache.curves(for: key) {
            Curves(prepared, key: key, profiles: profileAt, requests: requests, metric: metric,
                   slos: scenario.slos, zoneTolerance: scenario.zoneTolerance, rankingByQuality: scenario.sortKey == .quality)
        }
        return (curves, requests, metric, profileAt)
    }

    /// Convenience for one-off analyses; dashboards keep the `PreparedDataset`.
    public init(_ dataset: Dataset, _ scenario: Scenario) {
        self.init(PreparedDataset(dataset), scenario)
    }

    private static func applying(_ scenario: Scenario, to hardware: [HardwareProfile]) -> [String: HardwareProfile] {
        var profiles: [String: HardwareProfile] = [:]
        for profile in hardware where profiles[profile.name] == nil {
            profiles[profile.name] = scenario.profile(profile)
        }
        return profiles
    }

    /// What an entry is ranked by under a sort key: a first figure, a second for ties
    /// (nil for keys without one), the direction, and where its label falls among the
    /// labels (`PreparedDataset.labelRank`). Sorting these small values rather than
    /// entries, and comparing label ranks rather than strings, keeps a slider step on
    /// 10,000 configurations cheap.
    struct RankKey {
        let index: Int
        let first: Double?
        let second: Double?
        let higherFirst: Bool
        let labelRank: Int32

        /// The key by quality alone, which is all the quality sort reads.
        init(_ index: Int, quality: Double?, labelRank: Int32) {
            self.init(index, first: quality, second: nil, higherFirst: true, labelRank: labelRank)
        }

        init(_ index: Int, quality: Double?, point: Estimate, labelRank: Int32, by key: SortKey) {
            switch key {
            case .quality: self.init(index, quality: quality, labelRank: labelRank)
            case .cost: self.init(index, first: point.workloadCost, second: nil, higherFirst: false, labelRank: labelRank)
            case .qualityPerDollar:
                self.init(index, first: quality.map { $0 / point.workloadCost }, second: nil, higherFirst: true, labelRank: labelRank)
            // Output tok/s where known (those without it after); req/s only between entries that
            // both lack it, or tie on it: the two are never compared with each other.
            case .throughput:
                self.init(index, first: point.outputTokensPerS, second: point.requestThroughput, higherFirst: true, labelRank: labelRank)
            case .ttft: self.init(index, first: point.meanTTFTms, second: nil, higherFirst: false, labelRank: labelRank)
            }
        }

        private init(_ index: Int, first: Double?, second: Double?, higherFirst: Bool, labelRank: Int32) {
            (self.index, self.first, self.second, self.higherFirst, self.labelRank) = (index, first, second, higherFirst, labelRank)
        }
    }

    /// Ranking order: the sort key, then the label so that ties are stable. Missing
    /// figures sort last.
    static func ranksBefore(_ a: RankKey, _ b: RankKey) -> Bool {
        func compare(_ x: Double?, _ y: Double?, higherFirst: Bool) -> Bool? {
            switch (x, y) {
            case let (x?, y?) where x != y: return higherFirst ? x > y : x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return nil
            }
        }
        let decided = compare(a.first, b.first, higherFirst: a.higherFirst)
            ?? compare(a.second, b.second, higherFirst: a.higherFirst)
        return decided ?? (a.labelRank < b.labelRank)
    }
}
