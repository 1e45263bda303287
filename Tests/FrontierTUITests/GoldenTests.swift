import FrontierCore
import Testing
@testable import FrontierTUI

/// Whole screens of the wineval sample after scripted keys, against `Goldens/`. Set
/// FRONTIER_UPDATE_GOLDENS=1 to rewrite them, then read each one.
@Suite("golden screens")
struct GoldenTests {
    struct Screen: Sendable, CustomTestStringConvertible {
        let name: String
        let keys: String
        var ascii = false
        /// What the screen must show, whatever the golden says.
        var shows: [String] = []

        var testDescription: String { name }
    }

    /// Down to the budget slider, then Left until the costliest model no longer fits.
    static let budgetKeys = (["Down"] + Array(repeating: "Left", count: 22)).joined(separator: " ")

    static let screens: [Screen] = [
        Screen(name: "initial", keys: "", shows: ["Frontier · wineval-a800", "Ranking at c=64", "WiNGPT-3.5"]),
        Screen(name: "slider-moved", keys: "Right Right", shows: ["Ranking at c=128", "Production frontier at c=128"]),
        Screen(name: "budget-cut", keys: budgetKeys, shows: ["$3.00", "8 of 9 fit"]),
        Screen(name: "help", keys: "?", shows: ["Help · ? or Esc to close", "Tab / Shift-Tab"]),
        Screen(name: "detail", keys: "Tab Down Enter", shows: ["WiNGPT-3.0 · Enter or Esc to close", "Quality: WiNEval-3.0 75.4"]),
        Screen(name: "ascii", keys: "", ascii: true, shows: ["+ Scenario", "|>Concurrency"]),
        Screen(name: "help-end", keys: "? End", shows: ["Method: Zhuang et al.", "Ranking  "]),
        Screen(name: "detail-end", keys: "Tab Down Enter End", shows: ["Sources (2):", "generate_wineval.py"]),
        Screen(name: "help-ascii", keys: "?", ascii: true, shows: ["+ Help . ? or Esc to close", "| < > or h l"]),
        Screen(name: "filter-typing", keys: "/ wingpt-3", shows: [" /wingpt-3", "2 of 2 fit · filter \"wingpt-3\"", "2 of 9 setups match", "· filter on"]),
        Screen(name: "filter-kept", keys: "/ dense Enter", shows: ["4 of 4 fit · filter \"dense\"", "· filter on", "dense-72B-int4"]),
        Screen(name: "marked", keys: "Tab Space Down Down Space", shows: ["1 A WiNGPT-3.5", "3 B dense-72B-int4", "2 of 5 · c compares"]),
        Screen(name: "compare", keys: "Tab Space Down Down Space c", shows: ["Compare 2 marked · c or Esc to close", "A WiNGPT-3.5", "at its best"]),
    ]

    static let sizes = [(80, 24), (120, 40), (200, 60)].map { Size(width: $0.0, height: $0.1) }

    struct Size: Sendable, CustomTestStringConvertible {
        let width: Int
        let height: Int
        var testDescription: String { "\(width)x\(height)" }
    }

    @Test(arguments: screens, sizes)
    func screen(_ screen: Screen, _ size: Size) throws {
        try Self.check(screen, size)
    }

    /// The bundled sample after `screen`'s keys at `size`: the screen's size, what it must
    /// show, and its golden. The Pin and Risk goldens are checked the same way.
    static func check(_ screen: Screen, _ size: Size, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let session = try SampleData.session(width: size.width, height: size.height, keys: screen.keys, ascii: screen.ascii)
        let canvas = session.frame.canvas
        #expect(canvas.width == size.width && canvas.height == size.height, sourceLocation: sourceLocation)
        let text = canvas.text
        for needle in screen.shows {
            #expect(text.contains(needle), "\(screen.name) at \(size.testDescription) lacks \(needle)", sourceLocation: sourceLocation)
        }
        assertGolden(canvas, named: "\(screen.name)-\(size.width)x\(size.height)",
                     header: Golden.header(screen.name, width: size.width, height: size.height, keys: screen.keys),
                     sourceLocation: sourceLocation)
    }

    @Test(arguments: sizes)
    func budgetCutListsTheExcludedModel(_ size: Size) throws {
        let session = try SampleData.session(width: size.width, height: size.height, keys: Self.budgetKeys)
        #expect(session.state.scenario.budget == 3)
        #expect(!session.analysis.excluded.isEmpty)
        let text = session.frame.canvas.text
        let rankingLines = session.frame.canvas.lines.filter { $0.contains("WiNGPT-3.0") }
        // The reason; at 120×40 it has no room beside the columns, so its marker.
        if size.width == 120 {
            #expect(rankingLines.contains { $0.contains("5%   $ ") })
        } else {
            #expect(text.contains("over budget"))
        }
        #expect(rankingLines.contains { $0.hasPrefix(" – WiNGPT-3.0") }, "excluded: no rank")
    }

    @Test(arguments: sizes)
    func asciiScreenHasNoBoxDrawingOrBraille(_ size: Size) throws {
        let canvas = try SampleData.session(width: size.width, height: size.height, ascii: true).frame.canvas
        let offending = canvas.cells.map(\.character).filter { character in
            character.unicodeScalars.contains { (0x2500...0x259F).contains($0.value) || (0x2800...0x28FF).contains($0.value) }
        }
        #expect(offending.isEmpty, "box drawing, blocks or braille in ASCII mode: \(Set(offending))")
    }

    @Test(arguments: sizes, ["", "?", "Tab Down Enter", "? End", "Tab Down Enter End", "Down Left Left"])
    func asciiScreenIsPlainASCII(_ size: Size, _ keys: String) throws {
        let canvas = try SampleData.session(width: size.width, height: size.height, keys: keys, ascii: true).frame.canvas
        let offending = Set(canvas.cells.map(\.character).filter { !$0.isASCII })
        #expect(offending.isEmpty, "after \(keys): \(offending.sorted())")
    }

    @Test func plotHasRoomAt80x24WithFewSliders() {
        // A rented profile has five sliders; the three-model ranking takes the least it is
        // given (six rows), so the plot gets the rest of the body: 16 rows.
        let text = WidgetFixture.session(width: 80, height: 24).frame.canvas.text
        #expect(!text.contains("plot: too small"))
        #expect(text.contains("Production frontier at c=16"))
    }

    @Test func tooSmall() throws {
        let session = try SampleData.session(width: 50, height: 15)
        let frame = session.frame
        #expect(frame.targets.isEmpty)
        #expect(frame.canvas.text.contains("Terminal too small"))
        #expect(frame.canvas.text.contains("need 60×18, have 50×15"))
        assertGolden(frame.canvas, named: "too-small-50x15", header: Golden.header("too-small", width: 50, height: 15, keys: ""))
    }
}
