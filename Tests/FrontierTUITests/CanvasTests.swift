import FrontierCore
import Testing
@testable import FrontierTUI

@Suite("Canvas")
struct CanvasTests {
    static func marked(_ width: Int, _ height: Int) -> Canvas { Canvas(width: width, height: height, fill: Cell("x")) }

    @Test func startsFilled() {
        #expect(Canvas(width: 3, height: 2).lines == ["   ", "   "])
        #expect(Self.marked(3, 2).lines == ["xxx", "xxx"])
        #expect(Canvas(width: -4, height: 2).lines == ["", ""])
        #expect(Canvas(width: 3, height: -1).lines == [])
        #expect(Canvas(width: 0, height: 0).text == "")
    }

    @Test func lookupOutsideIsNil() {
        let canvas = Self.marked(3, 2)
        #expect(canvas[0, 0]?.character == "x")
        #expect(canvas[2, 1]?.character == "x")
        #expect(canvas[3, 0] == nil)
        #expect(canvas[0, 2] == nil)
        #expect(canvas[-1, 0] == nil)
        #expect(canvas[0, -1] == nil)
    }

    @Test func writesPastTheRightEdgeAreClipped() {
        var canvas = Self.marked(6, 2)
        let written = canvas.write("hello world", x: 2, y: 0)
        #expect(written == 4)
        #expect(canvas.lines == ["xxhell", "xxxxxx"])
    }

    @Test func writesAtNegativeCoordinatesAreClipped() {
        var canvas = Self.marked(6, 2)
        canvas.write("abcdef", x: -3, y: 1)
        #expect(canvas.lines == ["xxxxxx", "defxxx"])
        canvas.write("zzz", x: 0, y: -1)
        canvas.write("zzz", x: 0, y: 2)
        canvas.put("q", x: -1, y: 0)
        canvas.put("q", x: 6, y: 0)
        canvas.restyle(x: 9, y: 9) { $0.bold = true }
        #expect(canvas.lines == ["xxxxxx", "defxxx"])
    }

    @Test func writeStopsAtTheLimit() {
        var canvas = Self.marked(8, 1)
        #expect(canvas.write("abcdef", x: 1, y: 0, limit: 3) == 3)
        #expect(canvas.lines == ["xabcxxxx"])
        #expect(canvas.write("", x: 1, y: 0) == 0)
    }

    @Test func writeKeepsTheStyle() {
        var canvas = Self.marked(4, 1)
        canvas.write("ab", x: 1, y: 0, style: Style(.accent, bold: true))
        #expect(canvas[1, 0] == Cell("a", Style(.accent, bold: true)))
        #expect(canvas[2, 0] == Cell("b", Style(.accent, bold: true)))
        #expect(canvas[3, 0] == Cell("x"))
        canvas.restyle(x: 3, y: 0) { $0.reverse = true }
        #expect(canvas[3, 0] == Cell("x", Style(reverse: true)))
    }

    @Test func writeInAreaCutsWithAnEllipsis() {
        var canvas = Self.marked(10, 3)
        canvas.write("abcdefgh", in: Rect(x: 1, y: 0, width: 5, height: 1))
        canvas.write("abcde", in: Rect(x: 1, y: 1, width: 5, height: 1))
        canvas.write("ab", in: Rect(x: 1, y: 2, width: 5, height: 1))
        #expect(canvas.lines == ["xabcd…xxxx", "xabcdexxxx", "xabxxxxxxx"])
    }

    @Test func writeInAreaAlignsRight() {
        var canvas = Self.marked(10, 3)
        canvas.write("ab", in: Rect(x: 1, y: 0, width: 5, height: 1), alignRight: true)
        canvas.write("abcdefgh", in: Rect(x: 1, y: 1, width: 5, height: 1), alignRight: true)
        canvas.write("ab", in: Rect(x: 1, y: 0, width: 5, height: 2), row: 1, alignRight: true)
        #expect(canvas.lines == ["xxxxabxxxx", "xabcabxxxx", "xxxxxxxxxx"])
    }

    @Test func writeInATinyArea() {
        var canvas = Self.marked(4, 1)
        canvas.write("abc", in: Rect(x: 1, y: 0, width: 1, height: 1))
        #expect(canvas.lines == ["x…xx"])
        canvas.write("abc", in: Rect(x: 2, y: 0, width: 0, height: 1))
        #expect(canvas.lines == ["x…xx"])
    }

