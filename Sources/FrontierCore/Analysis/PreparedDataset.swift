/// A dataset grouped once into series (one configuration's runs in ascending
/// concurrency), so that each re-analysis after a slider step only does arithmetic.
public struct PreparedDataset: Sendable {
    /// The dataset grouped; without its runs after `forgettingRuns()`.
    public private(set) var dataset: Dataset
    public let series: [Series]
    /// The metric an analysis uses when the scenario names none: the dataset's default,
    /// else the first metric any model has.
    let defaultMetric: String?
    /// The workload shapes of the whole dataset's runs (none when it varies none).
    public let shapes: WorkloadShapes
    /// The shape whose setups these are (`comparing`); nil for every setup of every shape.
    public internal(set) var shape: WorkloadShape?
    /// Per series: its label, the model name with the hardware when setups are mixed.
    var labels: [String]
    /// Per series: where its label falls among all labels (equal labels, equal ranks), so
    /// that ranking ties are broken without comparing strings.
    var labelRank: [Int32]
    /// The most characters of any label: the ranking widens its name column to it, and
    /// counting a hundred thousand labels' characters on each frame is most of a step.
    var longestLabel: Int
    /// Per series: the first model of its name in `dataset.models`, or −1 for none.
    let modelIndex: [Int32]
    /// The elasticities of throughput to concurrency, which no scenario changes: series
    /// `s` has `series[s].levels.count − 1` of them (its first level has none), from
    /// `elasticityStart[s]` up to `elasticityStart[s + 1]`. One flat array, not one array
    /// a series.
    private let elasticities: [Double]
    private let elasticityStart: [Int32]
    /// Per series: the level past which throughput saturates (`Principles.saturationLevel`).
    let saturation: [Double?]
    /// The curves of the last analysis, for the next slider step to reuse.
    let curvesCache = CurvesCache()

    /// Runs without a positive request throughput, or on hardware the dataset does not
    /// define, carry no cost and are left out; validation reports them before this point.
    /// Runs of one configuration at the same concurrency are averaged.
    public init(_ dataset: Dataset) {
        self.dataset = dataset
        let shapes = WorkloadShapes(dataset.runs)
        self.shapes = shapes
        shape = nil
        defaultMetric = dataset.defaultMetric ?? dataset.metrics.first
        var profileIndex: [String: Int] = [:]
        for (i, profile) in dataset.hardware.enumerated() where profileIndex[profile.name] == nil {
            profileIndex[profile.name] = i
        }

        // Number each configuration and note each run's number (−1: left out). Runs are
        // not copied: a million runs are a few hundred megabytes. Runs of a series usually
        // follow each other, so the last configuration is tried before hashing.
        var numbers: [Configuration: Int32] = [:]
        var configurations: [Configuration] = []
        var groupOfRun = [Int32](repeating: -1, count: dataset.runs.count)
        var last: (configuration: Configuration, number: Int32)? = nil
        for (r, run) in dataset.runs.enumerated() {
            guard let rps = run[.requestThroughput], rps > 0, rps.isFinite, run.concurrency > 0 else { continue }
            var configuration = run.configuration
            if !shapes.shapes.isEmpty { configuration.shape = shapes.shape(of: run) }
            if let last, last.configuration == configuration {
                groupOfRun[r] = last.number
                continue
            }
            guard profileIndex[run.hardware] != nil else { continue }
            let number: Int32
            if let known = numbers[configuration] {
                number = known
            } else {
                number = Int32(configurations.count)
                numbers[configuration] = number
                configurations.append(configuration)
            }
            groupOfRun[r] = number
            last = (configuration, number)
        }
        numbers = [:]

        // Counting sort of the run indices by configuration, each group in dataset order.
        var start = [Int](repeating: 0, count: configurations.count + 1)
        for g in groupOfRun where g >= 0 { start[Int(g) + 1] += 1 }
        for g in configurations.indices { start[g + 1] += start[g] }
        var members = [Int32](repeating: 0, count: start[configurations.count])
        var next = start
        for (r, g) in groupOfRun.enumerated() where g >= 0 {
            members[next[Int(g)]] = Int32(r)
            next[Int(g)] += 1
        }
        groupOfRun = []

        let order = configurations.indices.sorted { configurations[$0] < configurations[$1] }
        var levels = ArrayInterner<Double>(), estimated = ArrayInterner<Bool>()
        series = members.withUnsafeBufferPointer { members in
            order.map { g in
                let configuration = configurations[g]
                return Series(configuration: configuration, hardware: dataset.hardware,
                              hardwareIndex: profileIndex[configuration.hardware]!, runs: dataset.runs,
                              members: members[start[g]..<start[g + 1]], levels: &levels, estimated: &estimated)
            }
        }

        (labels, labelRank) = Self.names(series)
        longestLabel = Self.longest(labels)
        var modelNumbers: [String: Int] = [:]
        for (i, model) in dataset.models.enumerated() where modelNumbers[model.name] == nil {
            modelNumbers[model.name] = i
        }
        modelIndex = series.map { modelNumbers[$0.configuration.model].map { Int32($0) } ?? -1 }

        var elasticities: [Double] = []
        var elasticityStart: [Int32] = []
        var saturation: [Double?] = []
        elasticities.reserveCapacity(series.reduce(0) { $0 + $1.levels.count - 1 })
        elasticityStart.reserveCapacity(series.count + 1)
        saturation.reserveCapacity(series.count)
        for s in series {
            let values = Principles.elasticities(levels: s.levels, throughputs: s.requestThroughput)
            elasticityStart.append(Int32(elasticities.count))
            elasticities.append(contentsOf: values.dropFirst().map { $0! })
            saturation.append(Principles.saturationLevel(levels: s.levels, elasticities: values))
        }
        elasticityStart.append(Int32(elasticities.count))
        self.elasticities = elasticities
        self.elasticityStart = elasticityStart
        self.saturation = saturation
    }

