import FrontierCore

/// What `frontier report` prints: the scenario, the hourly cost and its breakdown, the
/// ranking, the frontier and each model's curve — as text, Markdown, JSON or CSV.
public struct Report: Sendable {
    public let dataset: Dataset
    public let analysis: Analysis
    /// The hardware setup the title shows: the named profile, else the first entry's.
    public let active: Configuration?

    public let options: Options
    /// How often each setup ranks first when the cost inputs are drawn within their swing; nil when not asked for.
    public let robustness: Robustness?
    /// The 95 % intervals of the setups' figures where the data carries them, and who is tied for first.
    public let uncertainty: Uncertainty
    /// The errors of the files a partial load left out (`Loaded.notLoaded`).
    public let notLoaded: [DataProblem]

    /// How much a report shows: all of it unless told otherwise.
    public struct Options: Sendable {
        /// At most this many setups ranked (and as many excluded): nil for all.
        public var top: Int?
        /// Each shown setup's curve across concurrency.
        public var curves: Bool
        /// Only the setups of this model (or with this label), with their curves.
        public var model: String?
        /// JSON on one line, without indentation.
        public var compact: Bool
        /// The dashboard's filter the analysis was made under, said in the report.
        public var filter: String?
        /// The setups marked in the dashboard (A first), named in the report.
        public var marked: [String]

        public init(top: Int? = nil, curves: Bool = true, model: String? = nil, compact: Bool = false, filter: String? = nil,
                    marked: [String] = []) {
            self.filter = filter
            self.marked = marked
            self.top = top
            self.curves = curves
            self.model = model
            self.compact = compact
        }
    }

    public init(dataset: Dataset, analysis: Analysis, hardware: String? = nil, options: Options = Options(),
                robustness: Robustness? = nil, uncertainty: Uncertainty = .none, notLoaded: [DataProblem] = []) {
        self.notLoaded = notLoaded
        self.dataset = dataset
        self.uncertainty = uncertainty
        self.analysis = analysis
        self.options = options
        self.robustness = robustness
        let configurations = analysis.entries.map(\.configuration)
        active = configurations.first { $0.hardware == hardware } ?? configurations.first
    }

    public func render(_ format: ReportFormat) -> String {
        switch format {
        case .text: text()
        case .markdown: markdown()
        case .csv: csv()
        case .json, .ndjson: String(decoding: bytes(format), as: UTF8.self)
        }
    }

    /// The report as UTF-8 bytes.
    public func bytes(_ format: ReportFormat) -> [UInt8] {
        var text: [UInt8] = []
        write(format, piece: .max) { JSONWriter.collect($0, into: &text) }
        return text
    }

    /// The report as UTF-8 bytes handed to `sink` in pieces as it is made: a JSON report of a
    /// million setups goes out a megabyte at a time, never whole in memory.
    public func write<E: Error>(_ format: ReportFormat, to sink: ([UInt8]) throws(E) -> Void) throws(E) {
        try write(format, piece: 1 << 20, to: sink)
    }

    func write<E: Error>(_ format: ReportFormat, piece: Int, to sink: ([UInt8]) throws(E) -> Void) throws(E) {
        switch format {
        case .json: try writeJSON(piece: piece, to: sink)
        case .ndjson: try writeNDJSON(piece: piece, to: sink)
        case .text, .markdown, .csv: try sink(Array(render(format).utf8))
        }
    }

    /// Entries in report order: ranked first, then excluded; of the chosen model only.
    public var ordered: [Int] { ranked + excluded }

    /// The ranked and the excluded entries shown: of the chosen model, at most `top` each.
    var ranked: [Int] { shown(analysis.ranking) }
    var excluded: [Int] { shown(analysis.excluded) }

    private func shown(_ entries: [Int]) -> [Int] {
        let chosen = options.model.map { name in
            entries.filter { analysis.entries[$0].configuration.model == name || analysis.entries[$0].label == name }
        } ?? entries
        return options.top.map { Array(chosen.prefix($0)) } ?? chosen
    }

    /// Whether the ranking has a column of failure rates: when a shown setup had failures.
    var showsFailures: Bool { ranked.contains { (analysis.entries[$0].point.failureRate ?? 0) > 0 } }

    /// Whether curves are shown: on request, and always for one model.
    var showsCurves: Bool { options.curves || options.model != nil }

    /// The entries of the chosen model, or all: how many `top` may have left out.
    func available(_ entries: [Int]) -> Int {
        guard let name = options.model else { return entries.count }
        return entries.count { analysis.entries[$0].configuration.model == name || analysis.entries[$0].label == name }
    }

    func profile(_ name: String) -> HardwareProfile? { analysis.hardware.first { $0.name == name } }

    /// Each distinct hardware setup in use, active first.
    var setups: [(profile: HardwareProfile, gpus: Int)] {
        var seen = Set<String>()
        var list: [(HardwareProfile, Int)] = []
        for configuration in ([active].compactMap { $0 } + analysis.entries.map(\.configuration)) {
            guard seen.insert(configuration.hardwareLabel).inserted, let p = profile(configuration.hardware) else { continue }
            list.append((p, configuration.gpus))
        }
        return list
    }
}

/// `ndjson`: one JSON object a line per setup, for spreadsheets and scripts.
public enum ReportFormat: String, CaseIterable, Sendable { case text, markdown, json, csv, ndjson }
