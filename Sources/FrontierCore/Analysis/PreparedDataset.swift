/// A dataset grouped once into series (one configuration's runs in ascending
/// concurrency), so that each re-analysis after a slider step only does arithmetic.
public struct PreparedDataset: Sendable {
    public let dataset: Dataset
    public let series: [Series]

    /// Runs without a positive request throughput, or on hardware the dataset does not
    /// define, carry no cost and are left out; validation reports them before this point.
    /// Runs of one configuration at the same concurrency are averaged.
    public init(_ dataset: Dataset) {
        self.dataset = dataset
        let profiles = Dictionary(dataset.hardware.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var groups: [Configuration: [Run]] = [:]
        for run in dataset.runs {
            guard let rps = run[.requestThroughput], rps > 0, rps.isFinite,
                  run.concurrency > 0, profiles[run.hardware] != nil else { continue }
            groups[run.configuration, default: []].append(run)
        }
        series = groups.keys.sorted().map { configuration in
            Series(configuration: configuration, profile: profiles[configuration.hardware]!, runs: groups[configuration]!)
        }
    }
}

/// One configuration's measured curve, levels ascending and distinct.
public struct Series: Sendable {
    public let configuration: Configuration
    public let profile: HardwareProfile
    public let levels: [Double]
    public let requestThroughput: [Double]
    public let outputTokensPerS: [Double?]
    public let meanTTFTms: [Double?]
    /// Whether any run at the level had its concurrency estimated rather than set.
    public let estimated: [Bool]

    init(configuration: Configuration, profile: HardwareProfile, runs: [Run]) {
        self.configuration = configuration
        self.profile = profile
        let byLevel = Dictionary(grouping: runs, by: \.concurrency)
        levels = byLevel.keys.sorted()
        let groups = levels.map { byLevel[$0]! }
        requestThroughput = groups.map { Self.mean($0.map { $0[.requestThroughput]! })! }
        outputTokensPerS = groups.map { Self.mean($0.compactMap { $0[.outputTokensPerS] }) }
        meanTTFTms = groups.map { Self.mean($0.compactMap { $0[.meanTTFTms] }) }
        estimated = groups.map { $0.contains { $0.concurrencyEstimated } }
    }

    private static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}
