import ArgumentParser

@main
struct Frontier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frontier",
        abstract: "The economics of LLM inference: cost, the cost–quality frontier and the best model under a budget.",
        discussion: """
        Method: Zhuang et al., "Beyond Benchmarks: The Economics of AI Inference", arXiv 2510.26136. \
        Without a command, frontier opens the dashboard; without a FILE, commands use the \
        bundled sample-data/wineval-a800.json.
        """,
        version: "0.1.0",
        subcommands: [DashboardCommand.self, ReportCommand.self, SensitivityCommand.self, PlanCommand.self, ValidateCommand.self, SnapshotCommand.self,
                      ImportCommand.self, BenchCommand.self, ServeSimCommand.self],
        defaultSubcommand: DashboardCommand.self
    )
}
