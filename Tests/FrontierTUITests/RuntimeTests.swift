import Foundation
import Synchronization
import FrontierCore
import Testing
@testable import FrontierTUI

/// The dashboard's real loop, driven by a scripted terminal: one frame an event, and the
/// effects `update` returns carried out by the runtime.
@Suite("runtime")
struct RuntimeTests {
    static func dashboard(_ session: Session = WidgetFixture.session(width: 80, height: 24), watch: [String] = [],
                          reload: @escaping @Sendable () -> Result<Dashboard.Reloaded, Dashboard.ReloadError> = { .failure(.init("no reload")) },
                          export: @escaping (ExportFormat, Session) -> String = { _, _ in "not exported" },
                          saveScenario: @escaping (Session) -> String = { _ in "not saved" },
                          loadScenario: @escaping (Int, Session) -> Result<(Scenario, PlanSettings?, String), Dashboard.ReloadError> = { _, _ in .failure(.init("no scenario files")) }) -> Dashboard {
        Dashboard(session: session, themes: ThemeCatalog(folders: []), colors: false, watch: watch, reload: reload, export: export,
                  saveScenario: saveScenario, loadScenario: loadScenario)
    }

    @Test func drawsExactlyOneFrameAnEvent() {
        var dashboard = Self.dashboard()
        let events: [InputEvent] = [.key(.left), .key(.left), .key(.down), .resize(width: 100, height: 30),
                                    .mouse(MouseEvent(.scrollDown, x: 5, y: 20)), .key(.character("q"))]
        var terminal = ScriptedTerminal(width: 80, height: 24, events: events)
        #expect(dashboard.run(on: &terminal) == nil, "q ends the loop without a signal")
        // The first frame, then one after each event but the last, which quits.
        #expect(terminal.frames.count == events.count)
        #expect(terminal.frames.last?.width == 100 && terminal.frames.last?.height == 30)
        #expect(terminal.frames[0].text != terminal.frames[1].text, "a slider step is drawn")
    }

    @Test func aSignalEndsTheLoopAndIsReturned() {
        var dashboard = Self.dashboard()
        var terminal = ScriptedTerminal(width: 80, height: 24, events: [.key(.right), .signal(SIGTERM), .key(.right)])
        #expect(dashboard.run(on: &terminal) == SIGTERM)
        #expect(terminal.frames.count == 2 && terminal.events == [.key(.right)])
    }

    @Test func aNewThemeIsLoadedAndRepaintsEverything() {
        var session = WidgetFixture.session()
        session = Session(dataset: session.dataset, scenario: session.state.scenario, themes: ["default", "mono"], width: 80, height: 24)
        var dashboard = Self.dashboard(session)
        var terminal = ScriptedTerminal(width: 80, height: 24, events: [.key(.character("t")), .key(.character("q"))])
        _ = dashboard.run(on: &terminal)
        #expect(terminal.invalidations == 1)
        #expect(dashboard.session.state.themeName == "mono")
    }

    @Test func theExportEffectIsCarriedOutOnceAndItsOutcomeShown() {
        nonisolated(unsafe) var asked: [ExportFormat] = []
        var dashboard = Self.dashboard(export: { format, _ in asked.append(format); return "exported frontier-widgets.\(format == .json ? "json" : "md")" })
        var terminal = ScriptedTerminal(width: 80, height: 24, events: [.key(.character("E")), .key(.right)])
        _ = dashboard.run(on: &terminal)
        #expect(terminal.frames[1].text.contains("exported frontier-widgets.json"))
        #expect(!terminal.frames[2].text.contains("exported frontier-widgets.json"), "a notice lasts until the next key")
        #expect(asked == [.json])
    }

    /// `S` saves through the runtime; `2` loads scenario 2, and a broken one keeps the scenario and says why.
    @Test func scenarioKeysAreCarriedOutAndABrokenFileKeepsTheScenario() {
        var loaded = WidgetFixture.session().state.scenario
        loaded.budget = 0.01
        loaded.sortKey = .cost
        var dashboard = Self.dashboard(saveScenario: { _ in "scenario saved to frontier-w.toml" }, loadScenario: { number, _ in
            number == 2 ? .success((loaded, PlanSettings(requestsPerDay: 5e6, peak: 3), "2 (b.toml)")) : .failure(.init("scenario \(number) not loaded: c.toml: line 1: sort: expected …"))
        })
        let before = dashboard.session.state.scenario
        var terminal = ScriptedTerminal(width: 80, height: 24, events: [.key(.character("S")), .key(.character("3")), .key(.character("2"))])
        _ = dashboard.run(on: &terminal)
        #expect(terminal.frames[1].text.contains("scenario saved to frontier-w.toml"))
        #expect(terminal.frames[2].text.contains("scenario 3 not loaded: c.toml: line 1: sort"))
        #expect(terminal.frames[3].text.contains("scenario 2 (b.toml) loaded"))
        #expect(dashboard.session.state.scenario == loaded && loaded != before)
        #expect(dashboard.session.state.plan == PlanSettings(requestsPerDay: 5e6, peak: 3))
    }