    /// Per series its name — the model, with the hardware when setups are mixed, and the
    /// labels and the workload shape where they differ between them — and the name's rank.
    static func names(_ series: [Series]) -> ([String], [Int32]) {
        var setups = Set<String>()
        for s in series where setups.count < 2 { setups.insert(s.configuration.hardwareLabel) }
        let mixed = setups.count > 1
        let shown = Configuration.differingLabelKeys(series.map(\.configuration))
        let firstShape = series.first?.configuration.shape
        let shaped = series.contains { $0.configuration.shape != firstShape }
        let labels = series.map { s in
            let name = mixed ? s.configuration.model + Configuration.nameSeparator + s.configuration.hardwareLabel : s.configuration.model
            var extra = s.configuration.labels.filter { shown.contains($0.key) }.map(\.shortText)
            if shaped, let shape = s.configuration.shape { extra.append(shape.text) }
            return extra.isEmpty ? name : ([name] + extra).joined(separator: Configuration.nameSeparator)
        }
        var labelRank = [Int32](repeating: 0, count: labels.count)
        let byLabel = labels.indices.sorted { labels[$0] < labels[$1] }
        for (position, s) in byLabel.enumerated() {
            // Equal labels share a rank, so comparing ranks is comparing labels.
            let previous = position > 0 ? byLabel[position - 1] : nil
            labelRank[s] = previous.map { labels[$0] < labels[s] ? Int32(position) : labelRank[$0] } ?? 0
        }
        return (labels, labelRank)
    }

    static func longest(_ labels: [String]) -> Int {
        labels.lazy.map(\.count).max() ?? 0
    }

    /// The setups of `kept` (series indices, ascending), with everything derived from them
    /// taken over as it is: labels stay as in the whole dataset, and so do their ranks,
    /// which only ever compare.
    init(_ whole: PreparedDataset, keeping kept: [Int]) {
        dataset = whole.dataset
        shapes = whole.shapes
        shape = whole.shape
        defaultMetric = whole.defaultMetric
        series = kept.map { whole.series[$0] }
        labels = kept.map { whole.labels[$0] }
        labelRank = kept.map { whole.labelRank[$0] }
        longestLabel = Self.longest(labels)
        modelIndex = kept.map { whole.modelIndex[$0] }
        saturation = kept.map { whole.saturation[$0] }
        var elasticities: [Double] = [], elasticityStart: [Int32] = []
        for s in kept {
            elasticityStart.append(Int32(elasticities.count))
            elasticities.append(contentsOf: whole.elasticities(series: s))
        }
        elasticityStart.append(Int32(elasticities.count))
        self.elasticities = elasticities
        self.elasticityStart = elasticityStart
    }

