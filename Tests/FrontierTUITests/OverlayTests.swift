import Foundation
import FrontierCore
import Testing
@testable import FrontierTUI

@Suite("HelpOverlay and DetailOverlay")
struct OverlayTests {
    typealias F = WidgetFixture

    /// The help over the body of a `width`×`height` screen (between title and status).
    static func help(width: Int, height: Int, ascii: Bool = false, scroll: Int = 0) -> Canvas {
        var canvas = F.marked(width, height)
        HelpOverlay(ascii: ascii, scroll: scroll).render(into: &canvas, area: Rect(x: 0, y: 1, width: width, height: height - 2))
        return canvas
    }

    /// The text of the help's definition column (from `x` to the box's right border), rows
    /// joined by spaces.
    static func definitionColumn(_ canvas: Canvas, x: Int) -> String {
        textColumn(canvas.lines, x: x)
    }

    static func textColumn(_ lines: [String], x: Int) -> String {
        lines.map { line in
            String(line.dropFirst(x).prefix(while: { $0 != "│" && $0 != "|" })).trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The help's rows inside the box at 80×24 (term column x 4…27, text from x 29), every
    /// one of them: the first page, then the row each ↓ brings in at the bottom.
    static func everyHelpRowAt80x24() throws -> [String] {
        var session = try SampleData.session(width: 80, height: 24, keys: "?")
        var rows = Array(session.frame.canvas.lines[3...20])
        var presses = 0
        while session.frame.canvas.lines[21].contains("↓ more"), presses < 200 {
            session.press(.down)
            presses += 1
            #expect(session.state.overlayScroll == presses)
            rows.append(session.frame.canvas.lines[20])
        }
        #expect(presses > 0 && presses < 200)
        return rows
    }

    @Test func helpListsEveryKey() {
        // At 120 columns the term column is 27 wide (a third of the inside, at most 27) and
        // the text starts after a gap.
        let lines = Self.help(width: 120, height: 42).lines
        for (keys, does) in KeyMap.help {
            #expect(lines.contains { $0.contains("│ " + keys.padding(toLength: 28, withPad: " ", startingAt: 0) + does + " ") },
                    "\(keys): \(does)")
        }
    }

    @Test func helpDefinesEveryTerm() {
        let canvas = Self.help(width: 120, height: 42)
        let column = Self.definitionColumn(canvas, x: 32)
        for (term, definition) in Definitions.all {
            #expect(column.contains(definition), "\(term)")
        }
        #expect(canvas.text.contains(Definitions.source))
    }

    @Test func helpShowsLongTermsWhole() {
        // Every term fits the 27-column term column at 120×40, with a gap before its text.
        let canvas = Self.help(width: 120, height: 42)
        for (term, definition) in Definitions.all {
            let first = wrapped(definition, width: 84)[0]
            #expect(canvas.lines.contains { $0.contains("│ " + term.padding(toLength: 28, withPad: " ", startingAt: 0) + first) },
                    "\(term)")
        }
        #expect(!canvas.text.contains("…"), "nothing is cut at 120×40")
    }

    @Test func helpAt80x24WrapsLongTermsOntoMoreLines() throws {
        // A third of the 74-column inside: a 24-column term column, so "Cost per 1M output
        // tokens" (25) goes on two lines, beside its definition.
        let rows = try Self.everyHelpRowAt80x24()
        let first = try #require(rows.firstIndex { $0.hasPrefix("  │ Cost per 1M output       hourly / (3600") })
        #expect(rows[first + 1].hasPrefix("  │ tokens                   "))
        let terms = rows.map { String($0.dropFirst(4).prefix(24)).trimmingCharacters(in: .whitespaces) }
        #expect(!terms.contains { $0.contains("…") }, "no term is cut")
    }

    @Test func helpAt80x24ListsEveryKey() {
        let lines = Self.help(width: 80, height: 24).lines
        for (keys, _) in KeyMap.help {
            #expect(lines.contains { $0.hasPrefix("xx│ " + keys.padding(toLength: 25, withPad: " ", startingAt: 0)) }, "\(keys)")
        }
    }

