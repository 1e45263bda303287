import Foundation
import Glibc
import Testing

/// The dashboard cannot be frozen by what it reads, and leaves the terminal as it found it
/// however it ends (issue #14). In tmux, whose pane says whether the alternate screen and
/// mouse reporting are still on after the dashboard has gone.
@Suite(.serialized, Tmux.required) struct HardeningEndToEndTests {
    /// The dashboard under a shell that, once it exits, records its status and the tty
    /// modes, then stays so that the pane can be asked about its screen.
    func start(_ arguments: String, environment: String = "") -> (Tmux, String) {
        let modes = NSTemporaryDirectory() + "frontier-harden-stty-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        let tmux = Tmux("sh -c '\(environment) \(frontierBinary) \(arguments) 2>/dev/null; echo \"exit=$?\" > \(modes); stty -a >> \(modes); sleep 60'")
        return (tmux, modes)
    }

    /// The exit line, and whether the tty, the screen and the mouse are all back.
    func restored(_ tmux: Tmux, _ modes: String) -> (exit: String, tty: Bool, screen: Bool) {
        for _ in 0..<400 where !FileManager.default.fileExists(atPath: modes) { usleep(25_000) }
        usleep(100_000)
        let text = (try? String(contentsOfFile: modes, encoding: .utf8)) ?? ""
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" })
        let flags = tmux.run(["display", "-p", "-t", "t", "#{alternate_on}#{mouse_any_flag}#{mouse_button_flag}"]).output
        return (text.split(separator: "\n").first.map(String.init) ?? "",
                words.contains("icanon") && words.contains("echo"), flags.hasPrefix("000"))
    }

    func dashboardPID(_ tmux: Tmux) -> pid_t? {
        tmux.panePID.flatMap { children(of: $0).first }
    }

    func scratch() -> String {
        let path = NSTemporaryDirectory() + "frontier-harden-e2e-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        mkdir(path, 0o755)
        return path
    }

    @Test func aFIFOAsTheThemeIsRefusedAndTheDashboardStillQuits() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        mkfifo(folder + "/fifo.theme", 0o644)
        let (tmux, modes) = start("--theme \(folder)/fifo.theme")
        defer { tmux.stop(); unlink(modes) }
        // Before: opening the FIFO blocked the loop before the first frame, and q did nothing.
        #expect(tmux.wait(for: "is a named pipe (FIFO), not a file"))
        tmux.keys("q")
        let (exit, tty, screen) = restored(tmux, modes)
        #expect(exit == "exit=0")
        #expect(tty && screen)
    }

    @Test func aWatchedFileReplacedByAFIFOKeepsTheDashboardAlive() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/data.csv"
        try "model,hardware,gpus,concurrency,request_throughput,quality\nalpha,A800-80G,2,4,1.5,60\nalpha,A800-80G,2,8,2.5,60\n"
            .write(toFile: path, atomically: false, encoding: .utf8)
        let (tmux, modes) = start(path)
        defer { tmux.stop(); unlink(modes) }
        #expect(tmux.wait(for: "alpha"))
        mkfifo(folder + "/next.csv", 0o644)
        rename(folder + "/next.csv", path)
        #expect(tmux.wait(for: "is a named pipe (FIFO)"))
        #expect(tmux.screen.contains("alpha"), "the last good data stays")
        let pid = try #require(dashboardPID(tmux))
        kill(pid, SIGTERM)
        let (exit, tty, screen) = restored(tmux, modes)
        #expect(exit == "exit=143")
        #expect(tty && screen)
    }

    @Test func anAbsurdCostInputNeitherLoopsNorIgnoresQ() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = try String(contentsOfFile: repositoryRoot + "/sample-data/wineval-a800.json", encoding: .utf8)
            .replacingOccurrences(of: #""preset": "A800-80G""#, with: #""preset": "A800-80G", "power_kw": 1e308"#)
        try text.write(toFile: folder + "/hot.json", atomically: false, encoding: .utf8)
        let (tmux, modes) = start(folder + "/hot.json")
        defer { tmux.stop(); unlink(modes) }
        #expect(tmux.wait(for: "0 of 9 fit"))
        tmux.keys("Down", "Right", "Right", "S-Left")
        #expect(tmux.wait(for: "▶Budget"))
        tmux.keys("q")
        let (exit, tty, screen) = restored(tmux, modes)
        #expect(exit == "exit=0")
        #expect(tty && screen)
    }

    @Test func aCrashRestoresTheTerminalBeforeItIsReported() throws {
        // Swift's crash report asks for a key on a terminal; here it only prints.
        let (tmux, modes) = start("", environment: "SWIFT_BACKTRACE=interactive=no")
        defer { tmux.stop(); unlink(modes) }
        #expect(tmux.wait(for: "Production frontier"))
        let pid = try #require(dashboardPID(tmux))
        // What a trap in the dashboard raises; before, the terminal stayed raw in the
        // alternate screen with mouse reporting on.
        kill(pid, SIGSEGV)
        let (exit, tty, screen) = restored(tmux, modes)
        #expect(exit != "exit=0" && !exit.isEmpty)
        #expect(tty, "tty modes restored")
        #expect(screen, "alternate screen and mouse reporting off")
    }
}
