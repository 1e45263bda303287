import Foundation
import Glibc
import Testing

/// The built binary in a real terminal (tmux): start, keys, resize, quit, signals, reload.
@Suite(.serialized, Tmux.required) struct DashboardEndToEndTests {
    /// Runs the dashboard under a shell that records the terminal modes once it exits, so
    /// a test can see that the terminal was restored.
    func start(_ arguments: String = "", width: Int = 120, height: Int = 40) -> (Tmux, String) {
        let modes = NSTemporaryDirectory() + "frontier-stty-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        let tmux = Tmux("sh -c '\(frontierBinary) \(arguments); echo \"exit=$?\" > \(modes); stty -a >> \(modes)'",
                        width: width, height: height)
        return (tmux, modes)
    }

    /// The modes a dashboard turns off are back on: canonical input and echo.
    func restored(_ modes: String) -> (exit: String, restored: Bool) {
        for _ in 0..<200 where !FileManager.default.fileExists(atPath: modes) { usleep(25_000) }
        usleep(50_000)
        let text = (try? String(contentsOfFile: modes, encoding: .utf8)) ?? ""
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" })
        let exit = text.split(separator: "\n").first.map(String.init) ?? ""
        return (exit, words.contains("icanon") && words.contains("echo"))
    }

    func dashboardPID(_ tmux: Tmux) -> pid_t? {
        guard let shell = tmux.panePID else { return nil }
        return children(of: shell).first
    }

    @Test func startsShowsTheFrontierAndQuitsCleanly() {
        let (tmux, modes) = start()
        defer { tmux.stop(); unlink(modes) }
        #expect(tmux.wait(for: "Production frontier"))
        let screen = tmux.screen
        #expect(screen.contains("Frontier · wineval-a800"))
        #expect(screen.contains("WiNGPT-3.5"))
        #expect(screen.contains("Economics · WiNGPT-3.5"))
        #expect(screen.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) }, "braille plot")
        tmux.keys("q")
        let (exit, isRestored) = restored(modes)
        #expect(exit == "exit=0")
        #expect(isRestored)
    }

    @Test func aConcurrencyStepChangesTheRanking() {
        let (tmux, modes) = start()
        defer { tmux.stop(); unlink(modes) }
        #expect(tmux.wait(for: "Ranking at c=64"))
        let before = tmux.screen
        tmux.keys("Left", "Left")
        #expect(tmux.wait(for: "Ranking at c=32"))
        #expect(tmux.screen != before)
        #expect(tmux.screen.contains("$0.42"), "WiNGPT-3.5 costs $0.42 at c=32")
    }

    @Test func resizeRelaysOut() {
        let (tmux, modes) = start()
        defer { tmux.stop(); unlink(modes) }
        #expect(tmux.wait(for: "Economics"))
        tmux.run(["resize-window", "-t", "t", "-x", "80", "-y", "24"])
        #expect(tmux.wait(seconds: 10) { !$0.contains("Economics") && $0.contains("Ranking at c=") })
        tmux.run(["resize-window", "-t", "t", "-x", "40", "-y", "10"])
        #expect(tmux.wait(for: "Terminal too small"))
        tmux.run(["resize-window", "-t", "t", "-x", "120", "-y", "40"])
        #expect(tmux.wait(for: "Economics"))
    }

    @Test func helpOpensAndCloses() {
        let (tmux, modes) = start()
        defer { tmux.stop(); unlink(modes) }
        #expect(tmux.wait(for: "Production frontier"))
        tmux.keys("?")
        #expect(tmux.wait(for: "Help · ? or Esc to close"))
        #expect(tmux.screen.contains("Elasticity ε"))
        tmux.keys("Escape")
        #expect(tmux.wait(seconds: 10) { !$0.contains("Help ·") })
    }

    @Test(arguments: [(SIGTERM, "TERM"), (SIGHUP, "HUP")])
    func signalsRestoreTheTerminal(signal: Int32, name: String) throws {
        let (tmux, modes) = start()
        defer { tmux.stop(); unlink(modes) }
        #expect(tmux.wait(for: "Production frontier"))
        let pid = try #require(dashboardPID(tmux))
        kill(pid, signal)
        let (exit, isRestored) = restored(modes)
        #expect(exit == "exit=\(128 + signal)", "SIG\(name)")
        #expect(isRestored, "SIG\(name)")
    }

    @Test func rewrittenDataReloadsAndBadDataKeepsTheLastGood() throws {
        let path = NSTemporaryDirectory() + "frontier-watch-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).csv"
        defer { unlink(path) }
        let original = "model,hardware,gpus,concurrency,request_throughput,quality\nalpha,A800-80G,2,4,1.5,60\nalpha,A800-80G,2,8,2.5,60\n"
        try original.write(toFile: path, atomically: false, encoding: .utf8)
        let (tmux, modes) = start(path)
        defer { tmux.stop(); unlink(modes) }
        #expect(tmux.wait(for: "alpha"))
        try original.replacingOccurrences(of: "alpha", with: "bravo").write(toFile: path, atomically: true, encoding: .utf8)
        #expect(tmux.wait(for: "bravo"))
        #expect(tmux.wait(for: "reloaded"))
        try "model,hardware,gpus,concurrency,request_throughput\nbravo,A800-80G,2,4,oops\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(tmux.wait(for: "line 2: request_throughput"))
        #expect(tmux.screen.contains("bravo"), "the last good data stays on screen")
    }

    @Test func refusesWithoutATerminal() {
        let (status, output) = frontier()
        #expect(status == 2)
        #expect(output.contains("needs an interactive terminal"))
        #expect(output.contains("frontier report"))
    }
}

