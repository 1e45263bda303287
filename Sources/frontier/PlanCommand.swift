import ArgumentParser
import FrontierCore
import FrontierData

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "What to deploy for a volume: each setup's fleet for the peak, its month, and hosted APIs beside it.",
        discussion: Definitions.plan.map { "\($0.term): \($0.definition)" }.joined(separator: "\n\n")
    )

    @OptionGroup var data: DataOptions
    @OptionGroup(title: "Scenario") var scenario: ScenarioOptions
    @OptionGroup(title: "Plan") var plan: PlanOptions

    @Option(help: ArgumentHelp("Output format.", valueName: "format"))
    var format: ReportFormat = .text

    @OptionGroup var top: TopOption

    func run() throws {
        let loaded = try data.load()
        let prepared = PreparedDataset(loaded.dataset)
        let file = try scenario.firstFile()
        let tokens = TokenMeans(loaded.dataset, shapes: prepared.shapes)
        guard let requestsPerDay = try plan.requestsPerDay(tokens, file: file) else {
            throw ValidationError("give the volume to plan for: --volume 2e6 (requests a day), 60M/month or 1.5e9tok/month, or volume in the --scenario file")
        }
        let chosen = try scenario.scenario(for: prepared, hardware: data.hardware, point: .best, plan: plan)
        let analysis = Analysis(prepared.compared(chosen), chosen)
        let result = Plan(analysis, tokens: tokens, requestsPerDay: requestsPerDay, peak: plan.peak(file: file),
                          apis: try plan.chosenAPIs())
        let report = PlanReport(dataset: loaded.dataset, analysis: analysis, plan: result, top: top.limit(for: format))
        switch format {
        case .json, .ndjson:
            // Straight to standard output, as the report's JSON; the JSON writer escapes every
            // control character, so its bytes are safe on a terminal.
            try Output.write(bytes: report.bytes(format))
        case .text, .markdown, .csv:
            Output.write(report.render(format), terminator: "")
        }
    }
}
