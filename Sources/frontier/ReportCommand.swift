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

    func run() throws {
        let loaded = try data.load()
        let prepared = PreparedDataset(loaded.dataset)
        // The scenario of the whole data (its suggested concurrency), as the dashboard opens.
        let chosen = try scenario.scenario(for: prepared, hardware: data.hardware)
        let analysis = Analysis(filter.map { prepared.filtered(by: $0) } ?? prepared, chosen)
        let options = Report.Options(top: top.limit(for: format), curves: curves, model: model, compact: compact,
                                     filter: filter.flatMap { $0.isEmpty ? nil : $0 })
        let report = Report(dataset: loaded.dataset, analysis: analysis, hardware: data.hardware, options: options)
        if let model, report.ordered.isEmpty {
            let names = Set(analysis.entries.map(\.configuration.model)).sorted()
            throw ValidationError("no setup of model \"\(Sanitize.line(model))\"; expected one of: \(names.prefix(20).map(Sanitize.line).joined(separator: ", "))\(names.count > 20 ? ", …" : "")")
        }
        switch format {
        case .json, .ndjson:
            // Straight to standard output: a large JSON report is not copied again as a string.
            // The JSON writer escapes every control character, so its bytes are safe on a terminal.
            try Output.write(bytes: report.bytes(format))
        case .text, .markdown, .csv:
            Output.write(report.render(format), terminator: "")
        }
    }
}