    /// The same setups with the measured throughput (request and output-token rates) of
    /// each series in `factors` times its factor at every level, the rest shared as it is:
    /// what moving the sensitivity's throughput lever (or drawing throughputs within their
    /// intervals) analyses, without grouping the runs again. `dataset` stays the one
    /// measured. The scaled series' elasticities and saturation levels are worked out again
    /// from the scaled rates (a common factor leaves them as they were, up to rounding).
    init(_ whole: PreparedDataset, scalingThroughput factors: [Int: Double]) {
        dataset = whole.dataset
        shapes = whole.shapes
        shape = whole.shape
        defaultMetric = whole.defaultMetric
        labels = whole.labels
        labelRank = whole.labelRank
        longestLabel = whole.longestLabel
        modelIndex = whole.modelIndex
        elasticityStart = whole.elasticityStart
        var series = whole.series, elasticities = whole.elasticities, saturation = whole.saturation
        for (s, factor) in factors {
            series[s] = Series(series[s], scalingThroughputBy: factor)
            let values = Principles.elasticities(levels: series[s].levels, throughputs: series[s].requestThroughput)
            elasticities.replaceSubrange(Int(elasticityStart[s])..<Int(elasticityStart[s + 1]), with: values.dropFirst().map { $0! })
            saturation[s] = Principles.saturationLevel(levels: series[s].levels, elasticities: values)
        }
        self.series = series
        self.elasticities = elasticities
        self.saturation = saturation
    }

    /// The same without the runs in `dataset`, for one analysis that reads no run again
    /// (`frontier report`): grouped into series, a million runs (about 190 MB) need not
    /// stay in memory beside them. The caller lets go of its own copy of the runs too.
    public func forgettingRuns() -> PreparedDataset {
        var copy = self
        copy.dataset.runs = []
        return copy
    }

    /// The elasticities of series `s`, from its second level on (level 0 has none).
    func elasticities(series s: Int) -> ArraySlice<Double> {
        elasticities[Int(elasticityStart[s])..<Int(elasticityStart[s + 1])]
    }
}

/// One configuration's measured curve, levels ascending and distinct.
public struct Series: Sendable {
    public let configuration: Configuration
    /// The hardware profile it runs on (the dataset's, looked up: not stored a series).
    public var profile: HardwareProfile { hardware[hardwareIndex] }
    public let levels: [Double]
    public let requestThroughput: [Double]
    /// Output tokens/s and mean TTFT by level, NaN where not measured: half the memory of
    /// optionals, which counts at a million runs. Read them as optionals below.
    let outputTokens: [Double]
    let ttft: [Double]
    /// Share of requests failed by level (`FailureRate`), NaN where the runs do not say;
    /// empty when no level says (most files count no failures: no memory spent on them).
    let failures: [Double]

    /// The latency statistics beyond mean TTFT that any of its runs report, and their
    /// values level by level (`latencyFields.count` a level, NaN where not measured);
    /// both empty for a series whose runs report none.
    let latencyFields: RunFields
    private let latencies: [Double]

    public var outputTokensPerS: [Double?] { outputTokens.map(\.unlessNaN) }
    public var meanTTFTms: [Double?] { ttft.map(\.unlessNaN) }
    /// Whether any run at the level had its concurrency estimated rather than set.
    public let estimated: [Bool]
    /// By level, the 95 % intervals of request throughput and mean TTFT: t over the runs
    /// at a level measured more than once, else the run's own (bootstrapped or stated).
    /// Empty when no level has one, as for most data.
    let rpsIntervals: [Interval?]
    let ttftIntervals: [Interval?]
    /// The dataset's profiles (shared, not copied) and which one is this series'.
    private let hardware: [HardwareProfile]
    let hardwareIndex: Int

