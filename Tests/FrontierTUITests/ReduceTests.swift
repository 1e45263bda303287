import FrontierCore
import Testing
@testable import FrontierTUI

/// A dashboard state without an analysis behind it: eight measured levels 1…128, an owned
/// A800 profile and a rented H100, two quality metrics, four rows and workloads costing
/// $0.10…$10 over every level (so the budget track runs from half the cheapest, $0.05, to
/// twice the costliest, $20).
enum ReduceFixture {
    static let a800 = HardwareProfile(name: "A800", gpuType: "NVIDIA A800 80GB",
                                      cost: .owned(OwnedGPU(price: 15_000, years: 4, utilization: 0.75, powerKW: 0.4,
                                                            pue: 1.2, electricityPerKWh: 0.10, maintenanceRate: 0.10)))
    static let h100 = HardwareProfile(name: "H100", gpuType: "NVIDIA H100", cost: .rental(2))
    static let levels: [Double] = [1, 2, 4, 8, 16, 32, 64, 128]
    static let rows = ["alpha", "beta", "gamma", "delta"].map { Configuration(model: $0, hardware: "A800", gpus: 2) }

    static func data(hardware: [HardwareProfile] = [a800, h100], metrics: [String] = ["WiNEval", "MMLU"],
                     name: String = "fixture") -> DataSummary {
        DataSummary(name: name, levels: levels, hardware: hardware, metrics: metrics, requests: 2993)
    }

    static func state(_ scenario: Scenario = Scenario(concurrency: 64), hardware: [HardwareProfile] = [a800, h100],
                      metrics: [String] = ["WiNEval", "MMLU"], themes: [String] = ["default", "light", "mono"]) -> State {
        State(scenario: scenario, data: data(hardware: hardware, metrics: metrics), themes: themes)
    }

    /// What the analysis shows in these tests: the four rows, workloads from $0.10 to $10,
    /// and an open overlay 1,000 lines longer than its box.
    static let derived = Derived(rows: rows, costs: 0.1...10, overlayScrollLimit: 1000)

    /// `state` after each action in turn.
    static func after(_ actions: [Action], from state: State = state(), _ derived: Derived = derived) -> State {
        actions.reduce(state) { FrontierTUI.reduce($0, $1, derived) }
    }
}

/// `reduce` with the fixture's analysis (`ReduceFixture.derived`), as most of these tests need.
func reduce(_ state: State, _ action: Action) -> State { FrontierTUI.reduce(state, action, ReduceFixture.derived) }

/// Every action except the slider ones (`ReduceSliderTests`).
@Suite("reduce")
struct ReduceTests {
    typealias F = ReduceFixture

    @Test func quitSetsQuitting() {
        let s = reduce(F.state(), .quit)
        #expect(s.quitting)
        #expect(s.scenario == F.state().scenario)
    }

    @Test func escapeWithoutAnOverlayQuits() {
        let s = reduce(F.state(), .escape)
        #expect(s.quitting)
    }

    @Test(arguments: [State.Overlay.help, .detail])
    func escapeClosesAnOverlayWithoutQuitting(_ overlay: State.Overlay) {
        var state = F.state()
        state.overlay = overlay
        let s = reduce(state, .escape)
        #expect(s.overlay == nil)
        #expect(!s.quitting)
        #expect(reduce(s, .escape).quitting)
    }

    @Test func focusNextAndPreviousWrap() {
        let start = F.state()
        #expect(start.focus == .sliders)
        #expect(reduce(start, .focusNext).focus == .ranking)
        #expect(F.after([.focusNext, .focusNext]).focus == .sliders)
        #expect(reduce(start, .focusPrevious).focus == .ranking)
        #expect(F.after([.focusPrevious, .focusPrevious]).focus == .sliders)
        #expect(F.after([.focusNext, .focusPrevious]).focus == .sliders)
    }

    @Test func theSelectionIsTheFirstRowUntilOneIsChosen() {
        let state = F.state()
        #expect(state.selected == nil)
        #expect(state.selection(in: F.rows) == F.rows[0])
        #expect(state.selection(in: []) == nil)
        #expect(reduce(state, .moveSelection(1)).selected == F.rows[1], "down from the first row")
    }

