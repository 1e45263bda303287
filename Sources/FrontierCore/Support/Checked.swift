/// Conversions from a figure to a count, a position or a cell: the one way a `Double`
/// becomes an `Int`, so that no NaN, infinity or out-of-range value can trap on the way
/// (Swift's `Int(_: Double)` does, for a figure as ordinary as 1e19).
///
/// ```swift
/// Checked.int(3.7)                       // 3
/// Checked.int(.nan)                      // nil
/// Checked.int(1e300)                     // Int.max
/// Checked.int(.nan, clampedTo: 0...79)   // 0
/// ```
public enum Checked {
    /// `value` without its fraction, clamped to Int's range; nil for NaN.
    public static func int(_ value: Double) -> Int? {
        guard !value.isNaN else { return nil }
        // Double(Int.max) rounds up to 2⁶³, which does not fit: compare with the bound itself.
        if value >= 9_223_372_036_854_775_808.0 { return .max }
        if value <= -9_223_372_036_854_775_808.0 { return .min }
        return Int(value)
    }

    /// `value` without its fraction, within `range`; NaN gives the range's lower end.
    public static func int(_ value: Double, clampedTo range: ClosedRange<Int>) -> Int {
        guard let whole = int(value) else { return range.lowerBound }
        return min(range.upperBound, max(range.lowerBound, whole))
    }

    /// `value` when it is finite and above zero: the figures a cost or a throughput can be.
    public static func positive(_ value: Double) -> Double? {
        value.isFinite && value > 0 ? value : nil
    }
}
