import FrontierCore
import Testing
@testable import FrontierTUI

/// `!`: what a load left out and warned about.
@Suite struct ProblemsOverlayTests {
    typealias F = WidgetFixture
    static let lines = [
        "runs/b.json: $: results_ttft_s_mean: expected a number ≥ 0, found -0.2",
        "$: p99_ttft_ms: warning: missing (in 12 files: a.json, c.json, d.json, …)",
    ]

    static func pane(_ lines: [String], width: Int = 50, height: Int = 12, scroll: Int = 0) -> (Canvas, Int) {
        var canvas = F.marked(width, height)
        let pane = ProblemsOverlay(lines: lines, ascii: false, scroll: scroll), area = Rect(x: 0, y: 1, width: width, height: height - 2)
        pane.render(into: &canvas, area: area)
        return (canvas, pane.scrollLimit(in: area))
    }

    @Test func eachProblemIsWrappedErrorsInTheirColour() {
        let (canvas, limit) = Self.pane(Self.lines)
        #expect(limit == 0)
        #expect(Array(canvas.lines[2...7]) == [
            "x┌ Loading problems · ! or Esc to close ────────┐x",
            "x│ runs/b.json: $: results_ttft_s_mean:         │x",
            "x│   expected a number ≥ 0, found -0.2          │x",
            "x│ $: p99_ttft_ms: warning: missing (in 12      │x",
            "x│   files: a.json, c.json, d.json, …)          │x",
            "x│                                              │x",
        ])
        #expect(canvas[3, 3]?.style.role == .error && canvas[3, 4]?.style.role == .error)
        #expect(canvas[3, 5]?.style.role == .warning)
    }

    @Test func withNothingWrongItSaysSo() {
        #expect(Self.pane([]).0.lines[3].contains("Every file loaded, without a warning."))
    }

    @Test func manyProblemsScroll() {
        let many = (1...20).map { "f\($0).json: $: broken" }
        let (top, limit) = Self.pane(many)
        // 20 lines, 6 rows inside the box.
        #expect(limit == 14)
        #expect(top.lines[3].contains("f1.json") && top.lines[9].contains("↓ more"))
        let (bottom, _) = Self.pane(many, scroll: 99)
        #expect(bottom.lines[3].contains("f15.json") && bottom.lines[8].contains("f20.json") && bottom.lines[9].contains("↑ PgUp"))
    }

    @Test func bangOpensAndClosesItAndEscCloses() {
        let state = ReduceFixture.state()
        #expect(KeyMap.action(for: .character("!"), in: state) == .toggleProblems)
        let open = reduce(state, .toggleProblems)
        #expect(open.overlay == .problems)
        #expect(reduce(open, .toggleProblems).overlay == nil)
        #expect(reduce(open, .escape).overlay == nil && !reduce(open, .escape).quitting)
    }

    @Test func aLoadSaysHowManyFilesWereLeftOut() {
        let state = reduce(ReduceFixture.state(), .loadProblems(notLoaded: 1, lines: Self.lines))
        #expect(state.problems == Self.lines)
        #expect(state.notice == "1 file(s) not loaded; ! lists them and why")
        let warned = reduce(ReduceFixture.state(), .loadProblems(notLoaded: 0, lines: ["a: warning: w"]))
        #expect(warned.notice == "1 warning(s) loading the data; ! lists what and why")
        #expect(reduce(ReduceFixture.state(), .loadProblems(notLoaded: 0, lines: [])).notice == nil)
        let reloaded = reduce(reduce(ReduceFixture.state(), .dataReloaded(ReduceFixture.data(name: "new"))),
                              .loadProblems(notLoaded: 2, lines: Self.lines))
        #expect(reloaded.notice == "reloaded new · 2 file(s) not loaded; ! lists them and why")
    }
}