    @Test func moveSelectionStepsAndClamps() {
        let start = F.state()
        #expect(reduce(start, .moveSelection(1)).selected == F.rows[1])
        #expect(reduce(start, .moveSelection(2)).selected == F.rows[2])
        #expect(reduce(start, .moveSelection(-1)).selected == F.rows[0])
        #expect(reduce(start, .moveSelection(10)).selected == F.rows[3])
        #expect(F.after([.moveSelection(10), .moveSelection(1)]).selected == F.rows[3])
        #expect(F.after([.moveSelection(3), .moveSelection(-Int(Int16.max))]).selected == F.rows[0])
    }

    @Test func moveSelectionWithoutRowsDoesNothing() {
        let state = F.state()
        #expect(FrontierTUI.reduce(state, .moveSelection(1), Derived(rows: [])) == state)
    }

    @Test func selectChoosesTheRowAndFocusesTheRanking() {
        let s = reduce(F.state(), .select(F.rows[2]))
        #expect(s.selected == F.rows[2])
        #expect(s.selection(in: F.rows) == F.rows[2])
        #expect(s.focus == .ranking)
    }

    @Test func cycleSortWrapsThroughEveryKey() {
        var state = F.state()
        var seen: [SortKey] = [state.scenario.sortKey]
        for _ in SortKey.allCases {
            state = reduce(state, .cycleSort)
            seen.append(state.scenario.sortKey)
        }
        #expect(seen == SortKey.allCases + [SortKey.allCases[0]])
        #expect(state.notice == nil, "the sort key shows in the ranking's title, not as a notice")
    }

    @Test func cycleThemeWrapsAndSaysWhich() {
        let one = reduce(F.state(), .cycleTheme)
        #expect(one.theme == 1)
        #expect(one.themeName == "light")
        #expect(one.notice == "theme: light")
        let wrapped = F.after([.cycleTheme, .cycleTheme, .cycleTheme])
        #expect(wrapped.theme == 0)
        #expect(wrapped.notice == "theme: default")
    }

    @Test func cycleThemeWithOneThemeStaysOnIt() {
        let s = reduce(F.state(themes: ["mono"]), .cycleTheme)
        #expect(s.theme == 0)
        #expect(s.notice == "theme: mono")
    }

    @Test func cycleMetricWrapsAndSaysWhich() {
        let one = reduce(F.state(), .cycleMetric)
        #expect(one.scenario.metric == "MMLU")
        #expect(one.notice == "quality metric: MMLU")
        let two = reduce(one, .cycleMetric)
        #expect(two.scenario.metric == "WiNEval")
        #expect(two.notice == "quality metric: WiNEval")
    }

    @Test func cycleMetricWithoutMetricsDoesNothing() {
        let state = F.state(metrics: [])
        let s = reduce(state, .cycleMetric)
        #expect(s.scenario.metric == nil)
        #expect(s.notice == nil)
    }

    @Test func cycleHardwareWrapsAndSaysWhich() {
        let one = reduce(F.state(), .cycleHardware)
        #expect(one.activeHardware == 1)
        #expect(one.notice == "cost sliders edit H100")
        let two = reduce(one, .cycleHardware)
        #expect(two.activeHardware == 0)
        #expect(two.notice == "cost sliders edit A800")
    }

    @Test func cycleHardwareLeavesACostSliderTheNewProfileLacks() {
        var state = F.state()
        state.slider = .cost(.pue)
        let s = reduce(state, .cycleHardware)
        #expect(s.sliders.last == .cost(.rental))
        #expect(s.slider == .concurrency)
        // Budget exists on every profile: it stays.
        state.slider = .budget
        #expect(reduce(state, .cycleHardware).slider == .budget)
    }

    @Test func cycleShapeStartsFromTheDefaultWrapsAndSaysWhich() {
        var state = F.state()
        state.data.shapes = ["1k→128", "8k→128", "32k→128"]
        state.data.defaultShape = "8k→128"
        let one = reduce(state, .cycleShape)
        #expect(one.scenario.shape == "32k→128")
        #expect(one.notice == "workload shape 32k→128 (3 of 3, w: next)")
        let two = reduce(one, .cycleShape)
        #expect(two.scenario.shape == "1k→128")
        #expect(two.notice == "workload shape 1k→128 (1 of 3, w: next)")
    }

    @Test func cycleShapeWithoutShapesDoesNothing() {
        let s = reduce(F.state(), .cycleShape)
        #expect(s.scenario.shape == nil)
        #expect(s.notice == nil)
    }

    @Test func cycleHardwareWithOneProfileDoesNothing() {
        let state = F.state(hardware: [F.a800])
        let s = reduce(state, .cycleHardware)
        #expect(s.activeHardware == 0)
        #expect(s.notice == nil)
    }

