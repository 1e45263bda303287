import FrontierCore
import Testing
@testable import FrontierTUI

@Suite("RankingTable")
struct RankingTableTests {
    typealias F = WidgetFixture

    static func render(_ session: Session, focused: Bool = false, width: Int = 70, height: Int = 6) -> (Canvas, [HitTarget]) {
        var canvas = F.marked(width, height)
        var state = session.state
        state.focus = focused ? .ranking : .sliders
        let table = RankingTable(state, session.analysis, session.derived)
        let targets = table.render(into: &canvas, area: canvas.bounds)
        return (canvas, targets)
    }

    @Test func ranksThenListsTheExcludedWithTheirReason() {
        let (canvas, _) = Self.render(F.session())
        #expect(canvas.lines == [
            "─ Ranking at c=16 · by quality · 2 of 3 fit ──────────────────────────",
            "x#xModelxxxxxxxxxxxxxxxQualxWorkloadx$/1M outxxxxTTFTxxtok/sxxEffxFxxx",
            " 1 Alpha               80.0    $0.40    $1.11   1.6 s    500  67% ●   ",
            "x2xBetaxxxxxxxxxxxxxxxx60.0xxxx$0.20xxxx$0.56xxx1.6 sxxx1000x100%x●xxx",
            // The reason has no room beside every chosen column: a marker, not a lost column.
            "x–xGammaxxxxxxxxxxxxxxx50.0xxxx$0.50xxxx$1.39xxx1.6 sxxxx400xx33%xxx$x",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ])
    }

    @Test func stylesTheSelectedExcludedAndFrontierCells() {
        let (canvas, _) = Self.render(F.session())
        #expect(canvas[0, 2]?.style == Style(.selected, reverse: true), "the selected row is filled across")
        #expect(canvas[69, 2]?.style == Style(.selected, reverse: true))
        #expect(canvas[4, 3]?.style == Style(.text))
        #expect(canvas[4, 4]?.style == Style(.muted), "excluded rows are muted")
        #expect(canvas[66, 3] == Cell("●", Style(.frontier, bold: true)))
        #expect(canvas[68, 4] == Cell("$", Style(.warning, bold: true)), "the over-budget marker")
        #expect(canvas[2, 0]?.style == Style(.frame, bold: true))
        let (focused, _) = Self.render(F.session(), focused: true)
        #expect(focused[0, 0]?.style.role == .focus)
        #expect(focused[2, 0]?.style == Style(.focus, bold: true))
    }

    @Test func givesTheWholeReasonWhenWide() {
        let (canvas, _) = Self.render(F.session(), width: 110)
        #expect(canvas.lines[4].contains("33%xxxover budget ($0.50 > $0.45)"))
    }

    @Test func dropsColumnsAsTheWidthShrinks() {
        func header(_ width: Int) -> String {
            Self.render(F.session(), width: width).0.lines[1].split(separator: "x").filter { !$0.isEmpty }.joined(separator: " ")
        }
        let headers = [120, 80, 72, 50, 40, 30].map(header)
        #expect(headers == [
            "# Model Qual Workload $/1M out TTFT tok/s Eff F",
            "# Model Qual Workload $/1M out TTFT tok/s Eff F",
            "# Model Qual Workload $/1M out TTFT tok/s Eff F",
            "# Model Qual Workload $/1M out F",
            "# Model Qual Workload F",
            "# Model Qual F",
        ])
        // Every row keeps its rank, name, frontier mark and note (a marker where narrow).
        let narrow = Self.render(F.session(), width: 30).0
        #expect(narrow.lines[2] == " 1 Alpha             80.0 ●   ")
        #expect(narrow.lines[4] == "x–xGammaxxxxxxxxxxxxx50.0xxx$x")
    }

    @Test func dropsColumnsFromTheRight() {
        // At 56 columns tok/s gives way, and so does Eff after it, though Eff alone would
        // fit: the rightmost columns give way first.
        let header = Self.render(F.session(), width: 56).0.lines[1].split(separator: "x").filter { !$0.isEmpty }
        #expect(header.joined(separator: " ") == "# Model Qual Workload $/1M out TTFT F")
    }

    @Test func noteColumnOnlyWhenARowNeedsOne() {
        func header(_ session: Session, _ width: Int) -> String {
            Self.render(session, width: width).0.lines[1].split(separator: "x").filter { !$0.isEmpty }.joined(separator: " ")
        }
        // Without a budget every model fits and nothing is clamped: no room is kept for a
        // note, so at 70 every column shows and at 60 only Eff gives way.
        let everyoneFits = F.session(budget: nil)
        #expect(everyoneFits.analysis.excluded.isEmpty)
        #expect(header(everyoneFits, 70) == "# Model Qual Workload $/1M out TTFT tok/s Eff F")
        #expect(header(everyoneFits, 60) == "# Model Qual Workload $/1M out TTFT tok/s F")
        #expect(Self.render(everyoneFits, width: 70).0.lines[4] == "x3xGammaxxxxxxxxxxxxxxxxx50.0xxxx$0.50xxxx$1.39xxx1.6 sxxxx400xx33%xxx")
        // With Gamma over budget no column gives way to its note: it shrinks to a marker.
        #expect(header(F.session(), 70) == "# Model Qual Workload $/1M out TTFT tok/s Eff F")
        #expect(header(F.session(), 60) == "# Model Qual Workload $/1M out TTFT tok/s F")
    }

    @Test func leftoverWidthWidensTheNameThenTheNote() {
        // A name longer than any name column (and without spaces), so it is cut to exactly
        // the column's width, with the ellipsis in the middle.
        var models = F.models
        models[0].name = "Alpha-with-a-very-long-name-indeed"
        let long = Session(dataset: F.dataset(models), scenario: Scenario(concurrency: 16, budget: 0.45), width: 80, height: 24)
        func nameWidth(_ width: Int) -> Int? {
            let cell = Self.render(long, width: width).0.lines[2].dropFirst(3).prefix { $0 != " " }
            return cell.hasPrefix("Alpha-with") && cell.hasSuffix("…") ? cell.count : nil
        }
        #expect(nameWidth(35) == 14, "the least the name gets beside a column, the marker after it")
        #expect(nameWidth(34) == 20, "Workload does not fit: its room goes to the name")
        #expect(nameWidth(60) == 14)
        #expect(nameWidth(80) == 18, "every column first, then the note's short form, then the name")
        #expect(nameWidth(90) == 24, "the most the name gets below 96 columns")
        #expect(nameWidth(120) == 30, "past 24, up to a quarter of a wider table as the longest name needs")
        // Past that the note widens: at 120 Gamma's note starts after Eff and the mark and
        // runs to the edge.
        let wide = Self.render(F.session(), width: 120).0
        let note = wide.lines[4].drop(while: { $0 != "%" }).dropFirst().drop(while: { $0 == "x" })
        #expect(note.count == 120 - 74, "names of five letters: the name stays at 24")
        #expect(note.hasPrefix("over budget ($0.50 > $0.45)x"))
    }

    @Test func theWholeReasonWhenItFitsTheNoteElseTheShortOne() {
        // At 101 the note starts at 74 and has the 27 columns "over budget ($0.50 > $0.45)"
        // needs; one fewer and it shows the short form.
        let description = "over budget ($0.50 > $0.45)"
        #expect(description.count == 27)
        #expect(Self.render(F.session(), width: 101).0.lines[4].hasSuffix("33%xxx" + description))
        #expect(Self.render(F.session(), width: 100).0.lines[4].hasSuffix("33%xxxover budgetxxxxxxxxxxxxxxx"))
        #expect(Self.render(F.session(), width: 80).0.lines[4].hasSuffix("33%xxxover budgetx"))
    }

    @Test func tooSmallDrawsNothing() {
        let (narrow, targets) = Self.render(F.session(), width: 29)
        #expect(targets.isEmpty)
        #expect(narrow.lines.allSatisfy { $0 == String(repeating: "x", count: 29) })
        let (short, _) = Self.render(F.session(), height: 2)
        #expect(short.lines.allSatisfy { $0 == String(repeating: "x", count: 70) })
    }

    @Test func returnsARowTargetPerVisibleRow() {
        let (_, targets) = Self.render(F.session())
        #expect(targets == [
            .row(0, Rect(x: 0, y: 2, width: 70, height: 1)),
            .row(1, Rect(x: 0, y: 3, width: 70, height: 1)),
            .row(2, Rect(x: 0, y: 4, width: 70, height: 1)),
        ])
    }

    @Test func scrollsToKeepTheSelectionVisible() {
        let many = (1...12).map { i in (name: "M\(i)", score: Double(100 - i), rps: [1.0, 2, Double(i)]) }
        var session = Session(dataset: F.dataset(many), scenario: Scenario(concurrency: 16), width: 80, height: 24)
        // Heading, header and four rows.
        func names() -> [String] {
            Self.render(session).0.lines.dropFirst(2).map { String($0.dropFirst(3).prefix(while: { $0 != "x" && $0 != " " })) }
        }
        #expect(names() == ["M1", "M2", "M3", "M4"])
        session.send(.moveSelection(5))
        #expect(session.selection?.model == "M6")
        #expect(names() == ["M3", "M4", "M5", "M6"], "the selection sits on the last visible row")
        let (_, targets) = Self.render(session)
        #expect(targets.first == .row(2, Rect(x: 0, y: 2, width: 70, height: 1)), "targets carry the row's index in the list")
        session.send(.moveSelection(100))
        #expect(names() == ["M9", "M10", "M11", "M12"])
        session.send(.moveSelection(-100))
        #expect(names() == ["M1", "M2", "M3", "M4"])
    }

    @Test func saysWhenThereAreNoModels() {
        let empty = Dataset(name: "empty", workload: Workload(name: "w", requests: 10),
                            hardware: F.dataset().hardware, models: [], runs: [])
        let session = Session(dataset: empty, scenario: Scenario(concurrency: 1), width: 80, height: 24)
        let (canvas, targets) = Self.render(session)
        #expect(targets.isEmpty)
        #expect(canvas.lines[0].hasPrefix("─ Ranking at c=1 · by quality · 0 of 0 fit ─"))
        #expect(canvas.lines[2].hasPrefix("xxNo models in the data.x"))
    }

    @Test func orderIsRankedThenExcluded() {
        let session = F.session()
        let order = session.analysis.displayOrder.map { session.analysis.entries[$0].label }
        #expect(order == ["Alpha", "Beta", "Gamma"])
        #expect(session.derived.rows.map(\.model) == order)
    }
}

