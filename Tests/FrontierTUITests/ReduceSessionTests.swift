import FrontierCore
import Testing
@testable import FrontierTUI

/// The session: reduce, re-analyse when the scenario changed, draw.
@Suite("Session")
struct ReduceSessionTests {
    /// A step that moves no row keeps the last rows rather than copying them again; after
    /// every key they, the cost span and the intervals are what the analysis gives afresh.
    @Test func theRowsAreAlwaysTheAnalysisOrder() throws {
        var session = try SampleData.session(width: 120, height: 40)
        for key in try Key.parse("Left Left Right Right Right S-Left s Left s s s / d e n s e Enter Right Left Escape Down Tab Down Left b Left b") {
            session.press(key)
            let fresh = Derived(session.prepared, session.analysis)
            #expect(session.derived.rows == fresh.rows && session.derived.costs == fresh.costs
                    && session.derived.uncertainty == fresh.uncertainty, "after \(key)")
        }
    }

    @Test func opensAtTheSuggestedConcurrency() throws {
        let session = try SampleData.session(width: 80, height: 24)
        #expect(session.state.scenario.concurrency == 64)
        #expect(session.analysis.scenario == session.state.scenario)
        #expect(session.derived.rows.count == 9)
        #expect(session.selection == session.derived.rows.first)
        #expect(session.state.data.levels == [1, 2, 4, 8, 16, 32, 64, 128])
        #expect(session.derived.costs.upperBound > 50, "the costliest workload: WiNGPT-3.0 at c=1")
        #expect(session.derived.costs.lowerBound < 0.13, "the cheapest: dense-7B at c=128")
    }

    @Test func rightMovesTheConcurrencyAndTheRanking() throws {
        var session = try SampleData.session(width: 80, height: 24)
        let before = session.frame.canvas.lines
        session.press(.right)
        #expect(Format.concurrency(session.state.scenario.concurrency) == "90.5")
        #expect(session.analysis.scenario.concurrency == session.state.scenario.concurrency)
        let after = session.frame.canvas.lines
        #expect(after[12].hasPrefix("─ Ranking at c=90.5 · by quality"))
        #expect(before[12].hasPrefix("─ Ranking at c=64 · by quality"))
        // The figures in the ranking moved with it, every row of them.
        for row in 14...22 {
            #expect(after[row] != before[row], "\(after[row])")
            #expect(after[row].prefix(20) == before[row].prefix(20), "same models in the same order")
        }
        #expect(after[2].hasSuffix("90.5 ││WiNEval-3.0  no label: dense-72B-int4       │"))
    }

    @Test func theAnalysisFollowsTheScenario() throws {
        var session = try SampleData.session(width: 120, height: 40)
        for key in try Key.parse("Right Down Left Left Tab Down Down s m t g ? Escape Tab Down Left Left r S-Left") {
            let scenario = session.state.scenario
            let analysis = session.analysis
            session.press(key)
            #expect(session.analysis.scenario == session.state.scenario, "after \(key)")
            if session.state.scenario == scenario {
                #expect(session.analysis.entries.map(\.point) == analysis.entries.map(\.point), "\(key) changed no figure")
            }
        }
    }

    @Test func onlyAScenarioChangeReanalyses() throws {
        var session = try SampleData.session(width: 80, height: 24)
        let requests = session.analysis.requests
        // Keys that do not touch the scenario leave the analysis as it was.
        for key in try Key.parse("Tab Down Down ? ? t Tab") {
            session.press(key)
            #expect(session.analysis.scenario.concurrency == 64)
            #expect(session.analysis.requests == requests)
        }
        session.press(.character("s"))
        #expect(session.analysis.scenario.sortKey == .cost)
        #expect(session.derived.rows.map(\.model).first == "dense-7B", "re-sorted by cost, cheapest first")
    }

    @Test func replaceKeepsTheScenario() throws {
        var session = try SampleData.session(width: 80, height: 24, keys: "Right Down Left")
        let scenario = session.state.scenario
        #expect(scenario.budget != nil)
        var smaller = try SampleData.wineval()
        smaller.models.removeAll { $0.name == "WiNGPT-3.0" }
        smaller.runs.removeAll { $0.model == "WiNGPT-3.0" }
        smaller.name = "smaller"
        session.replace(smaller)
        #expect(session.state.scenario == scenario)
        #expect(session.analysis.scenario == scenario)
        #expect(session.derived.rows.count == 8)
        #expect(session.state.notice == "reloaded smaller")
        #expect(session.frame.canvas.lines[23].hasPrefix(" reloaded smaller"))
        #expect(session.dataset.name == "smaller")
        session.press(.character("z"))
        #expect(session.state.notice == "reloaded smaller", "a key that means nothing sends no action")
        session.press(.tab)
        #expect(session.state.notice == nil)
    }

    @Test func replaceDropsAVanishedSelection() throws {
        var session = try SampleData.session(width: 80, height: 24)
        let first = try #require(session.selection)
        var without = try SampleData.wineval()
        without.runs.removeAll { $0.model == first.model }
        without.models.removeAll { $0.name == first.model }
        session.replace(without)
        #expect(session.selection != first)
        #expect(session.selection == session.derived.rows.first)
    }

    @Test func budgetReachesBelowTheCheapestModel() throws {
        // The track's floor is half the cheapest workload at any level, so a budget can cut
        // every model.
        let keys = (["Down"] + Array(repeating: "S-Left", count: 20)).joined(separator: " ")
        let session = try SampleData.session(width: 80, height: 24, keys: keys)
        let floor = try #require(session.state.scenario.budget)
        let cheapest = try #require(session.analysis.entries.map(\.point.workloadCost).min())
        #expect(floor < cheapest, "floor \(Format.dollars(floor)), cheapest \(Format.dollars(cheapest))")
    }

    @Test func clickOnASliderTrackSetsIt() throws {
        var session = try SampleData.session(width: 80, height: 24)
        let tracks = session.frame.targets.compactMap { target -> (SliderKind, Rect)? in
            if case .slider(let kind, let track) = target { (kind, track) } else { nil }
        }
        #expect(tracks.map(\.0) == session.state.sliders)
        let concurrency = try #require(tracks.first { $0.0 == .concurrency }?.1)
        session.click(MouseEvent(.press, x: concurrency.x, y: concurrency.y))
        #expect(session.state.scenario.concurrency == 1)
        #expect(session.analysis.scenario.concurrency == 1)
        session.click(MouseEvent(.drag, x: concurrency.maxX - 1, y: concurrency.y))
        #expect(abs(session.state.scenario.concurrency - 128) < 1e-9)
        let budget = try #require(tracks.first { $0.0 == .budget }?.1)
        session.click(MouseEvent(.press, x: budget.x, y: budget.y))
        #expect(session.state.slider == .budget)
        // The bottom of the track is half the cheapest workload (exp∘log may move it an ulp).
        let floor = session.derived.costs.lowerBound / 2
        let pressed = try #require(session.state.scenario.budget)
        #expect(abs(pressed - floor) <= 1e-12 * floor, "\(pressed) vs \(floor)")
        session.click(MouseEvent(.release, x: budget.maxX - 1, y: budget.y))
        #expect(session.state.scenario.budget == pressed, "a release sets nothing")
    }

    @Test func clickOnARankingRowSelectsIt() throws {
        var session = try SampleData.session(width: 80, height: 24)
        let rows = session.frame.targets.compactMap { target -> (Int, Rect)? in
            if case .row(let index, let rect) = target { (index, rect) } else { nil }
        }
        #expect(rows.map(\.0) == Array(0..<9))
        let (index, rect) = rows[4]
        session.click(MouseEvent(.press, x: rect.x + 5, y: rect.y))
        #expect(session.selection == session.derived.rows[index])
        #expect(session.state.focus == .ranking)
        #expect(session.frame.canvas.lines[rect.y].contains(session.derived.rows[index].model))
        session.click(MouseEvent(.scrollDown, x: 0, y: 0))
        #expect(session.selectedRow == index + 1)
        session.click(MouseEvent(.scrollUp, x: 0, y: 0))
        #expect(session.selectedRow == index)
    }

    @Test func clicksMissWhenAnOverlayIsOpen() throws {
        var session = try SampleData.session(width: 80, height: 24, keys: "?")
        #expect(session.frame.targets.isEmpty)
        session.click(MouseEvent(.press, x: 15, y: 2))
        #expect(session.state.scenario.concurrency == 64)
    }

    @Test func resizeRedrawsAtTheNewSize() throws {
        var session = try SampleData.session(width: 80, height: 24)
        session.send(.resize(width: 120, height: 40))
        #expect(session.frame.canvas.width == 120 && session.frame.canvas.height == 40)
        #expect(session.frame.canvas.text.contains("Economics · WiNGPT-3.5"))
        session.send(.resize(width: 59, height: 30))
        #expect(session.frame.canvas.text.contains("Terminal too small"))
        session.send(.resize(width: 60, height: 18))
        #expect(!session.frame.canvas.text.contains("Terminal too small"))
    }

    @Test func quitKeys() throws {
        var session = try SampleData.session(width: 80, height: 24, keys: "? Escape")
        #expect(session.state.overlay == nil && !session.state.quitting)
        session.press(.escape)
        #expect(session.state.quitting)
        var other = try SampleData.session(width: 80, height: 24, keys: "q")
        #expect(other.state.quitting)
        other.press(.tab)
        #expect(other.state.quitting, "quitting stays set for the run loop")
    }

    @Test func renderingIsPure() throws {
        let session = try SampleData.session(width: 120, height: 40, keys: "Right Tab Down")
        #expect(session.frame == session.frame)
        #expect(render(session.state, session.analysis, session.derived, session.dataset) == session.frame)
    }
}
