import Testing
@testable import FrontierCore

@Suite("Checked")
struct CheckedTests {
    @Test func wholeNumbersLoseTheirFractionTowardZero() {
        #expect(Checked.int(3.7) == 3)
        #expect(Checked.int(-3.7) == -3)
        #expect(Checked.int(0) == 0)
    }

    @Test func nanIsAbsentAndInfinitiesAndHugeValuesAreClamped() {
        #expect(Checked.int(.nan) == nil)
        #expect(Checked.int(.infinity) == .max)
        #expect(Checked.int(-.infinity) == .min)
        // Double(Int.max) is 2⁶³, one past Int.max: Int(_:) traps on it.
        #expect(Checked.int(Double(Int.max)) == .max)
        #expect(Checked.int(1e19) == .max)
        #expect(Checked.int(-1e300) == .min)
    }

    @Test func clampedToARangeNaNGivesTheLowerEnd() {
        #expect(Checked.int(.nan, clampedTo: 0...79) == 0)
        #expect(Checked.int(120, clampedTo: 0...79) == 79)
        #expect(Checked.int(-5, clampedTo: 0...79) == 0)
        #expect(Checked.int(.infinity, clampedTo: 0...7) == 7)
        #expect(Checked.int(4.9, clampedTo: 0...7) == 4)
    }

    @Test func positiveIsFiniteAndAboveZero() {
        #expect(Checked.positive(2) == 2)
        #expect(Checked.positive(0) == nil)
        #expect(Checked.positive(-1) == nil)
        #expect(Checked.positive(.infinity) == nil)
        #expect(Checked.positive(.nan) == nil)
        #expect(Checked.positive(.leastNonzeroMagnitude) == .leastNonzeroMagnitude)
    }
}
