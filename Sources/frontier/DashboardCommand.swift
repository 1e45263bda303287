import ArgumentParser
import Foundation
import FrontierCore
import FrontierData
import FrontierTUI
import Glibc

struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the interactive dashboard (the default command)."
    )

    @OptionGroup var data: DataOptions
    @OptionGroup(title: "Scenario") var scenario: ScenarioOptions
    @OptionGroup var loading: PartialOptions
    @OptionGroup(title: "Plan view") var plan: PlanOptions
    @OptionGroup(title: "Display") var display: DisplayOptions

    @Flag(inversion: .prefixedNo, help: "Re-read the data files when they change (on by default for named files).")
    var watch = true

    func run() throws {
        guard isInteractive(stdinTTY: isatty(STDIN_FILENO) == 1, stdoutTTY: isatty(STDOUT_FILENO) == 1,
                            term: ProcessInfo.processInfo.environment["TERM"]) else {
            Output.error("frontier: the dashboard needs an interactive terminal (standard input and output a TTY, TERM set and not \"dumb\").")
            Output.error("For text output use `frontier report` (add --format markdown, json or csv), or `frontier snapshot` for one frame.")
            throw ExitCode(2)
        }
        let loaded = try data.load(quiet: true, partial: loading.partial)
        let catalog = display.catalog()
        var names = catalog.names
        if !names.contains(display.theme) { names.insert(display.theme, at: 0) }
        var session = try Session.opening(loaded.dataset, options: scenario, plan: plan, hardware: data.hardware, themes: names,
                                          theme: names.firstIndex(of: display.theme) ?? 0, ascii: display.useASCII,
                                          width: 80, height: 24)
        session.send(loaded.problems)
        let paths = try data.paths()
        let options = try data.loadOptions(partial: loading.partial)
        var dashboard = Dashboard(
            // Moved, not copied: a second owner of the analysis would make the first step
            // allocate its entries afresh rather than in place (`Analysis.reanalyse`).
            session: consume session, themes: catalog, colors: display.colorEnabled,
            watch: watch && !data.files.isEmpty ? DatasetLoader.files(below: paths) : [],
            reload: {
                do throws(DataError) {
                    let loaded = try DatasetLoader.load(paths: paths, options: options)
                    return .success(.init(dataset: loaded.dataset, notLoaded: loaded.filesNotLoaded.count, problems: loaded.problemLines))
                } catch {
                    let first = error.errors.first?.description ?? "invalid data"
                    return .failure(.init(error.errors.count > 1 ? "\(first) (+\(error.errors.count - 1) more)" : first))
                }
            },
            export: { [hardware = data.hardware] format, session in DashboardExport.write(format, session, hardware: hardware) },
            saveScenario: { DashboardExport.saveScenario($0) },
            loadScenario: { [scenario, hardware = data.hardware] number, session in scenario.loading(number, for: session, hardware: hardware) })
        do {
            if let signal = try dashboard.run() { throw ExitCode(128 + signal) }
        } catch let error as TerminalError {
            Output.error("frontier: \(error.description); use `frontier report` for text output")
            throw ExitCode(2)
        }
    }
}