    @Test func toggleHelpOpensAndCloses() {
        let open = reduce(F.state(), .toggleHelp)
        #expect(open.overlay == .help)
        #expect(reduce(open, .toggleHelp).overlay == nil)
        var detail = F.state()
        detail.overlay = .detail
        #expect(reduce(detail, .toggleHelp).overlay == .help, "help replaces the detail")
    }

    @Test func openDetailOpensOnTheSelectionAndCloses() {
        let state = reduce(F.state(), .moveSelection(2))
        let open = reduce(state, .openDetail)
        #expect(open.overlay == .detail)
        #expect(open.selected == F.rows[2])
        #expect(reduce(open, .openDetail).overlay == nil)
    }

    @Test func openDetailWithoutASelectionPicksTheFirstRow() {
        var state = F.state()
        state.selected = nil
        let s = reduce(state, .openDetail)
        #expect(s.selected == F.rows[0])
        #expect(s.overlay == .detail)
    }

    @Test func scrollMovesTheOverlayAndStopsAtTheTop() {
        let open = reduce(F.state(), .toggleHelp)
        #expect(open.overlayScroll == 0)
        let down = F.after([.scroll(1), .scroll(10)], from: open)
        #expect(down.overlayScroll == 11)
        #expect(reduce(down, .scroll(-1)).overlayScroll == 10)
        #expect(reduce(down, .scroll(-100)).overlayScroll == 0, "never above the top")
        #expect(reduce(down, .scroll(-Int(Int16.max))).overlayScroll == 0)
        #expect(down.overlay == .help && down.scenario == open.scenario && down.selected == open.selected,
                "scrolling changes nothing else")
    }

    @Test func scrollStopsAtTheOverlaysEndAndMovesBackFromWhereItShows() {
        let open = reduce(F.state(), .toggleHelp)
        let short = Derived(rows: F.rows, overlayScrollLimit: 12)
        let end = FrontierTUI.reduce(open, .scroll(Int(Int16.max)), short)
        #expect(end.overlayScroll == 12, "End: the last lines, no further")
        #expect(FrontierTUI.reduce(end, .scroll(-1), short).overlayScroll == 11, "then ↑ moves at once")
        // A resize shortened the overlay: ↑ moves from what the screen shows.
        let shrunk = Derived(rows: F.rows, overlayScrollLimit: 5)
        #expect(FrontierTUI.reduce(end, .scroll(-1), shrunk).overlayScroll == 4)
        #expect(FrontierTUI.reduce(open, .scroll(3), Derived(rows: F.rows)).overlayScroll == 0, "an overlay that fits does not scroll")
    }

    @Test func openingOrClosingAnOverlayResetsTheScroll() {
        let scrolled = F.after([.toggleHelp, .scroll(7)])
        #expect(scrolled.overlayScroll == 7)
        #expect(reduce(scrolled, .openDetail).overlay == .detail)
        #expect(reduce(scrolled, .openDetail).overlayScroll == 0, "the detail replaces the help at its top")
        #expect(reduce(scrolled, .toggleHelp).overlayScroll == 0)
        #expect(reduce(scrolled, .escape).overlayScroll == 0)
        #expect(F.after([.escape, .toggleHelp], from: scrolled).overlayScroll == 0, "reopened at the top")
        let detail = F.after([.openDetail, .scroll(3)])
        #expect(reduce(detail, .toggleHelp).overlayScroll == 0)
        // Setting the same overlay again keeps the place.
        var same = scrolled
        same.overlay = .help
        #expect(same.overlayScroll == 7)
    }

    @Test func openDetailWithNoRowsOpensNothing() {
        let s = FrontierTUI.reduce(F.state(), .openDetail, Derived(rows: []))
        #expect(s.overlay == nil)
        #expect(s.selected == nil)
    }

    @Test func resetScenarioRestoresTheInitialScenario() {
        let initial = Scenario(concurrency: 64, slos: [.meanTTFT(500)])
        let changed = F.after([
            .moveSlider(direction: 1, coarse: false), .chooseSlider(direction: 1), .moveSlider(direction: -1, coarse: false),
            .cycleSort, .cycleMetric, .chooseSlider(direction: 3), .moveSlider(direction: 1, coarse: true),
        ], from: F.state(initial))
        #expect(changed.scenario != initial)
        #expect(changed.scenario.costOverrides["A800"] != nil)
        let s = reduce(changed, .resetScenario)
        #expect(s.scenario == initial)
        #expect(s.initialScenario == initial)
        #expect(s.notice == "scenario reset")
        #expect(s.slider == changed.slider, "the slider choice is not part of the scenario")
    }

    @Test func resetAlsoRestoresThePlanVolumeAndPeak() {
        let initial = PlanSettings(requestsPerDay: 2e6, peak: 3)
        var state = F.state()
        state = State(scenario: state.scenario, data: state.data, plan: initial)
        let changed = F.after([.togglePlan, .moveSlider(direction: 1, coarse: true), .chooseSlider(direction: 1),
                               .moveSlider(direction: 1, coarse: true)], from: state)
        #expect(changed.plan.requestsPerDay != 2e6 && changed.plan.peak != 3 && changed.plan.slider != initial.slider)
        let s = reduce(changed, .resetScenario)
        #expect(s.plan.requestsPerDay == 2e6 && s.plan.peak == 3)
        #expect(s.plan.slider == changed.plan.slider, "the slider choice is not part of the scenario")
    }

    @Test func resizeSetsTheSize() {
        let s = reduce(F.state(), .resize(width: 132, height: 43))
        #expect(s.width == 132)
        #expect(s.height == 43)
    }

    @Test func aNewAnalysisKeepsAStillPresentSelection() {
        let state = reduce(F.state(), .moveSelection(2))
        let reordered = [F.rows[3], F.rows[2], F.rows[1], F.rows[0]]
        #expect(state.selection(in: reordered) == F.rows[2])
        #expect(FrontierTUI.reduce(state, .moveSelection(1), Derived(rows: reordered)).selected == F.rows[1],
                "a step moves from where the setup now stands")
    }

    @Test func aVanishedSelectionShowsTheFirstRowAndComesBackWithItsRow() {
        let state = reduce(F.state(), .moveSelection(2))
        #expect(state.selection(in: [F.rows[1], F.rows[3]]) == F.rows[1])
        #expect(state.selection(in: []) == nil)
        #expect(state.selection(in: F.rows) == F.rows[2], "the filter cleared, the chosen setup is selected again")
    }

    @Test func theBudgetSliderSpansTheAnalysisCosts() {
        let state = reduce(F.state(), .chooseSlider(direction: 1))
        #expect(state.slider == .budget)
        let low = FrontierTUI.reduce(state, .setSlider(.budget, fraction: 0), Derived(rows: F.rows, costs: 0.5...42))
        #expect(low.scenario.budget == 0.25, "half the cheapest workload")
    }

    @Test func dataReloadedClearsTheErrorAndSaysSo() {
        let failed = reduce(F.state(), .problem("bad.json:3: not a number"))
        let s = reduce(failed, .dataReloaded(F.data(name: "fresh")))
        #expect(s.error == nil)
        #expect(s.notice == "reloaded fresh")
        #expect(s.data.name == "fresh")
    }

    @Test func dataReloadedFixesAnOutOfRangeProfile() {
        var state = reduce(F.state(), .cycleHardware)
        state.slider = .cost(.rental)
        #expect(state.activeHardware == 1)
        let s = reduce(state, .dataReloaded(F.data(hardware: [F.a800])))
        #expect(s.activeHardware == 0)
        #expect(s.costProfile?.name == "A800")
        #expect(s.slider == .concurrency, "the rental slider went with the H100")
        // A profile still present stays chosen.
        #expect(reduce(state, .dataReloaded(F.data())).activeHardware == 1)
    }

    @Test func problemSetsTheError() {
        let s = reduce(F.state(), .problem("data.csv:12: duration_s is negative"))
        #expect(s.error == "data.csv:12: duration_s is negative")
        #expect(s.notice == nil)
        #expect(!s.quitting)
    }

    @Test func noticeClearsOnTheNextAction() {
        let noticed = reduce(F.state(), .cycleTheme)
        #expect(noticed.notice != nil)
        let actions: [Action] = [.focusNext, .moveSelection(1), .toggleHelp,
                                 .moveSlider(direction: 1, coarse: false), .problem("x"), .escape]
        for action in actions {
            #expect(reduce(noticed, action).notice == nil, "after \(action)")
        }
    }

    @Test func noticeSurvivesAResize() {
        let noticed = reduce(F.state(), .resetScenario)
        #expect(reduce(noticed, .resize(width: 100, height: 30)).notice == "scenario reset")
    }

    @Test func noticeActionSetsANoticeNotAnError() {
        let s = reduce(F.state(), .notice("2 warning(s) loading the data"))
        #expect(s.notice == "2 warning(s) loading the data")
        #expect(s.error == nil)
    }
}