    @Test func fillCoversOnlyTheArea() {
        var canvas = Self.marked(5, 3)
        canvas.fill(Rect(x: 1, y: 1, width: 3, height: 1), with: "-")
        canvas.fill(Rect(x: 4, y: 2, width: 9, height: 9), with: "#")
        #expect(canvas.lines == ["xxxxx", "x---x", "xxxx#"])
    }

    @Test func boxDrawsTheBorderAndTitleAndReturnsTheInside() {
        var canvas = Self.marked(12, 4)
        let inner = canvas.box(canvas.bounds, title: "Cost")
        #expect(inner == Rect(x: 1, y: 1, width: 10, height: 2))
        #expect(canvas.lines == [
            "┌ Cost ────┐",
            "│xxxxxxxxxx│",
            "│xxxxxxxxxx│",
            "└──────────┘",
        ])
        #expect(canvas[2, 0]?.style == Style(.frame, bold: true))
        #expect(canvas[0, 0]?.style == Style(.frame))
    }

    @Test func boxInASCII() {
        var canvas = Self.marked(8, 3)
        canvas.box(canvas.bounds, title: "A", style: Style(.focus), ascii: true)
        #expect(canvas.lines == [
            "+ A ---+",
            "|xxxxxx|",
            "+------+",
        ])
        #expect(canvas[7, 2]?.style == Style(.focus))
    }

    @Test func boxTitleIsCutToTheBorder() {
        var canvas = Self.marked(8, 2)
        canvas.box(canvas.bounds, title: "A long title")
        #expect(canvas.lines == ["┌ A lon┐", "└──────┘"])
    }

    @Test func boxTooSmallDrawsNothing() {
        var canvas = Self.marked(3, 3)
        let inner = canvas.box(Rect(x: 1, y: 1, width: 1, height: 2), title: "x")
        #expect(inner.isEmpty)
        #expect(canvas.lines == ["xxx", "xxx", "xxx"])
    }

    @Test func boxPartlyOffTheCanvasIsClipped() {
        var canvas = Self.marked(4, 3)
        canvas.box(Rect(x: 2, y: 1, width: 5, height: 5))
        #expect(canvas.lines == ["xxxx", "xx┌─", "xx│x"])
    }

    @Test func rectSplitsAndInsets() {
        let r = Rect(x: 2, y: 3, width: 10, height: 6)
        #expect(r.splitTop(2) == (Rect(x: 2, y: 3, width: 10, height: 2), Rect(x: 2, y: 5, width: 10, height: 4)))
        #expect(r.splitTop(99).1.isEmpty)
        #expect(r.splitLeft(4) == (Rect(x: 2, y: 3, width: 4, height: 6), Rect(x: 6, y: 3, width: 6, height: 6)))
        #expect(r.splitLeft(-1).0.isEmpty)
        #expect(r.inset(1) == Rect(x: 3, y: 4, width: 8, height: 4))
        #expect(r.inset(4).isEmpty)
        #expect(r.contains(x: 2, y: 3) && r.contains(x: 11, y: 8))
        #expect(!r.contains(x: 12, y: 8) && !r.contains(x: 11, y: 9) && !r.contains(x: 1, y: 3))
    }

    @Test func foldToASCIIReplacesEveryNonASCIICharacter() {
        var canvas = Self.marked(24, 3)
        canvas.write("2×A800 · $1 → $2 — ε", x: 0, y: 0, style: Style(.title, bold: true, reverse: true))
        canvas.write("┌─│┘ ● ◆ ▶ ━ ≥≤≈ Δμé…", x: 0, y: 1, style: Style(.accent))
        canvas.write("日本 ★ ⣿ █", x: 0, y: 2)
        let before = canvas
        canvas.foldToASCII()
        #expect(canvas.lines == [
            "2xA800 . $1 > $2 - exxxx",
            "+-|+ * * > = ><~ Due~xxx",
            "? ?  ? ? ?xxxxxxxxxxxxxx",
        ])
        #expect(canvas.cells.allSatisfy { $0.character.isASCII })
        // Styles stay, character for character, and ASCII cells are left alone.
        #expect(zip(canvas.cells, before.cells).allSatisfy { $0.style == $1.style })
        #expect(canvas[1, 0] == Cell("x", Style(.title, bold: true, reverse: true)))
        #expect(canvas[5, 1] == Cell("*", Style(.accent)))
        #expect(canvas[0, 2] == Cell("?", .plain))
        #expect(canvas[23, 2] == Cell("x"))
    }

    @Test func foldToASCIIOfAnASCIICanvasChangesNothing() {
        var canvas = Self.marked(10, 2)
        canvas.write("a-b|c+d", x: 1, y: 0, style: Style(.muted))
        let before = canvas
        canvas.foldToASCII()
        #expect(canvas == before)
        var empty = Canvas(width: 0, height: 0)
        empty.foldToASCII()
        #expect(empty.lines == [])
    }

    @Test func everyCharacterOfTheDashboardsOwnTextHasAStandIn() {
        // The typography of the help, the key list and the title: none of it may fall back
        // to "?" in ASCII mode.
        let text = Definitions.all.map { $0.term + $0.definition }.joined() + Definitions.source
            + KeyMap.help.map { $0.keys + $0.does }.joined() + "Frontier · 2×A800 $1.58/h — ε→ –"
        let missing = Set(text.filter { !$0.isASCII && Canvas.asciiStandIn[$0] == nil })
        #expect(missing.isEmpty, "no ASCII stand-in for \(missing.sorted().map { "\($0) U+" + String($0.unicodeScalars.first!.value, radix: 16, uppercase: true) })")
    }

    @Test func writeSanitisesControlCharacters() {
        var canvas = Self.marked(12, 1)
        canvas.write("a\u{1B}[31mb\u{07}c\td", x: 0, y: 0)
        #expect(canvas.lines == ["abc dxxxxxxx"])
    }
}