    /// A terminal whose first wait rewrites a watched file and reports it readable, then
    /// plays `after`: the reload must wait for the file to settle, and a key pressed
    /// meanwhile must not lose it.
    struct TouchingTerminal: Terminal {
        let file: String
        var after: [InputEvent]
        var touched = false
        var waitedForReload = false
        /// Events to play once a wait with a timeout has timed out (the reload started).
        var timeoutThen: [InputEvent?] = []
        var timeouts: [Double?] = []
        var frames = 0
        var size: (width: Int, height: Int) { (80, 24) }
        mutating func draw(_ canvas: Canvas, theme: Theme) { frames += 1 }
        mutating func invalidate() {}
        mutating func nextEvent(timeout: Double?, watching extra: [Int32]) -> InputEvent? {
            timeouts.append(timeout)
            if !touched {
                touched = true
                try? "changed \(UUID())".write(toFile: file, atomically: false, encoding: .utf8)
                return .readable(extra.first ?? -1)
            }
            if !after.isEmpty { return after.removeFirst() }
            if let first = timeoutThen.first, timeout != nil {
                timeoutThen.removeFirst()
                after = first.map { [$0] } ?? []
                return nil
            }
            if timeout != nil { return nil }
            // The reload runs off the loop: wait, as poll would, for its result.
            guard !waitedForReload else { return .signal(SIGHUP) }
            waitedForReload = true
            var fds = extra.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            guard poll(&fds, nfds_t(fds.count), 10_000) > 0, let ready = fds.first(where: { $0.revents != 0 }) else { return .signal(SIGHUP) }
            return .readable(ready.fd)
        }
    }

    @Test func aChangedFileIsReloadedOnceItHasSettled() throws {
        let folder = NSTemporaryDirectory() + "frontier-runtime-\(UUID())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/runs.csv"
        try "before".write(toFile: file, atomically: false, encoding: .utf8)
        let reloads = Mutex(0)
        let bigger = WidgetFixture.dataset(WidgetFixture.models + [("Delta", 70, [3, 9, 12])])
        var dashboard = Self.dashboard(watch: [file], reload: { reloads.withLock { $0 += 1 }; return .success(.init(dataset: bigger, notLoaded: 0, problems: [])) })
        var terminal = TouchingTerminal(file: file, after: [.key(.down)])
        #expect(dashboard.run(on: &terminal) == SIGHUP)
        #expect(reloads.withLock { $0 } == 1)
        #expect(dashboard.session.state.notice == "reloaded widgets")
        #expect(dashboard.session.dataset.models.count == 4)
        // Asleep at first, then waiting at most the settle time (the key came in it), then
        // asleep while the reload runs off the loop, and once more after its result.
        #expect(terminal.timeouts.count == 5)
        #expect(terminal.timeouts[0] == nil && terminal.timeouts[3] == nil && terminal.timeouts[4] == nil)
        #expect(terminal.timeouts[1].map { $0 > 0 && $0 <= Dashboard.settle } == true)
        #expect(terminal.timeouts[2].map { $0 >= 0 && $0 <= Dashboard.settle } == true)
    }

    @Test(.timeLimit(.minutes(1))) func qQuitsWhileASlowReloadRuns() throws {
        let folder = NSTemporaryDirectory() + "frontier-runtime-\(UUID())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/runs.csv"
        try "before".write(toFile: file, atomically: false, encoding: .utf8)
        let gate = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        var dashboard = Self.dashboard(watch: [file], reload: {
            gate.wait()
            finished.signal()
            return .failure(.init("too late"))
        })
        var terminal = TouchingTerminal(file: file, after: [])
        terminal.timeoutThen = [.key(.character("q"))]
        #expect(dashboard.run(on: &terminal) == nil, "q is answered while the data is still being read")
        #expect(dashboard.session.state.error == nil)
        gate.signal()
        #expect(finished.wait(timeout: .now() + 10) == .success)
    }
}
