@testable import FrontierCore
import Testing
@testable import FrontierTUI

/// The Risk view (`x`) on the wineval sample: its screens, its widgets against hand-drawn
/// lines, and when the session works its figures out.
@Suite("Risk view")
struct RiskViewTests {
    /// `s`: ranked by cost, where the assumptions can change who is first.
    static let screens: [GoldenTests.Screen] = [
        GoldenTests.Screen(name: "risk", keys: "s x", shows: ["Risk · dense-7B at c=64", "First · 2,000 draws", "today $0.128",
                                                  "dense-7B first in 100%", "stays first until throughput"]),
        GoldenTests.Screen(name: "risk-moved", keys: "s x Right", shows: ["Risk · dense-7B at c=90.5", "First · 200 draws (rough)"]),
        GoldenTests.Screen(name: "risk-ascii", keys: "s x Tab Down", ascii: true, shows: ["+ Risk . moe-16B-A2B at c=64", "#"]),
    ]

    @Test(arguments: screens, GoldenTests.sizes)
    func screen(_ screen: GoldenTests.Screen, _ size: GoldenTests.Size) throws {
        try GoldenTests.check(screen, size)
    }

    /// Two bars on a 40×3 area, by hand: costs span $1–$3 over a 17-column bar from x=11,
    /// so $v sits at 11 + round((v − 1) / 2 × 16): today's $2 at 19, $1.50 at 15, $2.50 at 23.
    /// No room for the values column (40 − 10 − 19 − 11 − 3 < 16), nor for the span's ends.
    @Test func theTornadoDrawsEachBarBetweenItsCostsAroundTodays() {
        let bars = [
            Sensitivity.Bar(lever: .cost(.gpuPrice), today: 15000, lowValue: 12000, highValue: 18000, lowUSD: 1, highUSD: 3),
            Sensitivity.Bar(lever: .throughput, today: 3, lowValue: 2.4, highValue: 3.6, lowUSD: 2.5, highUSD: 1.5),
        ]
        var canvas = Canvas(width: 40, height: 3)
        TornadoChart(bars: bars, baseUSD: 2, ascii: false).render(into: &canvas, area: Rect(x: 0, y: 0, width: 40, height: 3))
        #expect(canvas.lines == [
            "Input         today $2.00     $ low→high",
            "GPU price  " + String(repeating: "█", count: 17) + " $1.00→$3.00",
            "Throughput     " + String(repeating: "█", count: 9) + "     $2.50→$1.50",
        ])
        #expect(canvas[18, 2]?.style.role == .good, "cheaper than today")
        #expect(canvas[19, 2]?.style.role == .text, "today's column")
        #expect(canvas[20, 2]?.style.role == .warning, "costlier than today")
    }

    /// 24 columns: the sentence wraps to two lines; the bars span 17 columns from x=2,
    /// 0.75 × 17 = 12.75 → 13 filled, 0.25 × 17 = 4.25 → 4.
    @Test func theSharesAreABarASetupUnderTheirSentence() {
        var canvas = Canvas(width: 24, height: 4)
        ShareBars(shares: [.init(label: "A", share: 0.75), .init(label: "B", share: 0.25)], draws: 200, selected: "B", ascii: false)
            .render(into: &canvas, area: Rect(x: 0, y: 0, width: 24, height: 4))
        #expect(canvas.lines == [
            "A first in 75% of 200   ",
            "draws                   ",
            "A " + String(repeating: "█", count: 13) + String(repeating: "░", count: 4) + "  75%",
            "B " + String(repeating: "█", count: 4) + String(repeating: "░", count: 13) + "  25%",
        ])
        #expect(canvas[0, 3]?.style.bold == true && canvas[0, 2]?.style.bold == false, "the selected setup is bold")
    }

    @Test func notesThatDoNotFitAreCounted() {
        var canvas = Canvas(width: 30, height: 2)
        NoteList(notes: [("one", Style(.text)), ("two", Style(.text)), ("three", Style(.text))], ascii: false)
            .render(into: &canvas, area: Rect(x: 0, y: 0, width: 30, height: 2))
        #expect(canvas.lines[0] == "• one" + String(repeating: " ", count: 25))
        #expect(canvas.lines[1].hasPrefix("… 2 more"))
    }

    @Test func theFiguresExistOnlyInTheViewAndForTheSelectedSetup() throws {
        var session = try SampleData.session(width: 80, height: 24, keys: "s")
        #expect(session.risk == nil)
        session.press(.character("x"))
        let risk = try #require(session.risk)
        let selected = try #require(session.analysis.entries.firstIndex { $0.configuration == session.selection })
        #expect(risk.sensitivity?.setup == selected)
        #expect(risk.sensitivity?.bars == Sensitivity(session.prepared, session.state.scenario, setup: selected).bars)
        #expect(risk.robustness.draws == RiskFigures.fullDraws && !session.awaitsRest)
        session.press(.character("x"))
        #expect(session.state.view == .ranking && session.risk == nil)
    }

    /// A slider step draws the robustness from 200 draws; `.rested` from the full 2,000,
    /// the same shares as the Monte Carlo's own.
    @Test func aSliderStepIsRoughUntilTheInputRests() throws {
        var session = try SampleData.session(width: 80, height: 24, keys: "s x Right")
        #expect(session.risk?.robustness.draws == RiskFigures.quickDraws && session.awaitsRest)
        session.send(.rested)
        let risk = try #require(session.risk)
        #expect(risk.robustness.draws == RiskFigures.fullDraws && !session.awaitsRest)
        #expect(risk.robustness.shares == Robustness(session.prepared, session.state.scenario, draws: RiskFigures.fullDraws).shares)
        #expect(session.frame.canvas.text.contains("First · 2,000 draws ─"))
    }

    @Test func anotherSelectedSetupGetsItsTornadoAndKeepsTheDraws() throws {
        var session = try SampleData.session(width: 80, height: 24, keys: "s x Right")
        session.press(.tab)
        session.press(.down)
        let risk = try #require(session.risk)
        #expect(risk.sensitivity?.label == session.analysis.entries.first { $0.configuration == session.selection }?.label)
        #expect(risk.robustness.draws == RiskFigures.quickDraws, "the Monte Carlo does not depend on the selection")
    }

    @Test func escapeLeavesTheRiskViewAndPOpensThePlan() throws {
        var session = try SampleData.session(width: 80, height: 24, keys: "x")
        session.press(.escape)
        #expect(session.state.view == .ranking && !session.state.quitting)
        session.press(.character("x"))
        session.press(.character("p"))
        #expect(session.state.view == .plan && session.risk == nil)
        #expect(KeyMap.action(for: .character("x"), in: session.state) == .toggleRisk)
    }

    /// The runtime's wait times out after the slider step (the script is over): the input
    /// rests, and the next frame has the full count.
    @Test func theLoopRefinesWhenNoEventComes() throws {
        var dashboard = RuntimeTests.dashboard(try SampleData.session(width: 80, height: 24))
        var terminal = ScriptedTerminal(width: 80, height: 24, events: [.key(.character("x")), .key(.right)])
        _ = dashboard.run(on: &terminal)
        #expect(terminal.frames.count == 4)
        #expect(terminal.frames[2].text.contains("First · 200 draws (rough)"))
        #expect(terminal.frames[3].text.contains("First · 2,000 draws ─"))
        #expect(!dashboard.session.awaitsRest)
    }
}
