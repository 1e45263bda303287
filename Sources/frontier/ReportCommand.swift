import Foundation
import ArgumentParser
import FrontierCore
import FrontierData

extension ReportFormat: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the scenario, hourly cost, ranking, frontier and each model's curve across concurrency."
    )

    @OptionGroup var data: DataOptions
    @OptionGroup(title: "Scenario") var scenario: ScenarioOptions
    @OptionGroup var loading: PartialOptions

    @Option(help: ArgumentHelp("Output format (ndjson: one JSON object a line per setup).", valueName: "format"))
    var format: ReportFormat = .text

    @OptionGroup var top: TopOption

    @Flag(help: "Show each setup's curve across concurrency (always with --model).")
    var curves = false

    @Option(help: ArgumentHelp("Report only the setups of this model (or with this label), with their curves.", valueName: "name"))
    var model: String?

    @Option(help: ArgumentHelp("Only the setups whose model or hardware contains this text, ignoring case (the dashboard's / filter).",
                               valueName: "text"))
    var filter: String?

    @Flag(help: "Write JSON on one line, without indentation.")
    var compact = false

    @Option(help: ArgumentHelp("Also draw every cost input within ±20 % this many times and say how often each setup ranks first.", valueName: "N"))
    var draws: Int?

    @Option(help: ArgumentHelp("Seed of the draws: the same seed gives the same shares.", valueName: "S"))
    var seed: UInt64 = 0

    @Option(help: ArgumentHelp("Compare with this scenario file: the settings that differ, and each setup's cost and rank under both (the first scenario: --scenario's, or the options alone). Options given here apply to both.", valueName: "file"))
    var compare: String?

    /// Enough for a share to a tenth of a percent; more only waits longer.
    static let maxDraws = 1_000_000

    func validate() throws {
        if let draws, !(1...Self.maxDraws).contains(draws) { throw ValidationError("--draws must be between 1 and \(Format.grouped(Self.maxDraws))") }
        if compare != nil, format == .csv || format == .ndjson { throw ValidationError("--compare writes text, markdown or json, not \(format.rawValue)") }
    }

    func run() throws {
        var loaded = try data.load(partial: loading.partial)
        // No run is read again once they are grouped: a million of them are let go here.
        let prepared = PreparedDataset(loaded.dataset).forgettingRuns()
        loaded.dataset.runs = []
        // The scenario of the whole data (its suggested concurrency), as the dashboard opens.
        let chosen = try scenario.scenario(for: prepared, hardware: data.hardware)
        // The setups of the scenario's workload shape, then those the filter keeps.
        func setups(_ scenario: Scenario) -> PreparedDataset {
            let shaped = prepared.compared(scenario)
            return filter.map { shaped.filtered(by: $0) } ?? shaped
        }
        let subject = setups(chosen)
        let analysis = Analysis(subject, chosen)
        if let compare {
            let other = try scenario.scenario(for: prepared, hardware: data.hardware, point: .chosen, file: ScenarioOptions.read(compare))
            let comparison = ScenarioComparison(dataset: prepared.dataset.name, names: (scenario.files.first ?? "the options", compare),
                                                a: analysis, b: Analysis(setups(other), other))
            return Output.write(comparison.render(format), terminator: "")
        }
        let options = Report.Options(top: top.limit(for: format), curves: curves, model: model, compact: compact,
                                     filter: filter.flatMap { $0.isEmpty ? nil : $0 })
        let robustness = draws.map { Robustness(subject, analysis.scenario, draws: $0, seed: seed) }
        let report = Report(dataset: prepared.dataset, analysis: analysis, hardware: data.hardware, options: options, robustness: robustness,
                            uncertainty: Uncertainty(subject, analysis), notLoaded: loaded.notLoaded)
        if let model, report.ordered.isEmpty { throw ModelChoice.unknown(model, in: analysis) }
        switch format {
        case .json, .ndjson:
            // Straight to standard output a piece at a time: a large JSON report is never whole
            // in memory. The JSON writer escapes every control character, so its bytes are safe
            // on a terminal.
            try report.write(format) { try Output.write(bytes: $0) }
        case .text, .markdown, .csv:
            Output.write(report.render(format), terminator: "")
        }
    }
}
