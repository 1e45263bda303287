import FrontierCore
import Testing
@testable import FrontierTUI

/// Space marks setups (up to five), `c` sets them side by side; marks are kept by setup,
/// so filters and new rankings keep them.
@Suite struct MarkCompareTests {
    typealias F = WidgetFixture

    @Test func spaceMarksTheSelectedSetupAndAgainUnmarksIt() throws {
        var session = try SampleData.session(width: 80, height: 24, keys: "Tab")
        let first = try #require(session.selection)
        session.press(.character(" "))
        #expect(session.state.marked == [first])
        #expect(session.state.notice == "marked A \(first.model) 2×A800-80G · 1 of 5 · c compares")
        session.press(.character(" "))
        #expect(session.state.marked.isEmpty)
        #expect(session.state.notice?.hasPrefix("unmarked \(first.model)") == true)
    }

    @Test func aSixthMarkIsRefusedAndSaysSo() throws {
        let session = try SampleData.session(width: 80, height: 24, keys: "Tab Space Down Space Down Space Down Space Down Space Down Space")
        #expect(session.state.marked.count == 5)
        #expect(session.state.marked == Array(session.derived.rows.prefix(5)))
        #expect(session.state.notice == "5 setups marked, the most: Space on a marked one unmarks it")
        #expect(session.frame.canvas.lines[23].contains("5 setups marked, the most"))
    }

    @Test func marksSurviveAFilterAndANewRanking() throws {
        // WiNGPT-3.5 (first by quality) and dense-7B (last) marked; a filter hides the first,
        // a new sort key moves the second; both stay marked, by setup.
        var session = try SampleData.session(width: 120, height: 40, keys: "Tab Space End Space")
        let marked = session.state.marked
        #expect(marked.map(\.model) == ["WiNGPT-3.5", "dense-7B"])
        for key in try Key.parse("/ dense Enter") { session.press(key) }
        #expect(session.state.marked == marked)
        #expect(session.analysis.entries.count == 4)
        let row = try #require(session.frame.canvas.lines.first { $0.contains(" dense-7B ") && $0.contains("57.0") })
        #expect(row.hasPrefix(" 4 B dense-7B"), "its letter beside it: \(row)")
        session.press(.escape)
        session.press(.character("s"))   // sort by cost
        #expect(session.state.marked == marked)
        let lines = session.frame.canvas.lines
        #expect(lines.contains { $0.hasPrefix(" 1 B dense-7B") })
        #expect(lines.contains { $0.contains(" A WiNGPT-3.5") })
    }

    @Test func markedRowsAndPointsStandOut() throws {
        let session = try SampleData.session(width: 120, height: 40, keys: "Tab Space Down Down Space")
        let canvas = session.frame.canvas
        // In the ranking: the letter in reverse accent, the row bold (B is selected, so in
        // the selection's style).
        let y = try #require(canvas.lines.firstIndex { $0.hasPrefix(" 3 B dense-72B-int4") })
        #expect(canvas[3, y] == Cell("B", Style(.accent, bold: true, reverse: true)))
        let a = try #require(canvas.lines.firstIndex { $0.hasPrefix(" 1 A WiNGPT-3.5") })
        #expect(canvas[5, a] == Cell("W", Style(.text, bold: true)))
        #expect(canvas[5, a + 1] == Cell("W", Style(.text)), "unmarked rows are not bold")
        // In the plot (x 40…119, rows 2…22): each marked point is its letter.
        var letters: [Character] = []
        for row in 2..<23 {
            for x in 41..<119 where canvas[x, row]?.style == Style(.accent, bold: true, reverse: true) { letters.append(canvas[x, row]!.character) }
        }
        #expect(letters.sorted() == ["A", "B"])
    }

    @Test func cWithNothingMarkedSaysHowToMark() throws {
        let session = try SampleData.session(width: 80, height: 24, keys: "c")
        #expect(session.state.overlay == nil)
        #expect(session.state.notice == "nothing marked: Space marks the selected setup, c compares the marked ones")
    }

