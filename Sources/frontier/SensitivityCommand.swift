import ArgumentParser
import FrontierCore
import FrontierData

struct SensitivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: "Which cost input moves a setup's workload cost most (a tornado), and at which value of each another setup takes first place.",
        discussion: """
        Each cost input of the setup's hardware (GPU price, years, utilization, power, PUE, \
        electricity, maintenance; the rental rate for rented hardware) and its measured \
        throughput is moved to ×(1 − swing) and ×(1 + swing), one at a time, the rest held \
        (utilization at most 1, PUE at least 1). A flip point is the value, searched within \
        ×0.25–×4 of today's, at which first place in the ranking changes hands.
        """
    )

    @OptionGroup var data: DataOptions
    @OptionGroup(title: "Scenario") var scenario: ScenarioOptions

    @Option(help: ArgumentHelp("The setup to study: a model name (its best-ranked setup) or a setup label.", valueName: "name"))
    var model: String

    @Option(help: ArgumentHelp("How far each input moves, as a fraction: 0.2 is ×0.8 and ×1.2.", valueName: "fraction"))
    var swing: Double = Sensitivity.defaultSwing

    @Option(help: ArgumentHelp("Output format: text, markdown, json or csv.", valueName: "format"))
    var format: ReportFormat = .text

    func validate() throws {
        if !(swing > 0 && swing < 1) { throw ValidationError("--swing must be a fraction between 0 and 1 (0.2 is ×0.8 and ×1.2), not \(swing)") }
        if format == .ndjson { throw ValidationError("--format must be text, markdown, json or csv") }
    }

    func run() throws {
        let loaded = try data.load()
        let prepared = PreparedDataset(loaded.dataset)
        let chosen = try scenario.scenario(for: prepared, hardware: data.hardware)
        let subject = prepared.compared(chosen)
        let analysis = Analysis(subject, chosen)
        let setup = try ModelChoice.setup(model, in: analysis)
        if case .notComputable(let reason)? = analysis.entries[setup].exclusion {
            throw ValidationError("\(Sanitize.line(analysis.entries[setup].label)) cannot be costed: \(reason)")
        }
        let sensitivity = Sensitivity(subject, analysis.scenario, setup: setup, swing: swing)
        let report = SensitivityReport(dataset: loaded.dataset, analysis: analysis, sensitivity: sensitivity)
        Output.write(report.render(format), terminator: "")
    }
}
