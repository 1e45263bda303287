/// Where frames go. `NcursesTerminal` draws on a real terminal; `HeadlessTerminal` keeps
/// the last frame for tests and `frontier snapshot`. Widgets never see either.
public protocol Terminal {
    var size: (width: Int, height: Int) { get }
    mutating func draw(_ canvas: Canvas, theme: Theme)
}

/// A terminal that only remembers what it was shown.
public struct HeadlessTerminal: Terminal {
    public let size: (width: Int, height: Int)
    public private(set) var last: Canvas?
    public private(set) var frames = 0

    public init(width: Int, height: Int) { size = (width, height) }

    public mutating func draw(_ canvas: Canvas, theme: Theme) {
        last = canvas
        frames += 1
    }
}

/// Whether the dashboard can take over this terminal: both ends a TTY and a TERM that can
/// address the screen. Otherwise it refuses and points to `frontier report`.
public func isInteractive(stdinTTY: Bool, stdoutTTY: Bool, term: String?) -> Bool {
    guard stdinTTY, stdoutTTY, let term, !term.isEmpty else { return false }
    return term != "dumb"
}
