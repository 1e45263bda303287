import FrontierCore
import Testing
@testable import FrontierTUI

@Suite("SliderPanel")
struct SliderPanelTests {
    typealias F = WidgetFixture

    static func render(_ state: State, _ derived: Derived = F.session().derived, focused: Bool = true, width: Int = 40,
                       height: Int = 7) -> (Canvas, [HitTarget]) {
        var canvas = F.marked(width, height)
        var state = state
        state.focus = focused ? .sliders : .ranking
        let targets = SliderPanel(state, derived).render(into: &canvas, area: canvas.bounds)
        return (canvas, targets)
    }

    @Test func drawsEachSliderWithItsTrackAndValue() {
        let (canvas, _) = Self.render(F.session().state)
        #expect(canvas.lines == [
            "┌ Scenario ────────────────────────────┐",
            "│▶Concurrencyx━━━━━━━━━━━━●xxxxxxxxx16x│",
            "│ Budgetxxxxxx━━━━━●───────xxxxxx$0.45x│",
            "│ Requestsxxxx━━━━━●───────xx3,600 reqx│",
            "│ TTFT SLOxxxx━━━━━━━━━━━━●xxxxxxxnonex│",
            "│ Rentalxxxxxx━●───────────xxxx$2.00/hx│",
            "└──────────────────────────────────────┘",
        ])
    }

    @Test func labelAreaKeepsAGapAfterTheLongestTitle() {
        // 13 columns: the marker, a title of up to 11, a gap; then the track, then a value
        // column of 10 right-aligned before the border's gap.
        let longest = SliderKind.allCases.map(\.title.count).max()
        #expect(longest == 11)
        let (canvas, targets) = Self.render(F.session().state)
        #expect(canvas.lines[1].hasPrefix("│▶Concurrencyx━"), "a gap between the title and its track")
        for case .slider(_, let track) in targets {
            #expect(track.x == 14 && canvas[track.x - 1, track.y]?.character == "x")
            #expect(track.maxX + 1 + 10 + 1 == 39, "a gap, a value column of 10, a gap, then the border")
        }
        // Values of up to 10 columns show whole; longer ones are cut.
        #expect(canvas.lines[3].hasSuffix("xx3,600 reqx│"))
        #expect(canvas.lines[5].hasSuffix("xxxx$2.00/hx│"), "the whole value fits")
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
        // Budget's track: x 14…26, handle at 19.
        #expect(canvas[14, 2] == Cell("━", Style(.accent)))
        #expect(canvas[18, 2] == Cell("━", Style(.accent)))
        #expect(canvas[19, 2] == Cell("●", Style(.accent, bold: true)))
        #expect(canvas[20, 2] == Cell("─", Style(.muted)))
        #expect(canvas[26, 2] == Cell("─", Style(.muted)))
    }

    @Test func inASCII() {
        var state = F.session().state
        state.ascii = true
        let (canvas, _) = Self.render(state)
        #expect(canvas.lines == [
            "+ Scenario ----------------------------+",
            "|>Concurrencyx============Oxxxxxxxxx16x|",
            "| Budgetxxxxxx=====O-------xxxxxx$0.45x|",
            "| Requestsxxxx=====O-------xx3,600 reqx|",
            "| TTFT SLOxxxx============Oxxxxxxxnonex|",
            "| Rentalxxxxxx=O-----------xxxx$2.00/hx|",
            "+--------------------------------------+",
        ])
    }

    @Test func returnsATargetPerTrack() {
        let (_, targets) = Self.render(F.session().state)
        #expect(targets == [
            .slider(.concurrency, track: Rect(x: 14, y: 1, width: 13, height: 1)),
            .slider(.budget, track: Rect(x: 14, y: 2, width: 13, height: 1)),
            .slider(.requests, track: Rect(x: 14, y: 3, width: 13, height: 1)),
            .slider(.sloTTFT, track: Rect(x: 14, y: 4, width: 13, height: 1)),
            .slider(.cost(.rental), track: Rect(x: 14, y: 5, width: 13, height: 1)),
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