    /// The series of `runs[members]` (indices in dataset order; every run has a positive
    /// request throughput), on `hardware[hardwareIndex]`. Runs at one level are averaged
    /// in dataset order. Levels and estimated flags equal to another series' share its
    /// array: most series of a dataset are measured over the same sweep.
    init(configuration: Configuration, hardware: [HardwareProfile], hardwareIndex: Int, runs: [Run],
         members: Slice<UnsafeBufferPointer<Int32>>, levels sharedLevels: inout ArrayInterner<Double>,
         estimated sharedEstimated: inout ArrayInterner<Bool>) {
        self.configuration = configuration
        self.hardware = hardware
        self.hardwareIndex = hardwareIndex
        // Members by concurrency, dataset order within a level (insertion sort: a series
        // has a handful of levels, usually already in order).
        var sorted = Array(members)
        for i in sorted.indices.dropFirst() {
            let item = sorted[i], c = runs[Int(item)].concurrency
            var j = i
            while j > 0 && runs[Int(sorted[j - 1])].concurrency > c {
                sorted[j] = sorted[j - 1]
                j -= 1
            }
            sorted[j] = item
        }
        var levels: [Double] = [], rps: [Double] = [], tokens: [Double] = [], ttft: [Double] = []
        var failures: [Double] = [], estimated: [Bool] = [], latencies: [Double] = []
        var latencyFields = RunFields()
        for member in sorted {
            // A run without percentiles (nearly every one) can hold only the means kept inline.
            let fields = runs[Int(member)].measurements.percentiles == nil ? Self.inlineLatencies : Self.otherLatencies
            for field in fields where runs[Int(member)][field] != nil { latencyFields.insert(field) }
        }
        let countsFailures = sorted.contains { FailureRate.of(runs[Int($0)]) != nil }
        var rpsIntervals: [Interval?] = [], ttftIntervals: [Interval?] = []
        // Usually one run a level: reserve that, so a million runs waste no capacity.
        levels.reserveCapacity(sorted.count)
        rps.reserveCapacity(sorted.count)
        tokens.reserveCapacity(sorted.count)
        ttft.reserveCapacity(sorted.count)
        if countsFailures { failures.reserveCapacity(sorted.count) }
        estimated.reserveCapacity(sorted.count)
        var i = 0
        while i < sorted.count {
            let level = runs[Int(sorted[i])].concurrency
            var end = i + 1
            while end < sorted.count && runs[Int(sorted[end])].concurrency == level { end += 1 }
            levels.append(level)
            if end == i + 1 {
                // One run at the level (nearly always): its figures as they are.
                let r = Int(sorted[i])
                rps.append(runs[r][.requestThroughput]!)
                tokens.append(runs[r][.outputTokensPerS] ?? .nan)
                ttft.append(runs[r][.meanTTFTms] ?? .nan)
                for field in latencyFields { latencies.append(runs[r][field] ?? .nan) }
                if countsFailures { failures.append(FailureRate.of(runs[r]) ?? .nan) }
                estimated.append(runs[r].concurrencyEstimated)
                if !runs[r].intervals.isEmpty {
                    Self.note(runs[r].intervals[.requestThroughput], level: levels.count - 1, in: &rpsIntervals)
                    Self.note(runs[r].intervals[.meanTTFTms], level: levels.count - 1, in: &ttftIntervals)
                }
                i = end
                continue
            }
            let group = sorted[i..<end].lazy.map { runs[Int($0)] }
            rps.append(Self.mean(group.map { $0[.requestThroughput]! })!)
            tokens.append(Self.mean(group.compactMap { $0[.outputTokensPerS] }) ?? .nan)
            ttft.append(Self.mean(group.compactMap { $0[.meanTTFTms] }) ?? .nan)
            for field in latencyFields { latencies.append(Self.mean(group.compactMap { $0[field] }) ?? .nan) }
            // Repeated runs pool their requests: the share of all that failed.
            if countsFailures {
                let counted = group.filter { FailureRate.of($0) != nil }
                failures.append(FailureRate.of(completed: counted.reduce(0) { $0 + $1[.requests]! },
                                               failed: counted.reduce(0) { $0 + $1[.failed]! }) ?? .nan)
            }
            estimated.append(group.contains { $0.concurrencyEstimated })
            Self.note(Interval.ofMean(Array(group.map { $0[.requestThroughput]! })), level: levels.count - 1, in: &rpsIntervals)
            Self.note(Interval.ofMean(Array(group.compactMap { $0[.meanTTFTms] })), level: levels.count - 1, in: &ttftIntervals)
            i = end
        }
        if !rpsIntervals.isEmpty { rpsIntervals += Array(repeating: nil, count: levels.count - rpsIntervals.count) }
        if !ttftIntervals.isEmpty { ttftIntervals += Array(repeating: nil, count: levels.count - ttftIntervals.count) }
        self.rpsIntervals = rpsIntervals
        self.ttftIntervals = ttftIntervals
        self.levels = sharedLevels.intern(levels)
        requestThroughput = rps
        outputTokens = tokens
        self.ttft = ttft
        self.latencyFields = latencyFields
        self.latencies = latencies
        self.failures = failures
        self.estimated = sharedEstimated.intern(estimated)
    }