    @Test func compareSetsTheMarkedSideBySide() throws {
        // WiNGPT-3.5 and dense-7B at c=64: $0.34 and $0.13 for the workload (the ranking's
        // figures); at their best WiNGPT-3.5 stays at 64, the knee of its zone 64–128.
        var session = try SampleData.session(width: 120, height: 40, keys: "Tab Space End Space c")
        #expect(session.state.overlay == .compare)
        let lines = session.frame.canvas.lines
        func row(_ label: String) throws -> String { try #require(lines.first { $0.contains("│ " + label + " ") }, "\(label)") }
        #expect(lines[2].hasPrefix(" ┌ Compare 2 marked · c or Esc to close ─"))
        #expect(try row("").contains("A WiNGPT-3.5") && row("").contains("B dense-7B"))
        #expect(lines.contains { $0.contains("│ at c=64 ") })
        let workload = try row("workload     ")
        #expect(workload.contains("$0.34") && workload.contains("$0.13"))
        #expect(try row("rank         ").contains("#1 ●") && row("rank         ").contains("#9 ●"))
        #expect(try row("zone         ").contains("c 64–128"))
        #expect(try row("knee         ").contains("64"))
        #expect(try row("failures     ").components(separatedBy: "0.0%").count == 3, "no failures in either")
        // At its best: the figures `b` shows for each.
        let best = Analysis(session.prepared, { var s = session.analysis.scenario; s.operatingPoint = .best; return s }())
        let wingpt = best.entries.first { $0.configuration.model == "WiNGPT-3.5" }!, dense = best.entries.first { $0.configuration.model == "dense-7B" }!
        let bestRows = lines.drop { !$0.contains("│ at its best ") }
        let bestC = try #require(bestRows.first { $0.contains("│ c ") })
        let cells = bestC.split(separator: " ").filter { $0 != "│" }
        #expect(cells == ["c", Format.concurrency(wingpt.point.concurrency), Format.concurrency(dense.point.concurrency)].map { Substring($0) })
        #expect(wingpt.point.concurrency == 64 && dense.point.concurrency == 128)
        session.press(.escape)
        #expect(session.state.overlay == nil)
        #expect(session.state.marked.count == 2, "closing keeps the marks")
    }

    @Test func compareNamesMarkedSetupsOutsideTheFilter() throws {
        let session = try SampleData.session(width: 120, height: 40, keys: "Tab Space End Space / dense Enter c")
        let text = session.frame.canvas.text
        #expect(text.contains("Compare 1 marked"))
        #expect(text.contains("Marked, outside the filter: A WiNGPT-3.5"))
    }

    @Test func overlaysClearWhatLiesUnderThemAndTheirTitlesFitTheBorder() throws {
        // A name too long for the border is cut in the middle; a border cell stays each side.
        var dataset = F.dataset()
        dataset.models[1].name = "meta/llama-2-70b-chat:02e509c789964a7ea8736978a43525956ef40397be9033abf9fd2badfe68c9e3"
        for i in dataset.runs.indices where dataset.runs[i].model == "Beta" { dataset.runs[i].model = dataset.models[1].name }
        for keys in ["Tab Down Enter", "Tab Down Space c"] {
            var session = Session(dataset: dataset, scenario: Scenario(concurrency: 16), width: 80, height: 24)
            for key in try Key.parse(keys) { session.press(key) }
            let lines = session.frame.canvas.lines
            #expect(lines[2].hasSuffix("─┐ "), "\(keys): \(lines[2])")
            #expect(lines[2].count == 80)
            let braille = lines[1..<23].joined().unicodeScalars.filter { (0x2800...0x28FF).contains($0.value) }
            #expect(braille.isEmpty, "\(keys): nothing of the plot shows through")
        }
    }
}