@Suite("Canvas: wide characters")
struct CanvasWideCharacterTests {
    @Test func aWideCharacterTakesTwoCellsTheSecondAContinuation() {
        var canvas = Canvas(width: 7, height: 1)
        let written = canvas.write("模型a", x: 1, y: 0)
        #expect(written == 5)
        #expect(canvas[1, 0]?.character == "模" && canvas[2, 0]?.isContinuation == true)
        #expect(canvas[3, 0]?.character == "型" && canvas[4, 0]?.isContinuation == true)
        #expect(canvas[5, 0]?.character == "a" && canvas[5, 0]?.isContinuation == false)
        #expect(canvas.lines == [" 模型a "])
        #expect(canvas.lines[0].columns == 7)
    }

    @Test func aWideCharacterAtTheRightEdgeBecomesASpace() {
        var canvas = CanvasTests.marked(4, 1)
        #expect(canvas.write("ab模", x: 1, y: 0) == 3)
        #expect(canvas.lines == ["xab "])
        var limited = CanvasTests.marked(6, 1)
        #expect(limited.write("a模型", x: 0, y: 0, limit: 4) == 4)
        #expect(limited.lines == ["a模 xx"])
        var edge = Canvas(width: 3, height: 1)
        edge.put("模", x: 2, y: 0)
        #expect(edge.lines == ["   "] && edge.cells.allSatisfy { !$0.isContinuation })
    }

    @Test func overwritingHalfAWideCharacterLeavesASpaceInTheOtherHalf() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.write("模型", x: 0, y: 0)
        canvas.put("x", x: 1, y: 0)
        #expect(canvas.lines == [" x型  "])
        canvas.put("y", x: 2, y: 0)
        #expect(canvas.lines == [" xy   "])
        #expect(canvas.cells.allSatisfy { !$0.isContinuation })
        canvas.write("模", x: 3, y: 0)
        canvas.write("型", x: 2, y: 0)
        #expect(canvas.lines == [" x型  "], "the wide character written over the first half of another clears its second")
        #expect(canvas.cells.filter(\.isContinuation).count == 1)
    }

    @Test func boxesAndAreasCutWideTextByColumns() {
        var canvas = Canvas(width: 12, height: 3)
        canvas.box(canvas.bounds, title: "通义千问-72B大模型")
        #expect(canvas.lines.allSatisfy { $0.columns == 12 })
        #expect(canvas.lines[0].hasSuffix("┐") && canvas.lines[2] == "└──────────┘")
        var area = Canvas(width: 8, height: 1)
        area.write("通义千问-72B", in: Rect(x: 1, y: 0, width: 6, height: 1))
        #expect(area.lines == [" 通义…  "])
        area.write("模型", in: Rect(x: 0, y: 0, width: 8, height: 1), alignRight: true)
        #expect(area.lines == [" 通 模型"], "right-aligned by columns, over the second half of 义")
    }

    @Test func asciiFoldingLeavesNoContinuation() {
        var canvas = Canvas(width: 5, height: 1)
        canvas.write("模型a", x: 0, y: 0)
        canvas.foldToASCII()
        #expect(canvas.lines == ["? ? a"])
        #expect(canvas.cells.allSatisfy { !$0.isContinuation })
    }
}
