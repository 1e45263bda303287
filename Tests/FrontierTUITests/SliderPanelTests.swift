import FrontierCore
import Testing
@testable import FrontierTUI

@Suite("SliderPanel")
struct SliderPanelTests {
    typealias F = WidgetFixture

    static func render(_ state: State, focused: Bool = true, width: Int = 40, height: Int = 7) -> (Canvas, [HitTarget]) {
        var canvas = F.marked(width, height)
        let targets = SliderPanel(state: state, focused: focused).render(into: &canvas, area: canvas.bounds)
        return (canvas, targets)
    }

    @Test func drawsEachSliderWithItsTrackAndValue() {
        let (canvas, _) = Self.render(F.session().state)
        #expect(canvas.lines == [
            "┌ Scenario ────────────────────────────┐",
            "│▶Concurrency━━━━━━━━━━━━●xxxxxxxxxx16x│",
            "│ Budgetxxxxx━━━━━━━●─────xxxxxxx$0.45x│",
            "│ Requestsxxx━━━━━●───────xxx3,600 reqx│",
            "│ TTFT SLOxxx━━━━━━━━━━━━●xxxxxxxxnonex│",
            "│ Rentalxxxxx━●───────────x$2.00/GPU-hx│",
            "└──────────────────────────────────────┘",
        ])
    }

    @Test func marksTheChosenSliderAndTheFocus() {
        let state = reduce(F.session().state, .chooseSlider(direction: 1))
        let (focused, _) = Self.render(state)
        #expect(focused.lines[1].hasPrefix("│ Concurrency"))
        #expect(focused.lines[2].hasPrefix("│▶Budget"))
        #expect(focused[1, 2]?.style.role == .focus)
        #expect(focused[0, 0]?.style.role == .focus, "the border of the focused panel")
        #expect(focused[2, 2] == Cell("B", Style(.text, bold: true)))
        #expect(focused[2, 1] == Cell("C", Style(.muted)))
        let (unfocused, _) = Self.render(state, focused: false)
        #expect(unfocused[1, 2]?.style.role == .muted)
        #expect(unfocused[0, 0]?.style.role == .frame)
    }

    @Test func handleAndFilledTrackUseTheAccent() {
        let (canvas, _) = Self.render(F.session().state)
        // Budget's track: x 13…25, handle at 20.
        #expect(canvas[13, 2] == Cell("━", Style(.accent)))
        #expect(canvas[20, 2] == Cell("●", Style(.accent, bold: true)))
        #expect(canvas[21, 2] == Cell("─", Style(.muted)))
    }

    @Test func inASCII() {
        var state = F.session().state
        state.ascii = true
        let (canvas, _) = Self.render(state)
        #expect(canvas.lines == [
            "+ Scenario ----------------------------+",
            "|>Concurrency============Oxxxxxxxxxx16x|",
            "| Budgetxxxxx=======O-----xxxxxxx$0.45x|",
            "| Requestsxxx=====O-------xxx3,600 reqx|",
            "| TTFT SLOxxx============Oxxxxxxxxnonex|",
            "| Rentalxxxxx=O-----------x$2.00/GPU-hx|",
            "+--------------------------------------+",
        ])
    }

    @Test func returnsATargetPerTrack() {
        let (_, targets) = Self.render(F.session().state)
        #expect(targets == [
            .slider(.concurrency, track: Rect(x: 13, y: 1, width: 13, height: 1)),
            .slider(.budget, track: Rect(x: 13, y: 2, width: 13, height: 1)),
            .slider(.requests, track: Rect(x: 13, y: 3, width: 13, height: 1)),
            .slider(.sloTTFT, track: Rect(x: 13, y: 4, width: 13, height: 1)),
            .slider(.rental, track: Rect(x: 13, y: 5, width: 13, height: 1)),
        ])
    }

    @Test func rowsBeyondTheAreaAreLeftOut() {
        let (canvas, targets) = Self.render(F.session().state, height: 4)
        #expect(targets.count == 2)
        #expect(canvas.lines.last == "└──────────────────────────────────────┘")
    }

    @Test func tooNarrowDrawsOnlyTheBox() {
        let (canvas, targets) = Self.render(F.session().state, width: 20, height: 3)
        #expect(targets.isEmpty)
        #expect(canvas.lines == ["┌ Scenario ────────┐", "│xxxxxxxxxxxxxxxxxx│", "└──────────────────┘"])
    }

    @Test func clickFractionsFollowTheTrack() {
        let target = HitTarget.slider(.budget, track: Rect(x: 10, y: 2, width: 11, height: 1))
        #expect(target.action(x: 10, y: 2, rows: []) == .setSlider(.budget, fraction: 0))
        #expect(target.action(x: 15, y: 2, rows: []) == .setSlider(.budget, fraction: 0.5))
        #expect(target.action(x: 20, y: 2, rows: []) == .setSlider(.budget, fraction: 1))
        // A cell either side of the track still counts (the ends are easy to miss).
        #expect(target.action(x: 9, y: 2, rows: []) == .setSlider(.budget, fraction: -0.1))
        #expect(target.action(x: 21, y: 2, rows: []) == .setSlider(.budget, fraction: 1.1))
        #expect(target.action(x: 8, y: 2, rows: []) == nil)
        #expect(target.action(x: 15, y: 3, rows: []) == nil)
    }

    @Test func rowTargetsSelectTheirRow() {
        let rows = ReduceFixture.rows
        let target = HitTarget.row(2, Rect(x: 0, y: 5, width: 30, height: 1))
        #expect(target.action(x: 29, y: 5, rows: rows) == .select(rows[2]))
        #expect(target.action(x: 30, y: 5, rows: rows) == nil)
        #expect(target.action(x: 3, y: 5, rows: Array(rows.prefix(2))) == nil, "a row that is gone")
    }
}
