import Glibc

/// Something the loop waits for.
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// SIGINT, SIGTERM, SIGHUP or SIGQUIT: leave, restoring the terminal.
    case signal(Int32)
    /// One of the extra descriptors passed to `nextEvent` can be read.
    case readable(Int32)
}

/// Where frames go and events come from. `NcursesTerminal` is a real terminal;
/// `ScriptedTerminal` plays events to the same loop in tests and keeps what it was shown
/// for `frontier snapshot`. Widgets never see either.
public protocol Terminal {
    var size: (width: Int, height: Int) { get }
    mutating func draw(_ canvas: Canvas, theme: Theme)
    /// Forgets what it showed (a new theme's colours): the next draw repaints every cell.
    mutating func invalidate()
    /// The next event, or nil when `timeout` seconds pass first (nil: wait for one). Waiting
    /// is asleep: the loop runs nothing on a timer.
    mutating func nextEvent(timeout: Double?, watching extra: [Int32]) -> InputEvent?
}

/// A terminal that plays a script of events and keeps every frame it was shown. When the
/// script is over, a wait with a timeout times out and a wait without one ends the loop as
/// a hang-up would.
public struct ScriptedTerminal: Terminal {
    public let size: (width: Int, height: Int)
    public var events: [InputEvent]
    public private(set) var frames: [Canvas] = []
    public private(set) var invalidations = 0

    public init(width: Int, height: Int, events: [InputEvent] = []) {
        size = (width, height)
        self.events = events
    }

    public var last: Canvas? { frames.last }

    public mutating func draw(_ canvas: Canvas, theme: Theme) { frames.append(canvas) }

    public mutating func invalidate() { invalidations += 1 }

    public mutating func nextEvent(timeout: Double?, watching extra: [Int32]) -> InputEvent? {
        guard events.isEmpty else { return events.removeFirst() }
        return timeout == nil ? .signal(SIGHUP) : nil
    }
}

/// Whether the dashboard can take over this terminal: both ends a TTY and a TERM that can
/// address the screen. Otherwise it refuses and points to `frontier report`.
public func isInteractive(stdinTTY: Bool, stdoutTTY: Bool, term: String?) -> Bool {
    guard stdinTTY, stdoutTTY, let term, !term.isEmpty else { return false }
    return term != "dumb"
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
