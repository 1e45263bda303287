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

    @Option(help: ArgumentHelp("Output format.", valueName: "format"))
    var format: ReportFormat = .text

    func run() throws {
        let loaded = try data.load()
        let prepared = PreparedDataset(loaded.dataset)
        let analysis = Analysis(prepared, try scenario.scenario(for: prepared, hardware: data.hardware))
        Output.write(Report(dataset: loaded.dataset, analysis: analysis, hardware: data.hardware).render(format), terminator: "")
    }
}