@Suite("RankingTable names on screen")
struct RankingNamesOnScreenTests {
    @Test func theNamesOnScreenAreDistinct() {
        // Three Replicate-style names rank first, then 27 others they share nothing with.
        let hashes = ["02e509c7", "2796ee9d", "f4e2de70"]
        let models = hashes.enumerated().map { (name: "meta/llama-2-70b-chat:\($1)", score: 99.0 - Double($0), rps: [1.0, 2, 4]) }
            + (1...27).map { (name: "other-\($0)", score: Double(50 - $0), rps: [1.0, 2, 4]) }
        let session = Session(dataset: WidgetFixture.dataset(models), scenario: Scenario(concurrency: 16), width: 80, height: 24)
        // The name cells of the rows on screen (rank, name: columns 3 to 27).
        let lines = session.frame.canvas.lines
        let first = lines.firstIndex { $0.hasPrefix(" # Model") }! + 1
        let cells = lines[first...].prefix { $0.first == " " && $0.dropFirst().first?.isNumber == true || $0.hasPrefix("1") }
            .map { String(Array($0)[3..<27]).trimmingCharacters(in: .whitespaces) }
        #expect(cells.count == 10)
        #expect(Set(cells).count == cells.count, "\(cells)")
        #expect(cells.prefix(3).allSatisfy { $0.hasPrefix("meta/llama-2-70b-chat:") }, "\(cells)")
    }
}
