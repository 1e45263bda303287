import Testing
@testable import FrontierCore

/// Placement among measured levels and interpolation linear in log2(c).
@Suite struct InterpolationTests {
    let levels: [Double] = [4, 16]
    let values: [Double] = [10, 30]

    @Test func midpointInLog2() {
        // log2 8 = 3 lies halfway between log2 4 = 2 and log2 16 = 4
        let p = Placement(8, in: levels)
        #expect(p == .between(lower: 0, t: 0.5))
        // 10 + (30 − 10) · 0.5 = 20
        #expect(p.value(values) == 20)
        #expect(!p.isClamped)
    }

    @Test func quarterWayInLog2() {
        // log2 (4·√2) = 2.5, a quarter of the way from 2 to 4: 10 + 20 · 0.25 = 15
        let p = Placement(4 * 2.0.squareRoot(), in: levels)
        guard case .between(let lower, let t) = p else { Issue.record("expected between, got \(p)"); return }
        #expect(lower == 0)
        #expect(close(t, 0.25))
        #expect(close(p.value(values), 15))
    }

    @Test func measuredLevelsAreExact() {
        #expect(Placement(4, in: levels) == .measured(0))
        #expect(Placement(16, in: levels) == .measured(1))
        #expect(Placement(4, in: levels).value(values) == 10)
        #expect(Placement(16, in: levels).value(values) == 30)
    }

    @Test func outsideTheRangeIsClampedToTheEndValue() {
        let below = Placement(1, in: levels)
        #expect(below == .clamped(0))
        #expect(below.isClamped)
        #expect(below.value(values) == 10)
        let above = Placement(64, in: levels)
        #expect(above == .clamped(1))
        #expect(above.isClamped)
        #expect(above.value(values) == 30)   // not extrapolated to 40
    }

    @Test func singleLevel() {
        #expect(Placement(8, in: [8]) == .measured(0))
        #expect(Placement(1, in: [8]) == .clamped(0))
        #expect(Placement(9, in: [8]) == .clamped(0))
        #expect(Placement(9, in: [8]).value([5.0]) == 5)
    }

    @Test func binarySearchFindsEveryLevelAndGap() {
        let many: [Double] = [1, 2, 4, 8, 16, 32, 64, 128]
        for (i, level) in many.enumerated() {
            #expect(Placement(level, in: many) == .measured(i))
        }
        // 3 lies between 2 (index 1) and 4: t = log2 3 − 1 = 0.5849625…
        guard case .between(let lower, let t) = Placement(3, in: many) else { Issue.record("3 not between"); return }
        #expect(lower == 1)
        #expect(close(t, 0.584_962_500_721_156_2))
        // 96 between 64 (index 6) and 128: t = log2 1.5 = 0.5849625…
        guard case .between(let lower2, let t2) = Placement(96, in: many) else { Issue.record("96 not between"); return }
        #expect(lower2 == 6)
        #expect(close(t2, 0.584_962_500_721_156_2))
    }

    @Test func unevenLevels() {
        // levels 1, 3, 10; at 5: t = (log2 5 − log2 3) / (log2 10 − log2 3)
        //   = log2(5/3) / log2(10/3) = 0.736966 / 1.736966 = 0.4242834
        guard case .between(let lower, let t) = Placement(5, in: [1, 3, 10]) else { Issue.record("5 not between"); return }
        #expect(lower == 1)
        #expect(close(t, 0.424_283_357_506_555))
    }

    @Test func aFigureNotMeasuredAtANeighbourIsNotMeasuredBetween() {
        // Figures not measured are NaN in a series; NaN at either neighbour stays NaN.
        let p = Placement(8, in: levels)
        // 100 + (300 − 100) · 0.5 = 200
        #expect(p.value([100.0, 300.0]) == 200)
        #expect(p.value([100.0, .nan]).isNaN)
        #expect(p.value([.nan, 300.0]).isNaN)
        #expect(Placement(4, in: levels).value([100.0, .nan]) == 100)
        #expect(Placement(64, in: levels).value([100.0, .nan]).isNaN)
    }

    @Test func decreasingValuesInterpolateToo() {
        // cost falling from 2 to 1 over 4 → 16: at 8, 2 + (1 − 2) · 0.5 = 1.5
        #expect(Placement(8, in: levels).value([2.0, 1.0]) == 1.5)
    }
}
