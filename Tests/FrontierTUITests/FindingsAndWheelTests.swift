import FrontierCore
import Testing
@testable import FrontierTUI

@Suite("findings edge cases and the mouse wheel over overlays")
struct FindingsAndWheelTests {
    typealias F = WidgetFixture

    /// The first finding of model "M" whose req/s at levels 1, 4, 16 are `rps`.
    static func marginalFinding(_ rps: [Double]) -> String {
        let session = Session(dataset: F.dataset([("M", 70, rps)]), scenario: Scenario(concurrency: 4), width: 120, height: 40)
        let entry = session.analysis.entries[0]
        return EconomicsPanel(session.state, session.analysis, session.derived).findings(entry)[0]
    }

    @Test func costThatNeverFallsSaysSo() {
        // Throughput falls with concurrency: every step costs more.
        #expect(Self.marginalFinding([4, 2, 1]) == "No step up in concurrency saves money")
    }

    @Test func oneSavingStepIsNamedWithoutARange() {
        // $2/h, 3,600 requests: 1 req/s costs $2.00, 2 req/s $1.00 (saves $1.00), 1 req/s $2.00 again.
        #expect(Self.marginalFinding([1, 2, 1]) == "Only one step saves ($1.00), then cost rises")
    }

    @Test func shrinkingSavingsGiveTheRange() {
        // $2.00 → $1.00 → $0.80: savings $1.00 then $0.20.
        #expect(Self.marginalFinding([1, 2, 2.5]) == "Savings shrink $1.00→$0.20")
    }

    @Test func theWheelScrollsAnOpenOverlayAndLeavesTheSelection() throws {
        var session = try SampleData.session(width: 80, height: 24, keys: "?")
        let selected = session.selection
        session.click(MouseEvent(.scrollDown, x: 40, y: 10))
        #expect(session.state.overlayScroll == 3)
        #expect(session.selection == selected)
        session.click(MouseEvent(.scrollUp, x: 40, y: 10))
        #expect(session.state.overlayScroll == 0)
        session.click(MouseEvent(.press, x: 40, y: 10))
        #expect(session.state.overlay == .help, "a click over the overlay changes nothing")
    }

    @Test func withoutAnOverlayTheWheelMovesTheSelection() throws {
        var session = try SampleData.session(width: 80, height: 24)
        let first = session.selectedRow
        session.click(MouseEvent(.scrollDown, x: 40, y: 16))
        #expect(session.selectedRow == (first ?? 0) + 1)
    }
}
