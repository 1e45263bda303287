import FrontierCore

/// What `frontier report` prints: the scenario, the hourly cost and its breakdown, the
/// ranking, the frontier and each model's curve — as text, Markdown, JSON or CSV.
public struct Report: Sendable {
    public let dataset: Dataset
    public let analysis: Analysis
    /// The hardware setup the title shows: the named profile, else the first entry's.
    public let active: Configuration?

    public init(dataset: Dataset, analysis: Analysis, hardware: String? = nil) {
        self.dataset = dataset
        self.analysis = analysis
        let configurations = analysis.entries.map(\.configuration)
        active = configurations.first { $0.hardware == hardware } ?? configurations.first
    }

    public func render(_ format: ReportFormat) -> String {
        switch format {
        case .text: text()
        case .markdown: markdown()
        case .json: JSONWriter.write(json())
        case .csv: csv()
        }
    }

    /// Entries in report order: ranked first, then excluded.
    var ordered: [Int] { analysis.ranking + analysis.excluded }

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

public enum ReportFormat: String, CaseIterable, Sendable { case text, markdown, json, csv }
