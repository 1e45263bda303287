import FrontierCore
import Glibc

/// The runtime: a session on a terminal. Waits for an event, turns it into an action,
/// carries out the effects, redraws — nothing runs on a timer.
public struct Dashboard {
    public var session: Session
    public var themes: ThemeCatalog
    public var colors: Bool
    /// Files to watch; empty for no watching.
    public var watch: [String]
    /// Reads the data again (off the loop), with what it left out and warned about
    /// (`Action.loadProblems`); an error message when nothing of the new content loads.
    public var reload: @Sendable () -> Result<Reloaded, ReloadError>

    public struct Reloaded: Sendable {
        public let dataset: Dataset
        public let notLoaded: Int
        public let problems: [String]
        public init(dataset: Dataset, notLoaded: Int, problems: [String]) {
            self.dataset = dataset
            self.notLoaded = notLoaded
            self.problems = problems
        }
    }
    /// Writes the session's view to a file; what the status line says (the file, or why not).
    public var export: (ExportFormat, Session) -> String
    /// Writes the session's scenario to a file; what the status line says.
    public var saveScenario: (Session) -> String
    /// Reads scenario file number N (from 1) for the session's data: the scenario and its
    /// name, or what is wrong (the current scenario stays). A small file, read on the loop
    /// as the export is written, so that an edit made during a demo is read.
    public var loadScenario: (Int, Session) -> Result<(Scenario, PlanSettings?, String), ReloadError>

    public struct ReloadError: Error {
        public let message: String
        public init(_ message: String) { self.message = message }
    }

    public init(session: Session, themes: ThemeCatalog, colors: Bool, watch: [String],
                reload: @escaping @Sendable () -> Result<Reloaded, ReloadError>, export: @escaping (ExportFormat, Session) -> String,
                saveScenario: @escaping (Session) -> String, loadScenario: @escaping (Int, Session) -> Result<(Scenario, PlanSettings?, String), ReloadError>) {
        self.export = export
        self.saveScenario = saveScenario
        self.loadScenario = loadScenario
        self.session = session
        self.themes = themes
        self.colors = colors
        self.watch = watch
        self.reload = reload
    }

    /// Runs on the real terminal until q, Esc or a signal; the terminal is restored on every
    /// way out. Returns the signal that ended it, if one did.
    public mutating func run() throws -> Int32? {
        var terminal = try NcursesTerminal(colors: colors)
        defer { terminal.stop() }
        return run(on: &terminal)
    }

    /// How long a changed data file must stay quiet before it is read (a writer is done), and
    /// the keys before the input counts as resting (`Session.awaitsRest`).
    static let settle = 0.05

    /// The loop, on any terminal: draw the frame, wait for one event, send its action, carry
    /// out the effects `update` returned — one frame an event. Waiting is the terminal's:
    /// asleep, or until a changed file has been quiet for `settle`, or, while the session
    /// awaits rest, until `settle` passes without an event.
    public mutating func run(on terminal: inout some Terminal) -> Int32? {
        let watcher = watch.isEmpty ? nil : FileWatcher(paths: watch)
        let reloads = watcher == nil ? nil : ReloadWorker(reload)
        let descriptors = [watcher?.descriptor, reloads?.descriptor].compactMap { $0 }
        var theme = loadTheme(session.state.themeName)
        var reloadAt: ContinuousClock.Instant?
        session.send(.resize(width: terminal.size.width, height: terminal.size.height))
        while true {
            terminal.draw(session.frame.canvas, theme: theme)
            let now = ContinuousClock.now
            let restAt = session.awaitsRest ? now + .milliseconds(Int(Self.settle * 1000)) : nil
            let timeout = [reloadAt, restAt].compactMap { $0 }.min().map { max(0, now.duration(to: $0).seconds) }
            var effects: [Effect] = []
            switch terminal.nextEvent(timeout: timeout, watching: descriptors) {
            case nil:
                // The wait timed out at the earlier deadline: the file has settled, or the
                // input rests, or both at once.
                let settled = reloadAt.map { at in restAt.map { at <= $0 } ?? true } ?? false
                let rests = restAt.map { at in reloadAt.map { at <= $0 } ?? true } ?? false
                if settled {
                    reloadAt = nil
                    effects += session.send(.filesChanged)
                }
                if rests { effects += session.send(.rested) }
            case .key(let key)?: effects = session.press(key)
            case .mouse(let mouse)?: effects = session.click(mouse)
            case .resize(let width, let height)?: effects = session.send(.resize(width: width, height: height))
            case .signal(let signal)?: return signal
            case .readable(let fd)? where fd == reloads?.descriptor:
                switch reloads?.take() {
                case .success(let new)?:
                    session.replace(new.dataset)
                    session.send(.loadProblems(notLoaded: new.notLoaded, lines: new.problems))
                case .failure(let error)?: session.send(.problem(error.message))
                case nil: break
                }
            case .readable?:
                if watcher?.changed() == true { reloadAt = ContinuousClock.now + .milliseconds(Int(Self.settle * 1000)) }
            }
            for effect in effects {
                switch effect {
                case .quit: return nil
                case .loadTheme(let name):
                    theme = loadTheme(name)
                    terminal.invalidate()
                case .export(let format): session.send(.exported(export(format, session)))
                case .reloadData: reloads?.start()
                case .saveScenario: session.send(.exported(saveScenario(session)))
                case .loadScenario(let number):
                    switch loadScenario(number, session) {
                    case .success(let (scenario, plan, name)): session.send(.scenarioLoaded(scenario, plan: plan, name: name))
                    case .failure(let error): session.send(.notice(error.message))
                    }
                }
            }
        }
    }

    /// A theme by catalog name or path; a broken file gives the default theme and the error
    /// in the status line.
    private mutating func loadTheme(_ name: String) -> Theme {
        let (theme, errors) = themes.load(nameOrPath: name)
        session.send(.themeProblem(errors.first.map { $0 + (errors.count > 1 ? " (+\(errors.count - 1) more)" : "") }))
        return theme
    }
}
