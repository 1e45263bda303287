import Foundation
import FrontierCore
import Testing
@testable import FrontierTUI

/// Figures at the edge of what a Double holds must not trap or loop in the dashboard (issue #14).
@Suite("Extreme values in the dashboard")
struct ExtremeValueTests {
    typealias F = ReduceFixture

    @Test func aLadderUpToTheLargestDoubleEnds() {
        let ladder = SliderKind.niceLadder(0.001...1.7e308, perDecade: 12)
        #expect(!ladder.isEmpty)
        #expect(ladder.count <= 12 * (SliderKind.maxDecades + 1))
        #expect(ladder.allSatisfy { $0.isFinite })
        #expect(SliderKind.niceLadder(1...(.infinity), perDecade: 3).allSatisfy { $0.isFinite })
    }

    @Test func theBudgetSliderStepsOverAnEnormousCostSpan() {
        let next = SliderKind.budget.stepped(F.state(), costs: 1e-3...1e308, direction: -1, coarse: false)
        #expect(next != nil && next!.isFinite)
    }

    @Test func theLargestRequestCountIsLabelledWithoutTrapping() {
        let state = F.state(Scenario(concurrency: 64, requests: .max))
        #expect(SliderKind.requests.label(state) == "9,223,372,036,854,775,807 req")
    }

    @Test func sparklinesOfNonFiniteValuesDrawWithoutTrapping() {
        #expect(Sparkline(values: [1, .infinity, 3], ascii: true).text.count == 3)
        #expect(Sparkline(values: [.nan, 1], ascii: false).text.count == 2)
        #expect(Sparkline(values: [Double("1e-310")!, 1e308, .greatestFiniteMagnitude], ascii: true).text.count == 3)
    }
}
