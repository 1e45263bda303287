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

    /// As ArgumentParser's, except that a problem found while running — no such model,
    /// metric or hardware in the data — is said without the usage text, which would point
    /// at the options when the options were well formed.
    static func main() {
        var command: ParsableCommand
        do { command = try parseAsRoot() } catch { exit(withError: error) }
        do { try command.run() } catch let problem as ValidationError {
            exit(withError: RunProblem(description: problem.message))
        } catch {
            exit(withError: error)
        }
    }
}

/// A problem met while running a well-formed command: printed as "Error: …", exit 1.
struct RunProblem: Error, CustomStringConvertible {
    let description: String
}