/// Mouse input as an xterm sends it (X10 encoding, which ncurses reads for TERM=tmux-256color).
@Suite(.serialized, Tmux.required) struct DashboardMouseEndToEndTests {
    /// `ESC [ M b x y`, each byte offset by 32, coordinates 1-based.
    static func x10(button: Int, x: Int, y: Int) -> String {
        "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + button))) + String(UnicodeScalar(UInt8(33 + x))) + String(UnicodeScalar(UInt8(33 + y)))
    }

    @Test func clickingARankingRowSelectsThatModel() throws {
        let tmux = Tmux(frontierBinary)
        defer { tmux.stop() }
        #expect(tmux.wait(for: "Economics · WiNGPT-3.5"))
        let lines = tmux.screen.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(lines.firstIndex { $0.contains(" dense-72B-int4 ") && $0.hasPrefix(" ") })
        tmux.run(["send-keys", "-t", "t", "-l", Self.x10(button: 0, x: 5, y: row) + Self.x10(button: 3, x: 5, y: row)])
        #expect(tmux.wait(for: "Economics · dense-72B-int4"))
    }

    @Test func clickingASliderTrackMovesIt() throws {
        let tmux = Tmux(frontierBinary)
        defer { tmux.stop() }
        #expect(tmux.wait(for: "Ranking at c=64"))
        let lines = tmux.screen.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(lines.firstIndex { $0.contains("Concurrency") })
        let track = try #require(lines[row].firstIndex(of: "━")).utf16Offset(in: lines[row])
        // The track's first cell is the lowest measured level.
        tmux.run(["send-keys", "-t", "t", "-l", Self.x10(button: 0, x: track, y: row)])
        #expect(tmux.wait(for: "Ranking at c=1 "))
    }
}

extension DashboardMouseEndToEndTests {
    @Test func draggingASliderHandleFollowsThePointer() throws {
        let tmux = Tmux(frontierBinary)
        defer { tmux.stop() }
        #expect(tmux.wait(for: "Ranking at c=64"))
        let lines = tmux.screen.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(lines.firstIndex { $0.contains("Concurrency") })
        let cells = Array(lines[row])
        let first = try #require(cells.firstIndex(of: "━"))
        let last = try #require(cells.lastIndex { $0 == "━" || $0 == "●" || $0 == "─" })
        // Press at the start, move with the button held (button code 32), release at the end.
        tmux.run(["send-keys", "-t", "t", "-l", Self.x10(button: 0, x: first, y: row)])
        #expect(tmux.wait(for: "Ranking at c=1 "))
        tmux.run(["send-keys", "-t", "t", "-l", Self.x10(button: 32, x: last, y: row)])
        #expect(tmux.wait(for: "Ranking at c=128 "))
        tmux.run(["send-keys", "-t", "t", "-l", Self.x10(button: 3, x: first, y: row)])
        usleep(200_000)
        #expect(tmux.screen.contains("Ranking at c=128 "), "a release sets nothing")
    }
}

/// The Plan view in a real terminal: `p` opens it at 80×24, a slider step redraws it, Esc
/// goes back.
@Suite(.serialized, Tmux.required) struct PlanViewEndToEndTests {
    @Test func planViewOpensStepsAndCloses() {
        // The exit status from a shell: tmux 3.3 sometimes leaves a dead pane's process unreaped,
        // so its own #{pane_dead_status} can stay empty.
        let tmux = Tmux("sh -c '\(frontierBinary) --volume 2e6; echo exit=$?; sleep 10'", width: 80, height: 24)
        defer { tmux.stop() }
        #expect(tmux.wait(for: "Production frontier"))
        tmux.keys("p")
        #expect(tmux.wait(for: "Fleet for 2M requests a day"))
        tmux.keys("b")
        #expect(tmux.wait(for: "Cheapest: dense-7B at c=128"))
        // A frame reaches tmux line by line: wait for this line too, not only the one above it.
        #expect(tmux.wait(for: "5×2 GPUs · $4725.40/month"))
        tmux.keys("S-Right")
        #expect(tmux.wait(for: "Fleet for 5M requests a day"))
        tmux.keys("Escape")
        #expect(tmux.wait(for: "Ranking each at its best"))
        tmux.keys("q")
        #expect(tmux.wait(for: "exit=0"))
    }
}

/// The Risk view and the pin in a real terminal: `x` opens the view, a slider step is
/// refined to the full draws once no key comes (the poll's timeout), Esc goes back; `P`
/// pins and the ranking's title names what a step changed.
@Suite(.serialized, Tmux.required) struct RiskViewEndToEndTests {
    @Test func riskViewRefinesAtRestAndThePinNamesTheChange() {
        let tmux = Tmux("sh -c '\(frontierBinary) --sort cost; echo exit=$?; sleep 10'", width: 80, height: 24)
        defer { tmux.stop() }
        #expect(tmux.wait(for: "Production frontier"))
        tmux.keys("x")
        #expect(tmux.wait(for: "First · 2,000 draws"))
        tmux.keys("Right")
        #expect(tmux.wait(for: "Risk · dense-7B at c=90.5"))
        #expect(tmux.wait(for: "First · 2,000 draws"), "the rough count is refined when the input rests")
        tmux.keys("Escape")
        #expect(tmux.wait(for: "Ranking at c=90.5"))
        tmux.keys("P")
        tmux.keys("Left")
        #expect(tmux.wait(for: "pinned: Concurrency 90.5 → 64"))
        tmux.keys("q")
        #expect(tmux.wait(for: "exit=0"))
    }
}
