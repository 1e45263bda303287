import FrontierCore
import Testing
@testable import FrontierTUI

/// The `/` filter: reduce, keys, and what the session ranks, plots and counts with one on.
@Suite("filter")
struct FilterTests {
    typealias F = ReduceFixture

    @Test func slashOpensTheFilterAndKeysTypeIntoIt() throws {
        var state = reduce(F.state(), .openFilter)
        #expect(state.filtering)
        // l, m, q, s, / and ? would move a slider, change the metric, quit…: here they are text.
        for key in try Key.parse("l m q s / ?") {
            let action = try #require(KeyMap.action(for: key, in: state))
            state = reduce(state, action)
        }
        #expect(state.filter == "lmqs/?")
        #expect(state.scenario == F.state().scenario)
        #expect(!state.quitting)
        #expect(state.filtering)
    }

    @Test func backspaceErasesAndEnterKeepsAndEscClears() {
        var state = F.after([.openFilter, .typeFilter("a"), .typeFilter("b"), .eraseFilter])
        #expect(state.filter == "a")
        state = reduce(state, KeyMap.action(for: .enter, in: state)!)
        #expect(state.filter == "a" && !state.filtering)
        // Hotkeys again once kept.
        #expect(KeyMap.action(for: .character("s"), in: state) == .cycleSort)
        state = F.after([.openFilter, .typeFilter("x")], from: state)
        #expect(state.filter == "ax")
        state = reduce(state, KeyMap.action(for: .escape, in: state)!)
        #expect(state.filter.isEmpty && !state.filtering && !state.quitting)
    }

    @Test func escapeWithAKeptFilterClearsItBeforeQuitting() {
        let state = F.after([.openFilter, .typeFilter("a"), .keepFilter, .escape])
        #expect(state.filter.isEmpty)
        #expect(!state.quitting)
        #expect(reduce(state, .escape).quitting)
    }

    @Test func controlCharactersAreNotTyped() {
        let state = F.after([.openFilter, .typeFilter("\u{1B}"), .typeFilter("\u{7}"), .typeFilter("é")])
        #expect(state.filter == "é")
    }

    @Test func eraseOnAnEmptyFilterDoesNothing() {
        #expect(F.after([.openFilter, .eraseFilter]).filter.isEmpty)
    }

    @Test func filterKeepsMatchingSetupsIgnoringCase() {
        let prepared = PreparedDataset(WidgetFixture.dataset())
        #expect(prepared.filtered(by: "ALP").series.map(\.configuration.model) == ["Alpha"])
        #expect(prepared.filtered(by: "a").series.count == 3)   // alphA, betA, gAmma
        #expect(prepared.filtered(by: "h100").series.count == 3)   // by hardware
        #expect(prepared.filtered(by: "zzz").series.isEmpty)
        #expect(prepared.filtered(by: "").series.count == 3)
    }

    @Test func filteredAnalysisEqualsTheAnalysisOfTheKeptSetupsAlone() {
        // Beta alone, analysed from a dataset of Beta only: the same figures, rank and frontier.
        let scenario = Scenario(concurrency: 4)
        let filtered = Analysis(PreparedDataset(WidgetFixture.dataset()).filtered(by: "beta"), scenario)
        let alone = Analysis(PreparedDataset(WidgetFixture.dataset(WidgetFixture.models.filter { $0.name == "Beta" })), scenario)
        #expect(filtered.entries.map(\.configuration) == alone.entries.map(\.configuration))
        #expect(filtered.entries.map(\.point) == alone.entries.map(\.point))
        #expect(filtered.entries.map(\.saturation) == alone.entries.map(\.saturation))
        #expect(filtered.entries.map { $0.curve.map(\.elasticity) } == alone.entries.map { $0.curve.map(\.elasticity) })
        #expect(filtered.ranking == alone.ranking && filtered.frontier == alone.frontier)
    }

    @Test func sessionRanksPlotsAndCountsOnlyTheMatches() throws {
        var session = WidgetFixture.session(width: 120, height: 40)
        for key in try Key.parse("/ GAM") { session.press(key) }
        #expect(session.derived.rows.map(\.model) == ["Gamma"])
        #expect(session.analysis.entries.map(\.configuration.model) == ["Gamma"])
        let text = session.frame.canvas.text
        #expect(text.contains("0 of 1 fit · filter \"GAM\""))
        #expect(text.contains("Production frontier at c=16 · filter on"))
        #expect(text.contains(" /GAM▏"))
        #expect(text.contains("1 of 3 setups match · Enter keep · Esc clear"))
        #expect(!text.contains("Alpha") && !text.contains("Beta"))
        session.press(.escape)
        #expect(session.derived.rows.count == 3)
        #expect(!session.frame.canvas.text.contains("filter on") && !session.frame.canvas.text.contains("· filter \""))
    }

    @Test func noMatchSaysSo() throws {
        var session = WidgetFixture.session(width: 80, height: 24)
        for key in try Key.parse("/ zz Enter") { session.press(key) }
        #expect(session.derived.rows.isEmpty && session.selection == nil)
        #expect(session.frame.canvas.text.contains("No setup matches \"zz\""))
    }

    @Test func reloadKeepsTheFilter() throws {
        var session = WidgetFixture.session()
        for key in try Key.parse("/ beta Enter") { session.press(key) }
        session.replace(WidgetFixture.dataset())
        #expect(session.derived.rows.map(\.model) == ["Beta"])
        #expect(session.state.data.setups == 3)
    }
}

/// `e` / `E`: reduce asks for the export as an effect and says what came of it.
@Suite("export")
struct ExportReduceTests {
    typealias F = ReduceFixture

    @Test func eAndEAskForAnExportThatReduceDoesNotWrite() {
        #expect(KeyMap.action(for: .character("e"), in: F.state()) == .export(.markdown))
        #expect(KeyMap.action(for: .character("E"), in: F.state()) == .export(.json))
        let (asked, effects) = update(F.state(), .export(.json), F.derived)
        #expect(effects == [.export(.json)])
        #expect(asked.scenario == F.state().scenario && asked.notice == nil)
        let (done, none) = update(asked, .exported("exported frontier-x.json"), F.derived)
        #expect(none.isEmpty)
        #expect(done.notice == "exported frontier-x.json")
    }

    @Test func eInTheFilterIsText() {
        let state = reduce(F.state(), .openFilter)
        #expect(KeyMap.action(for: .character("e"), in: state) == .typeFilter("e"))
    }
}
