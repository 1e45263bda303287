import ArgumentParser
import FrontierCore
import FrontierData
import FrontierTUI

struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Render one dashboard frame as text, after the given key presses, without a terminal."
    )

    @OptionGroup var data: DataOptions
    @OptionGroup(title: "Scenario") var scenario: ScenarioOptions
    @OptionGroup var loading: PartialOptions
    @OptionGroup(title: "Plan view") var plan: PlanOptions

    @Option(help: ArgumentHelp("Screen size, WIDTHxHEIGHT.", valueName: "size"))
    var size: String = "120x40"

    @Option(help: ArgumentHelp("Keys to press first, space-separated, named as tmux does: Left Right S-Right Up Down Tab BTab Enter Escape Space PageUp PageDown DC IC F1 C-q M-x, or plain characters (\"s\", \"?\").", valueName: "keys"))
    var keys: String = ""

    @Flag(help: "Draw with ASCII only.")
    var ascii = false

    func validate() throws {
        guard parsedSize != nil else { throw ValidationError("--size must look like 120x40 (at least 10x5, at most 1000x1000)") }
        _ = try pressed()
    }

    /// The keys of `--keys`, named as tmux names them.
    func pressed() throws -> [Key] {
        do { return try Key.parse(keys) } catch {
            throw ValidationError("--keys: unknown key name \(error.name); expected names as tmux spells them (Left, S-Right, C-q, M-x, DC, IC, F1…)")
        }
    }

    var parsedSize: (width: Int, height: Int)? {
        let parts = size.lowercased().split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, (10...1000).contains(parts[0]), (5...1000).contains(parts[1]) else { return nil }
        return (parts[0], parts[1])
    }

    func run() throws {
        let loaded = try data.load(quiet: true, partial: loading.partial)
        let (width, height) = parsedSize!
        var session = try Session.opening(loaded.dataset, options: scenario, plan: plan, hardware: data.hardware,
                                          ascii: ascii, width: width, height: height)
        session.send(loaded.problems)
        for key in try pressed() { session.press(key) }
        var terminal = ScriptedTerminal(width: width, height: height)
        terminal.draw(session.frame.canvas, theme: .default)
        Output.write(terminal.last!.lines.map { $0.trailingSpacesTrimmed }.joined(separator: "\n"))
    }
}

extension Session {
    /// A session on `dataset` with the command line's scenario (the suggested concurrency
    /// when none is given).
    static func opening(_ dataset: Dataset, options: ScenarioOptions, plan: PlanOptions, hardware: String?,
                        themes: [String] = ["default"], theme: Int = 0, ascii: Bool, width: Int, height: Int) throws -> Session {
        let prepared = PreparedDataset(dataset)
        let scenario = try options.scenario(for: prepared, hardware: hardware, plan: plan)
        let file = try options.firstFile()
        let settings = PlanSettings(requestsPerDay: try plan.requestsPerDay(TokenMeans(dataset, shapes: prepared.shapes), file: file)
                                        ?? PlanSettings.defaultVolume,
                                    peak: plan.peak(file: file))
        return Session(prepared: prepared, scenario: scenario, plan: settings, apis: try plan.chosenAPIs(), themes: themes,
                       theme: theme, ascii: ascii, width: width, height: height)
    }
}

