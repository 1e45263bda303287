@preconcurrency import CNcursesw
import Glibc
import Synchronization

/// Something the interactive loop waits for.
public enum InputEvent: Equatable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// SIGINT, SIGTERM, SIGHUP or SIGQUIT: leave, restoring the terminal.
    case signal(Int32)
    /// One of the extra descriptors passed to `nextEvent` can be read.
    case readable(Int32)
}

public struct TerminalError: Error, CustomStringConvertible {
    public let description: String
}

/// The ncurses backend — the only file that talks to ncurses. Draws canvases through the
/// wide-character API (ncurses sends only the cells that changed) and turns keys, mouse,
/// resizes and signals into `InputEvent`s. Waiting blocks in poll(2): idle means asleep.
public final class NcursesTerminal: Terminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let depth: ColorDepth
    /// Where the signal watchdog hands the loop each ending signal (the read end of a pipe).
    private let signalFD: Int32
    private var pairs: [Colors: Int16] = [:]
    private var shown: Canvas?
    private var pending: [InputEvent] = []
    private var buttonDown = false
    private var stopped = false
    private var savedMask = sigset_t()

    /// Signals that end the dashboard. A watchdog thread waits for them and passes each to
    /// the loop, which restores the terminal and returns; if the loop has not done so within
    /// `signalGrace` (it is busy), the watchdog restores the terminal itself and exits.
    static let endingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
    static let signalGrace: timespec = timespec(tv_sec: 1, tv_nsec: 500_000_000)
    /// Signals of a crash: the terminal is restored before the crash is reported.
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]
    /// Whether a screen is up, for the watchdog and the crash handler.
    static let active = Atomic<Bool>(false)
    /// The handlers the crash handler replaced, by position in `crashSignals`.
    nonisolated(unsafe) static var previousCrashActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 6)

    public init(colors: Bool) throws {
        setlocale(LC_ALL, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }

        // A test runner's threads block SIGWINCH, and the mask is inherited: unblock it, or
        // resizes never arrive. Block the ending signals and read them from a signalfd.
        var endings = sigset_t()
        sigemptyset(&endings)
        for signal in Self.endingSignals { sigaddset(&endings, signal) }
        var winch = sigset_t()
        sigemptyset(&winch)
        sigaddset(&winch, SIGWINCH)
        pthread_sigmask(SIG_UNBLOCK, &winch, nil)
        pthread_sigmask(SIG_BLOCK, &endings, &savedMask)
        var ends: [Int32] = [-1, -1]
        _ = pipe(&ends)
        for fd in ends {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        signalFD = ends[0]

        // newterm, not initscr: a bad TERM gives nil here instead of exit(1).
        guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
              let screen = newterm(nil, output, input) else {
            pthread_sigmask(SIG_SETMASK, &savedMask, nil)
            let term = getenv("TERM").map { String(cString: $0) } ?? ""
            throw TerminalError(description: "cannot open the terminal (TERM=\(term))")
        }
        self.screen = screen
        window = nc_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        nodelay(window, true)
        _ = curs_set(0)
        set_escdelay(25)
        mouseinterval(0)
        _ = mousemask(nc_all_mouse_events(), nil)
        var colourCount = 0
        if colors && has_colors() {
            start_color()
            use_default_colors()
            colourCount = Int(nc_colors())
        }
        depth = ColorDepth(terminalColors: colors ? colourCount : 0)
        Self.active.store(true, ordering: .sequentiallyConsistent)
        Self.installCrashHandlers()
        Self.startWatchdog(writingTo: ends[1])
    }

    deinit { stop() }

    /// Restores the terminal. Safe to call more than once.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        if Self.active.exchange(false, ordering: .sequentiallyConsistent) {
            endwin()
            delscreen(screen)
        }
        if signalFD >= 0 { close(signalFD) }
        pthread_sigmask(SIG_SETMASK, &savedMask, nil)
    }

    /// The last resort of the watchdog and the crash handler: leave the alternate screen and
    /// mouse mode and restore the tty, once, whatever the loop is doing.
    private static func emergencyRestore() {
        guard active.exchange(false, ordering: .sequentiallyConsistent) else { return }
        endwin()
    }

    /// Restores the terminal on a crash, then hands the signal to the handler it replaced
    /// (Swift's backtracer prints the crash, now on a normal screen), and ends the process
    /// as the signal does by default, even when the signal was sent rather than raised by
    /// a fault (the backtracer returns then).
    private static func installCrashHandlers() {
        for (i, signal) in crashSignals.enumerated() {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = { signal, info, context in
                NcursesTerminal.emergencyRestore()
                if let i = NcursesTerminal.crashSignals.firstIndex(of: signal) {
                    let previous = NcursesTerminal.previousCrashActions[i]
                    if previous.sa_flags & SA_SIGINFO != 0, let handler = previous.__sigaction_handler.sa_sigaction {
                        handler(signal, info, context)
                    } else if let handler = previous.__sigaction_handler.sa_handler,
                              UInt(bitPattern: unsafeBitCast(handler, to: UnsafeRawPointer.self)) > 1 {   // not SIG_DFL, SIG_IGN
                        handler(signal)
                    }
                }
                Glibc.signal(signal, SIG_DFL)
                raise(signal)
            }
            action.sa_flags = SA_SIGINFO
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, previousCrashActions + i)
        }
    }

    /// A thread that waits for the ending signals (blocked everywhere else, so they all come
    /// here) and writes each to the loop's pipe; if the screen is still up after the grace
    /// period, the loop is stuck: restore and exit as the signal would.
    private static func startWatchdog(writingTo fd: Int32) {
        var thread = pthread_t()
        let box = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        box.pointee = fd
        pthread_create(&thread, nil, { argument in
            let fd = argument!.assumingMemoryBound(to: Int32.self).pointee
            var endings = sigset_t()
            sigemptyset(&endings)
            for signal in NcursesTerminal.endingSignals { sigaddset(&endings, signal) }
            while NcursesTerminal.active.load(ordering: .sequentiallyConsistent) {
                var info = siginfo_t()
                var tick = timespec(tv_sec: 0, tv_nsec: 200_000_000)
                let signal = sigtimedwait(&endings, &info, &tick)
                guard signal > 0 else { continue }
                var number = signal
                _ = write(fd, &number, MemoryLayout<Int32>.size)
                var grace = NcursesTerminal.signalGrace, left = timespec()
                while nanosleep(&grace, &left) != 0 && errno == EINTR { grace = left }
                if NcursesTerminal.active.load(ordering: .sequentiallyConsistent) {
                    NcursesTerminal.emergencyRestore()
                    _exit(128 + signal)
                }
            }
            close(fd)
            return nil
        }, box)
        pthread_detach(thread)
    }

    public var size: (width: Int, height: Int) { (Int(getmaxx(window)), Int(getmaxy(window))) }

    public func draw(_ canvas: Canvas, theme: Theme) {
        let fresh = shown == nil || shown!.width != canvas.width || shown!.height != canvas.height
        if fresh { werase(window) }
        var cell = cchar_t()
        for y in 0..<canvas.height {
            for x in 0..<canvas.width {
                let c = canvas[x, y]!
                // A wide character's second cell: ncurses fills it with the character itself.
                if c.isContinuation || (!fresh && shown![x, y] == c) { continue }
                let (attributes, pair) = look(c.style, theme: theme)
                var text = c.character.unicodeScalars.prefix(Int(CCHARW_MAX) - 1).map { wchar_t(bitPattern: $0.value) } + [0]
                _ = setcchar(&cell, &text, attributes, pair, nil)
                _ = mvwadd_wch(window, Int32(y), Int32(x), &cell)
            }
        }
        shown = canvas
        wrefresh(window)
    }

    /// Attributes and colour pair for a style under the theme. Without colour, roles that
    /// recede are dimmed and roles that stand out are bold.
    private func look(_ style: Style, theme: Theme) -> (attr_t, Int16) {
        var attributes = NC_A_NORMAL
        if style.bold { attributes |= NC_A_BOLD }
        if style.reverse { attributes |= NC_A_REVERSE }
        if style.underline { attributes |= NC_A_UNDERLINE }
        guard depth != .none else {
            switch style.role {
            case .muted, .dominated, .trail, .overBudget: attributes |= NC_A_DIM
            case .frontier, .focus, .error, .warning, .knee, .title: attributes |= NC_A_BOLD
            default: break
            }
            return (attributes, 0)
        }
        return (attributes, pair(for: theme[style.role]))
    }

    private func pair(for colors: Colors) -> Int16 {
        if let known = pairs[colors] { return known }
        let next = Int16(pairs.count + 1)
        guard Int32(next) < nc_color_pairs() else { return 0 }
        let fg = colors.fg.flatMap(depth.index(of:)).map(Int16.init) ?? -1
        let bg = colors.bg.flatMap(depth.index(of:)).map(Int16.init) ?? -1
        init_pair(next, fg, bg)
        pairs[colors] = next
        return next
    }

    /// Forgets the colour pairs (a new theme) and repaints everything on the next draw.
    public func invalidate() {
        pairs = [:]
        shown = nil
    }

    /// Blocks until a key, click, resize or signal arrives, or an extra descriptor is
    /// readable.
    public func nextEvent(watching extra: [Int32] = []) -> InputEvent {
        while pending.isEmpty {
            var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: signalFD, events: Int16(POLLIN), revents: 0)]
                + extra.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&fds, nfds_t(fds.count), -1)
            // EINTR: SIGWINCH woke us; ncurses queues KEY_RESIZE for the read below.
            if ready < 0 && errno != EINTR { pending.append(.signal(SIGHUP)); break }
            if fds[1].revents & Int16(POLLIN) != 0 {
                var number: Int32 = 0
                if read(signalFD, &number, MemoryLayout<Int32>.size) == MemoryLayout<Int32>.size { pending.append(.signal(number)) }
            }
            if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 && fds[0].revents & Int16(POLLIN) == 0 {
                pending.append(.signal(SIGHUP))   // the terminal went away
            }
            readKeys()
            for (i, fd) in fds.enumerated().dropFirst(2) where fd.revents != 0 { pending.append(.readable(extra[i - 2])) }
        }
        return pending.removeFirst()
    }

    private func readKeys() {
        var ch: wint_t = 0
        // Escape and a character read together are one key, Alt and the character: that
        // is how a terminal sends it. An Escape alone is Escape.
        var escape = false
        while true {
            let rc = wget_wch(window, &ch)
            if rc == ERR { break }
            if rc != KEY_CODE_YES && ch == 27 && !escape {
                escape = true
                continue
            }
            let event = rc == KEY_CODE_YES ? special(Int32(ch)) : character(ch)
            if escape, case .key(.character(let c))? = event {
                pending.append(.key(.alt(c)))
            } else {
                if escape { pending.append(.key(.escape)) }
                if let event { pending.append(event) }
            }
            escape = false
        }
        if escape { pending.append(.key(.escape)) }
    }

    private func character(_ ch: wint_t) -> InputEvent? {
        switch ch {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 127, 8: return .key(.backspace)
        case 3: return .signal(SIGINT)
        case 1...26: return .key(.control(Character(Unicode.Scalar(UInt8(ch) + 96))))
        default:
            guard ch >= 32, let scalar = Unicode.Scalar(ch) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }

    private func special(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_SLEFT: return .key(.shiftLeft)
        case KEY_SRIGHT: return .key(.shiftRight)
        case KEY_SR: return .key(.shiftUp)
        case KEY_SF: return .key(.shiftDown)
        case KEY_BTAB: return .key(.backTab)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_DC: return .key(.delete)
        case KEY_IC: return .key(.insert)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_RESIZE:
            shown = nil
            return .resize(width: size.width, height: size.height)
        case KEY_MOUSE: return mouse()
        case KEY_F0 + 1...KEY_F0 + 12: return .key(.function(Int(code - KEY_F0)))
        default: return nil
        }
    }

    private func mouse() -> InputEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let x = Int(event.x), y = Int(event.y), state = event.bstate
        if state & nc_button1_pressed() != 0 { buttonDown = true; return .mouse(MouseEvent(.press, x: x, y: y)) }
        // A press and release read together arrive as a click: act on it as on a press.
        if state & nc_button1_clicked() != 0 { buttonDown = false; return .mouse(MouseEvent(.press, x: x, y: y)) }
        if state & nc_button1_released() != 0 { buttonDown = false; return .mouse(MouseEvent(.release, x: x, y: y)) }
        if state & nc_button4_pressed() != 0 { return .mouse(MouseEvent(.scrollUp, x: x, y: y)) }
        if state & nc_button5_pressed() != 0 { return .mouse(MouseEvent(.scrollDown, x: x, y: y)) }
        if state & nc_report_position() != 0 && buttonDown { return .mouse(MouseEvent(.drag, x: x, y: y)) }
        return nil
    }
}