    @Test func helpAt80x24ScrollsToEveryDefinition() throws {
        // ↓ a line at a time until the "more" marker goes: every term, every definition
        // (wrapped at the 47-column text column) and the method's source pass by.
        let rows = try Self.everyHelpRowAt80x24()
        let terms = rows.map { String($0.dropFirst(4).prefix(24)).trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
        let text = Self.textColumn(rows, x: 29)
        for (term, definition) in Definitions.all {
            #expect(terms.contains(term), "\(term)")
            #expect(text.contains(definition), "\(term)")
        }
        // The method's source comes last, after a blank line, from the term column's edge.
        let method = try #require(rows.firstIndex { $0.hasPrefix("  │ Method: Zhuang et al.") })
        for (i, row) in rows.enumerated() {
            let cells = Array(row)
            #expect(cells[76] == " " && cells[77] == "│", "a gap before the border: \(row)")
            if i < method { #expect(cells[28] == " ", "a gap between term and text: \(row)") }
        }
        #expect(rows[method - 1] == "  │" + String(repeating: " ", count: 74) + "│  ")
        #expect(Self.textColumn(Array(rows[method...]), x: 4) == Definitions.source + " " + Note.legend)
    }

    @Test func helpAt80x24PageDownShowsTheSameRows() throws {
        let rows = try Self.everyHelpRowAt80x24()
        var session = try SampleData.session(width: 80, height: 24, keys: "?")
        var seen = Set(session.frame.canvas.lines[3...20])
        for _ in 0..<10 {
            session.press(.pageDown)
            seen.formUnion(session.frame.canvas.lines[3...20])
        }
        #expect(seen == Set(rows), "PgDn skips no row")
        #expect(!session.frame.canvas.lines[21].contains("more"))
        session.press(.home)
        #expect(session.state.overlayScroll == 0)
        #expect(Array(session.frame.canvas.lines[3...20]) == Array(rows.prefix(18)), "Home is back at the top")
    }

    @Test func helpScrollStopsAtTheEnd() throws {
        let rows = try Self.everyHelpRowAt80x24()
        let last = rows.count - 18
        let end = Self.help(width: 80, height: 24, scroll: last)
        #expect(Array(end.lines[3...20]) == Array(rows.suffix(18)).map { "xx" + $0.dropFirst(2).dropLast(2) + "xx" })
        for scroll in [last + 1, last + 10, 999, Int(Int16.max)] {
            #expect(Self.help(width: 80, height: 24, scroll: scroll) == end, "scrolled \(scroll)")
        }
        #expect(Self.help(width: 80, height: 24, scroll: last - 1) != end)
    }

    @Test func helpMarksWhenMoreFollows() throws {
        let rows = try Self.everyHelpRowAt80x24()
        let top = Self.help(width: 80, height: 24)
        #expect(top.lines[21] == "xx└" + String(repeating: "─", count: 55) + " ↓ more: ↑ ↓ PgDn ─┘xx")
        #expect(top[60, 21]?.style == Style(.focus, bold: true))
        let middle = Self.help(width: 80, height: 24, scroll: 5)
        #expect(middle.lines[21].contains(" ↓ more: ↑ ↓ PgDn "))
        // At the end the marker goes; one pointing back up takes its place.
        let end = Self.help(width: 80, height: 24, scroll: rows.count - 18)
        #expect(!end.lines[21].contains("more"))
        #expect(end.lines[21] == "xx└" + String(repeating: "─", count: 65) + " ↑ PgUp ─┘xx")
        // Everything fits at 120×44: a plain border.
        let wide = Self.help(width: 120, height: 44)
        #expect(wide.lines[41] == "xx└" + String(repeating: "─", count: 114) + "┘xx")
        #expect(Self.help(width: 120, height: 44, scroll: 3) == wide, "nothing to scroll")
    }

    @Test func helpBoxSitsInsideTheBodyAndClearsIt() {
        let canvas = Self.help(width: 80, height: 24)
        #expect(canvas.lines[0] == String(repeating: "x", count: 80), "the title row is not touched")
        #expect(canvas.lines[23] == String(repeating: "x", count: 80), "the status row is not touched")
        #expect(canvas.lines[2].hasPrefix("xx┌ Help · ? or Esc to close ─"))
        #expect(canvas.lines[2].hasSuffix("─┐xx"))
        #expect(canvas.lines[21].hasPrefix("xx└─") && canvas.lines[21].hasSuffix("─┘xx"))
        #expect(!canvas.lines[3...20].contains { $0.dropFirst(3).dropLast(3).contains("x") },
                "no marker shows through the box")
    }

    @Test func helpInASCII() throws {
        // The widget draws an ASCII box; the screen folds the rest (arrows, ·, ×…) to ASCII.
        let canvas = Self.help(width: 80, height: 24, ascii: true)
        #expect(canvas.lines[2].hasPrefix("xx+ Help · ? or Esc to close -"))
        #expect(canvas.lines[21].hasPrefix("xx+-") && canvas.lines[21].hasSuffix("-+xx"))
        let screen = try SampleData.session(width: 80, height: 24, keys: "?", ascii: true).frame.canvas
        #expect(screen.lines.contains { $0.hasPrefix("  | < > or h l               move the current slider") })
        #expect(screen.lines.contains { $0.hasPrefix("  | ^ v or k j") })
        #expect(screen.lines[2].hasPrefix("  + Help . ? or Esc to close -"))
        #expect(screen.lines[21].hasSuffix(" v more: ^ v PgDn -+  "))
        #expect(screen.cells.allSatisfy { $0.character.isASCII })
    }

    @Test(arguments: ["?", "Tab Down Enter"])
    func anOverlayHidesThePanels(_ keys: String) throws {
        for (width, height) in [(80, 24), (120, 40)] {
            let session = try SampleData.session(width: width, height: height, keys: keys)
            #expect(session.state.overlay != nil)
            let lines = session.frame.canvas.lines
            #expect(lines[0].hasPrefix(" Frontier · wineval-a800"), "the title stays")
            #expect(lines[height - 1].hasPrefix(" ←→"), "the status line stays")
            let body = lines[1..<(height - 1)].joined(separator: "\n")
            for panel in ["Scenario", "Production frontier at", "Ranking at", "Economics ·", "Cost ·", "━", "⣿"] {
                #expect(!body.contains(panel), "\(panel) shows around the overlay at \(width)x\(height)")
            }
            #expect(lines[1].allSatisfy { $0 == " " }, "the row above the box is cleared")
            #expect(lines[height - 2].allSatisfy { $0 == " " }, "the row below the box is cleared")
            for line in lines[2..<(height - 2)] {
                #expect(line.first == " " && line.last == " ", "the margins beside the box are cleared")
            }
        }
    }

    static func detail(_ session: Session, width: Int = 80, height: Int = 24) -> Canvas {
        var canvas = F.marked(width, height)
        overlayWidget(session.state, session.analysis, session.derived, session.dataset)!
            .render(into: &canvas, area: Rect(x: 0, y: 1, width: width, height: height - 2))
        return canvas
    }

    @Test func detailListsTheSelectedModelsRunsAndSource() {
        var session = F.session()
        session.send(.moveSelection(1))
        session.send(.openDetail)
        let lines = Self.detail(session).lines
        #expect(lines[2].hasPrefix("x┌ Beta · Enter or Esc to close ─"))
        // Only what some run measured is a column (failures always), so no empty columns.
        #expect(Array(lines[3...13]) == [
            "x│ 1×H100 · size 7B                                                           │x",
            "x│ Quality: score 60.0                                                        │x",
            "x│ A note on Beta.                                                            │x",
            "x│                                                                            │x",
            "x│     c failed   req/s  tok/s     TTFT src                                   │x",
            "x│     1      —    2.00    200   100 ms   1                                   │x",
            "x│     4      —    8.00    800   400 ms   1                                   │x",
            "x│    16      —    10.0   1000    1.6 s   1                                   │x",
            "x│                                                                            │x",
            "x│ Source:                                                                    │x",
            "x│ 1  bench-beta.json                                                         │x",
        ])
        #expect(lines[14...20].allSatisfy { $0 == "x│" + String(repeating: " ", count: 76) + "│x" })
        #expect(!lines.joined().contains("erived"), "nothing derived, nothing said")
        #expect(!lines.joined().contains("Little"), "no estimated concurrency, no legend")
        #expect(lines[21] == "x└" + String(repeating: "─", count: 76) + "┘x", "it all fits: no marker")
        #expect(lines[22] == String(repeating: "x", count: 80))
    }

    @Test func detailOfTheSampleListsEveryLevel() throws {
        let session = try SampleData.session(width: 120, height: 40, keys: "Enter")
        #expect(session.state.overlay == .detail)
        let lines = session.frame.canvas.lines
        let runs = lines.filter { $0.contains("2,993 ") && !$0.contains("Frontier") }
        #expect(runs.count == 8)
        for (run, level) in zip(runs, ["1", "2", "4", "8", "16", "32", "64", "128"]) {
            #expect(run.dropFirst(2).trimmingCharacters(in: .whitespaces).hasPrefix(level + " "), "\(run)")
        }
        #expect(lines.contains { $0.contains("Sources (2):") })
        #expect(lines.contains { $0.contains("generate_wineval.py") })
    }

    @Test func detailColumnsStayAligned() throws {
        // Durations from 59.5 h down to minutes all fit their 9 columns, so every cell ends
        // where its header does.
        let session = try SampleData.session(width: 80, height: 24, keys: "Tab Down Enter")
        let lines = session.frame.canvas.lines
        let header = try #require(lines.first { $0.contains("req/s") })
        let runs = lines.filter { $0.contains("2,993") && !$0.contains("Frontier") }
        #expect(runs.count == 8)
        for title in ["c", "requests", "duration", "req/s", "tok/s", "TTFT", "p99 TTFT"] {
            let end = try #require(header.range(of: " " + title + " ")).upperBound.utf16Offset(in: header) - 1
            for run in runs {
                let characters = Array(run.utf16)
                #expect(characters[end] == 0x20 && characters[end - 1] != 0x20, "\(title): \(run)")
            }
        }
    }

    @Test func detailTableOfTheSample() throws {
        // WiNGPT-3.0: durations in hours, then minutes; p99 TTFT beside the mean; failures
        // counted (none); the derived figure starred and, further down, the two derived
        // fields named once.
        let session = try SampleData.session(width: 80, height: 24, keys: "Tab Down Enter")
        let lines = session.frame.canvas.lines
        #expect(Array(lines[11...20]) == [
            " │     c requests failed   duration   req/s  tok/s     TTFT p99 TTFT src      │ ",
            " │     1    2,993      0     59.5 h 0.0140*     42    63 ms   163 ms   1      │ ",
            " │     2    2,993      0     30.2 h 0.0276*     82    69 ms   176 ms   1      │ ",
            " │     4    2,993      0     15.5 h 0.0536*    160    73 ms   186 ms   1      │ ",
            " │     8    2,993      0  490.9 min  0.102*    304    89 ms   256 ms   1      │ ",
            " │    16    2,993      0  271.7 min  0.184*    549   342 ms    1.4 s   1      │ ",
            " │    32    2,993      0  166.3 min  0.300*    896    4.8 s   18.4 s   1      │ ",
            " │    64    2,993      0  131.8 min  0.379*   1131   50.2 s   80.8 s   2      │ ",
            " │   128    2,993      0  131.9 min  0.378*   1130  207.8 s  265.7 s   1      │ ",
            " │ Failed: none of 23,944 requests sent                                       │ ",
        ])
        let end = try SampleData.session(width: 80, height: 24, keys: "Tab Down Enter End").frame.canvas.lines
        #expect(end.filter { $0.lowercased().contains("derived") }
                == [" │ Derived, not measured (*): request_throughput, total_tokens_per_s          │ "])
    }

    @Test func durationsReadInSecondsMinutesOrHours() {
        #expect(Format.seconds(0) == "0.0 s")
        #expect(Format.seconds(59.5) == "59.5 s")
        #expect(Format.seconds(599.9) == "599.9 s")
        #expect(Format.seconds(600) == "10.0 min", "ten minutes and over in minutes")
        #expect(Format.seconds(774.7) == "12.9 min")
        #expect(Format.seconds(29_454) == "490.9 min")
        #expect(Format.seconds(35_940) == "599.0 min")
        #expect(Format.seconds(36_000) == "10.0 h", "ten hours and over in hours")
        #expect(Format.seconds(214_168.9) == "59.5 h")
        #expect(["599.9 s", "599.0 min", "9999.9 h"].allSatisfy { $0.count <= 9 }, "the detail's duration column is 9 wide")
        #expect(Format.seconds(9999.9 * 3600) == "9999.9 h")
    }

    /// The fixture with Beta's runs changed by `change`, Beta selected and its detail open.
    static func betaDetail(width: Int = 80, height: Int = 24, notes: String? = nil,
                           _ change: (inout Run) -> Void = { _ in }) -> Session {
        var dataset = F.dataset()
        for i in dataset.runs.indices where dataset.runs[i].model == "Beta" { change(&dataset.runs[i]) }
        if let notes { dataset.models[1].notes = notes }
        var session = Session(dataset: dataset, scenario: Scenario(concurrency: 16, budget: 0.45), width: width, height: height)
        session.send(.moveSelection(1))
        session.send(.openDetail)
        return session
    }

    @Test func detailNamesDerivedFieldsOnceForEveryRun() {
        // c=1 derives its throughput, c=16 its throughput and duration: one line, the union.
        let session = Self.betaDetail { run in
            if run.concurrency == 1 { run.derived = [.requestThroughput] }
            if run.concurrency == 16 { run.derived = [.durationS, .requestThroughput] }
        }
        let lines = Self.detail(session).lines
        #expect(lines.filter { $0.lowercased().contains("derived") }
                == ["x│ Derived, not measured (*): duration_s, request_throughput                  │x"])
        #expect(lines[11] == "x│ Derived, not measured (*): duration_s, request_throughput                  │x", "right under the table")
        #expect(lines[7].contains("  req/s ") && lines[8].contains("2.00* "), "each derived figure starred")
    }

    @Test func detailMarksEstimatedConcurrency() {
        let session = Self.betaDetail { run in run.concurrencyEstimated = run.concurrency == 4 }
        let lines = Self.detail(session).lines
        #expect(lines[9] == "x│    4~      —    8.00    800   400 ms   1                                   │x")
        #expect(lines[11] == "x│ ~ concurrency estimated by Little's law                                    │x")
        #expect(lines.filter { $0.contains("Little") }.count == 1)
        #expect(!Self.detail(Self.betaDetail()).text.contains("Little"))
    }

    @Test func detailWrapsNotesAndEverySourceInFull() {
        let notes = (1...40).map { "word\($0)" }.joined(separator: " ")
        let source = (1...20).map { "part\($0)" }.joined(separator: " ") + " end-of-the-long-source"
        let session = Self.betaDetail(width: 120, height: 40, notes: notes) { run in
            if run.concurrency == 16 { run.source = source }
        }
        let lines = Self.detail(session, width: 120, height: 40).lines
        let inside = lines.map { String($0.dropFirst(3).prefix(114)) }
        #expect(Self.textColumn(inside, x: 0).contains(notes), "every word of the notes")
        #expect(lines.contains { $0.contains("Sources (2):") })
        #expect(Self.textColumn(inside, x: 0).contains("Sources (2): 1  bench-beta.json 2  " + source), "sources sorted, numbered, each whole")
        #expect(!lines.joined().contains("…"))
    }

    @Test func detailScrollsLikeTheHelp() throws {
        // WiNGPT-3.0's notes, table and two long sources do not fit 80×24.
        var session = try SampleData.session(width: 80, height: 24, keys: "Tab Down Enter")
        let top = session.frame.canvas.lines
        #expect(top[21].hasSuffix("─ ↓ more: ↑ ↓ PgDn ─┘ "))
        #expect(!top.joined().contains("Sources (2):"))
        session.press(.down)
        #expect(session.frame.canvas.lines[3] == top[4], "one line up")
        session.press(.home)
        #expect(session.frame.canvas.lines == top)
        session.press(.end)
        let end = session.frame.canvas.lines
        #expect(end.contains { $0.contains("Sources (2):") })
        #expect(end[20].contains("gives $3.47 at $1.58/h)"), "the last line of the last source")
        #expect(!end[21].contains("more"))
        session.press(.escape)
        #expect(session.state.overlay == nil && session.state.overlayScroll == 0)
    }

    @Test(arguments: ["?", "Tab Down Enter"])
    func scrollingBackFromTheEndMovesTheView(_ keys: String) throws {
        // The overlay clamps the scroll only when drawing, so the state keeps whatever End
        // or a run of PgDn added past the end: ↑ and PgUp then seem to do nothing, and
        // after ↓ End even Home no longer reaches the top.
        var session = try SampleData.session(width: 80, height: 24, keys: keys)
        let top = session.frame.canvas.lines
        session.press(.end)
        let end = session.frame.canvas.lines
        #expect(end != top)
        session.press(.up)
        #expect(session.frame.canvas.lines != end, "↑ after End shows the line above")
        session.press(.down)
        session.press(.down)
        session.press(.end)
        session.press(.home)
        #expect(session.frame.canvas.lines == top, "Home is back at the top")
    }

    @Test func detailWithoutASetupIsNoOverlay() {
        let session = F.session()
        var state = session.state
        state.overlay = .detail
        #expect(overlayWidget(state, session.analysis, session.derived, session.dataset) != nil)
        #expect(overlayWidget(state, session.analysis, Derived(rows: []), session.dataset) == nil, "no rows, nothing selected")
    }
}
