import FrontierCore
import Testing
@testable import FrontierTUI

@Suite("reduce: theme problems")
struct ReduceThemeProblemTests {
    static func state() -> State {
        State(scenario: Scenario(), data: DataSummary(name: "d", levels: [1, 2], hardware: [], metrics: [], requests: 10),
              themes: ["default", "broken"])
    }

    @Test func aBrokenThemeIsShownUntilAGoodOneLoads() {
        var s = reduce(Self.state(), .themeProblem("x.theme: line 2: role \"focsu\": unknown role"))
        #expect(s.themeError == "x.theme: line 2: role \"focsu\": unknown role")
        #expect(s.error == nil, "a theme problem is not a data problem")
        s = reduce(s, .themeProblem(nil))
        #expect(s.themeError == nil)
    }

    @Test func theThemeNoticeSurvivesTheThemeLoading() {
        var s = reduce(Self.state(), .cycleTheme)
        #expect(s.notice == "theme: broken")
        s = reduce(s, .themeProblem("bad"))
        #expect(s.notice == "theme: broken")
        s = reduce(s, .moveSlider(direction: 1, coarse: false))
        #expect(s.notice == nil)
    }

    @Test func theStatusLineShowsTheThemeProblem() {
        let s = reduce(Self.state(), .themeProblem("x.theme: line 2: bad colour"))
        var canvas = Canvas(width: 100, height: 1)
        StatusLine(s, Derived()).render(into: &canvas, area: canvas.bounds)
        #expect(canvas.lines[0].hasPrefix(" ✗ x.theme: line 2: bad colour (using the default theme)"))
    }
}
