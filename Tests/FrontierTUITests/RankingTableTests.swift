import FrontierCore
import Testing
@testable import FrontierTUI

@Suite("RankingTable")
struct RankingTableTests {
    typealias F = WidgetFixture

    static func render(_ session: Session, focused: Bool = false, width: Int = 70, height: Int = 6) -> (Canvas, [HitTarget]) {
        var canvas = F.marked(width, height)
        let table = RankingTable(state: session.state, analysis: session.analysis, focused: focused)
        let targets = table.render(into: &canvas, area: canvas.bounds)
        return (canvas, targets)
    }

    @Test func ranksThenListsTheExcludedWithTheirReason() {
        let (canvas, _) = Self.render(F.session())
        #expect(canvas.lines == [
            "─ Ranking at c=16 · by quality · 2 of 3 fit ──────────────────────────",
            "x#xModelxxxxxxxxxxxQualxWorkloadx$/1M outxxxxTTFTxxtok/sxFxxxxxxxxxxxx",
            " 1 Alpha           80.0    $0.40    $1.11   1.6 s    500 ●            ",
            "x2xBetaxxxxxxxxxxxx60.0xxxx$0.20xxxx$0.56xxx1.6 sxxx1000x●xxxxxxxxxxxx",
            "x–xGammaxxxxxxxxxxx50.0xxxx$0.50xxxx$1.39xxx1.6 sxxxx400xxxover budget",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ])
    }

    @Test func stylesTheSelectedExcludedAndFrontierCells() {
        let (canvas, _) = Self.render(F.session())
        #expect(canvas[0, 2]?.style == Style(.selected, reverse: true), "the selected row is filled across")
        #expect(canvas[69, 2]?.style == Style(.selected, reverse: true))
        #expect(canvas[4, 3]?.style == Style(.text))
        #expect(canvas[4, 4]?.style == Style(.muted), "excluded rows are muted")
        #expect(canvas[57, 3] == Cell("●", Style(.frontier, bold: true)))
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
            "# Model Qual Workload $/1M out TTFT tok/s F",
            "# Model Qual Workload F",
            "# Model Qual F",
            "# Model F",
        ])
        // Every row keeps its rank, name, frontier mark and note.
        let narrow = Self.render(F.session(), width: 30).0
        #expect(narrow.lines[2] == " 1 Alpha         ●            ")
        #expect(narrow.lines[4] == "x–xGammaxxxxxxxxxxxover budget")
    }

    @Test func dropsColumnsFromTheRight() {
        // At 60 columns TTFT and tok/s give way but Eff, further right, comes back.
        withKnownIssue("a narrow column after a dropped wide one is still shown") {
            let header = Self.render(F.session(), width: 60).0.lines[1].split(separator: "x").filter { !$0.isEmpty }
            #expect(header.joined(separator: " ") == "# Model Qual Workload $/1M out F")
        }
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
        #expect(session.state.selected?.model == "M6")
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
        let order = RankingTable.order(session.analysis).map { session.analysis.entries[$0].label }
        #expect(order == ["Alpha", "Beta", "Gamma"])
        #expect(session.state.rows.map(\.model) == order)
    }
}
