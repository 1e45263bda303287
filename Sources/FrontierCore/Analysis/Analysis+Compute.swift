extension Analysis {
    /// Analyses a prepared dataset under a scenario. Pure and cheap: arithmetic over the
    /// series plus two sorts, so it runs on every slider step.
    public init(_ prepared: PreparedDataset, _ scenario: Scenario) {
        let dataset = prepared.dataset
        let requests = scenario.requests ?? dataset.workload.requests
        let metric = scenario.metric ?? dataset.defaultMetric ?? dataset.metrics.first
        let quality = Dictionary(dataset.models.map { model in (model.name, metric.flatMap { model.quality[$0] }) },
                                 uniquingKeysWith: { first, _ in first })
        let profiles = Self.applying(scenario.costOverrides, to: dataset.hardware)
        let mixed = Set(prepared.series.map { "\($0.configuration.hardwareLabel)" }).count > 1

        var drafts = prepared.series.map { series in
            let profile = profiles[series.configuration.hardware] ?? series.profile
            return Draft(series: series, profile: profile, quality: quality[series.configuration.model] ?? nil,
                         requests: Double(requests), scenario: scenario, mixed: mixed)
        }

        // Frontier at the chosen concurrency: configurations with data there and a score.
        let comparable = drafts.indices.filter { !drafts[$0].point.isClamped && drafts[$0].quality != nil }
        let costs = comparable.map { drafts[$0].point.workloadCost }
        let qualities = comparable.map { drafts[$0].quality! }
        let onFrontier = Frontier.indices(costs: costs, qualities: qualities)
        let frontierSet = Set(onFrontier)
        let bestValue = comparable.indices.map { qualities[$0] / costs[$0] }.max()
        for (k, i) in comparable.enumerated() {
            drafts[i].onFrontier = frontierSet.contains(k)
            drafts[i].efficiency = bestValue.map { qualities[k] / costs[k] / $0 }
            if !frontierSet.contains(k) {
                drafts[i].gap = Frontier.gap(cost: costs[k], quality: qualities[k], frontier: onFrontier,
                                             costs: costs, qualities: qualities)
            }
        }

        let ranked = drafts.indices.filter { drafts[$0].exclusion == nil }
            .sorted { Self.ranksBefore(drafts[$0], drafts[$1], by: scenario.sortKey) }
        for (position, i) in ranked.enumerated() { drafts[i].rank = position + 1 }

        self.scenario = scenario
        self.requests = requests
        self.metric = metric
        self.hardware = dataset.hardware.map { profiles[$0.name] ?? $0 }
        self.entries = drafts.map { $0.entry }
        self.frontier = onFrontier.map { comparable[$0] }
        self.ranking = ranked
        self.excluded = drafts.indices.filter { drafts[$0].exclusion != nil }
        self.globalFrontier = Self.frontierOfAllLevels(drafts)
    }

    /// Convenience for one-off analyses; dashboards keep the `PreparedDataset`.
    public init(_ dataset: Dataset, _ scenario: Scenario) {
        self.init(PreparedDataset(dataset), scenario)
    }

    private static func applying(_ overrides: [String: CostModel], to hardware: [HardwareProfile]) -> [String: HardwareProfile] {
        var profiles: [String: HardwareProfile] = [:]
        for var profile in hardware where profiles[profile.name] == nil {
            if let cost = overrides[profile.name] { profile.cost = cost }
            profiles[profile.name] = profile
        }
        return profiles
    }

    private static func frontierOfAllLevels(_ drafts: [Draft]) -> [LevelPoint] {
        var points: [LevelPoint] = []
        for (i, draft) in drafts.enumerated() {
            guard let quality = draft.quality else { continue }
            for point in draft.curve {
                points.append(LevelPoint(entry: i, concurrency: point.concurrency,
                                         workloadCost: point.estimate.workloadCost, quality: quality))
            }
        }
        let onFrontier = Frontier.indices(costs: points.map(\.workloadCost), qualities: points.map(\.quality))
        return onFrontier.map { points[$0] }
    }

    /// Ranking order: the sort key, then the label so that ties are stable. Missing
    /// figures sort last.
    static func ranksBefore(_ a: Draft, _ b: Draft, by key: SortKey) -> Bool {
        func compare(_ x: Double?, _ y: Double?, higherFirst: Bool) -> Bool? {
            switch (x, y) {
            case let (x?, y?) where x != y: return higherFirst ? x > y : x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return nil
            }
        }
        let decided: Bool? = switch key {
        case .quality: compare(a.quality, b.quality, higherFirst: true)
        case .cost: compare(a.point.workloadCost, b.point.workloadCost, higherFirst: false)
        case .qualityPerDollar: compare(a.qualityPerDollar, b.qualityPerDollar, higherFirst: true)
        // Output tok/s where known (those without it after); req/s only between entries that
        // both lack it, or tie on it: the two are never compared with each other.
        case .throughput: compare(a.point.outputTokensPerS, b.point.outputTokensPerS, higherFirst: true)
            ?? compare(a.point.requestThroughput, b.point.requestThroughput, higherFirst: true)
        case .ttft: compare(a.point.meanTTFTms, b.point.meanTTFTms, higherFirst: false)
        }
        return decided ?? (a.label < b.label)
    }
}
