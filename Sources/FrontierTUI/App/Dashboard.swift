import FrontierCore
import Glibc

/// The interactive dashboard: a session on a real terminal. Waits for an event, turns it
/// into an action, redraws — nothing runs on a timer.
public struct Dashboard {
    public var session: Session
    public var themes: ThemeCatalog
    public var colors: Bool
    /// Files to watch; empty for no watching.
    public var watch: [String]
    /// Reads the data again, with what it left out and warned about (`Action.loadProblems`);
    /// an error message when nothing of the new content loads.
    public var reload: () -> Result<Reloaded, ReloadError>

    public struct Reloaded {
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

    public struct ReloadError: Error {
        public let message: String
        public init(_ message: String) { self.message = message }
    }

    public init(session: Session, themes: ThemeCatalog, colors: Bool, watch: [String],
                reload: @escaping () -> Result<Reloaded, ReloadError>, export: @escaping (ExportFormat, Session) -> String) {
        self.export = export
        self.session = session
        self.themes = themes
        self.colors = colors
        self.watch = watch
        self.reload = reload
    }

    /// Runs until q, Esc or a signal; the terminal is restored on every way out. Returns
    /// the signal that ended it, if one did.
    public mutating func run() throws -> Int32? {
        let terminal = try NcursesTerminal(colors: colors)
        defer { terminal.stop() }
        let watcher = watch.isEmpty ? nil : FileWatcher(paths: watch)
        var (theme, themeName) = loadTheme()
        session.send(.resize(width: terminal.size.width, height: terminal.size.height))
        while true {
            if session.state.themeName != themeName {
                (theme, themeName) = loadTheme()
                terminal.invalidate()
            }
            terminal.draw(session.frame.canvas, theme: theme)
            switch terminal.nextEvent(watching: watcher.map { [$0.descriptor] } ?? []) {
            case .key(let key): session.press(key)
            case .mouse(let mouse): session.click(mouse)
            case .resize(let width, let height): session.send(.resize(width: width, height: height))
            case .signal(let signal): return signal
            case .readable:
                // Let a writer finish before reading what it wrote.
                usleep(50_000)
                if watcher?.changed() == true {
                    switch reload() {
                    case .success(let new):
                        session.replace(new.dataset)
                        session.send(.loadProblems(notLoaded: new.notLoaded, lines: new.problems))
                    case .failure(let error): session.send(.problem(error.message))
                    }
                }
            }
            // The export `reduce` asked for, carried out here, its outcome sent back.
            if let format = session.state.pendingExport { session.send(.exported(export(format, session))) }
            if session.state.quitting { return nil }
        }
    }

    /// The theme the state names (a catalog name or a file path); a broken file gives the
    /// default theme and the error in the status line.
    private mutating func loadTheme() -> (Theme, String) {
        let name = session.state.themeName
        let (theme, errors) = themes.load(nameOrPath: name)
        session.send(.themeProblem(errors.first.map { $0 + (errors.count > 1 ? " (+\(errors.count - 1) more)" : "") }))
        return (theme, name)
    }
}