    /// `other` with its request and output-token rates times `factor`; latencies kept.
    init(_ other: Series, scalingThroughputBy factor: Double) {
        configuration = other.configuration
        hardware = other.hardware
        hardwareIndex = other.hardwareIndex
        levels = other.levels
        requestThroughput = other.requestThroughput.map { $0 * factor }
        outputTokens = other.outputTokens.map { $0 * factor }
        ttft = other.ttft
        latencyFields = other.latencyFields
        latencies = other.latencies
        failures = other.failures
        estimated = other.estimated
        rpsIntervals = other.rpsIntervals.map { $0.map { Interval(low: $0.low * factor, high: $0.high * factor, method: $0.method, samples: $0.samples) } }
        ttftIntervals = other.ttftIntervals
    }

    /// The latency fields a series keeps beside mean TTFT (which it keeps as `ttft`).
    private static let otherLatencies = RunField.allCases.filter { $0.latency != nil && $0 != .meanTTFTms }
    /// Those of them a run keeps inline (`RunField.slot`), not among its percentiles.
    private static let inlineLatencies = otherLatencies.filter { $0.slot >= 0 }

    /// A latency statistic at measured level `i`, nil where not measured.
    func latency(_ field: RunField, level i: Int) -> Double? {
        if field == .meanTTFTms { return ttft[i].unlessNaN }
        guard let k = latencyFields.position(of: field) else { return nil }
        return latencies[i * latencyFields.count + k].unlessNaN
    }

    /// A latency statistic at a placement, interpolated as the other figures are; nil
    /// where a level it needs did not measure it.
    func latency(_ field: RunField, at placement: Placement) -> Double? {
        if field == .meanTTFTms { return placement.value(ttft).unlessNaN }
        guard let k = latencyFields.position(of: field) else { return nil }
        let stride = latencyFields.count
        return placement.value { latencies[$0 * stride + k] }.unlessNaN
    }

    /// Notes the interval of `level` (if any) in `array`, padded with nils up to it: an
    /// array stays empty until a level has an interval.
    private static func note(_ interval: Interval?, level: Int, in array: inout [Interval?]) {
        guard let interval else { return }
        array += Array(repeating: nil, count: level - array.count)
        array.append(interval)
    }

    /// The mean, summed in order; nil for no values.
    private static func mean<S: Sequence<Double>>(_ values: S) -> Double? {
        var sum = 0.0, count = 0
        for value in values {
            sum += value
            count += 1
        }
        return count == 0 ? nil : sum / Double(count)
    }
}

/// Stores equal arrays once: the first of each value is kept and handed out again.
struct ArrayInterner<Element: Hashable> {
    private var seen: Set<[Element]> = []

    mutating func intern(_ array: [Element]) -> [Element] {
        if let i = seen.firstIndex(of: array) { return seen[i] }
        seen.insert(array)
        return array
    }
}

extension Double {
    /// Nil for NaN, the mark of a figure not measured.
    var unlessNaN: Double? { isNaN ? nil : self }
}
