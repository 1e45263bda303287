/// Percentiles as numpy computes them by default (linear interpolation between the two
/// nearest ranks), so that figures compare with vLLM's and with imported per-request data.
///
/// ```swift
/// Percentile.of([1, 2, 3, 4], 50)   // 2.5
/// ```
public enum Percentile {
    /// The p-th percentile (0…100) of values sorted ascending; NaN when there are none.
    public static func of(sorted: [Double], _ p: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let position = p / 100 * Double(sorted.count - 1)
        let low = Int(position.rounded(.down)), high = min(low + 1, sorted.count - 1)
        return sorted[low] + (sorted[high] - sorted[low]) * (position - Double(low))
    }

    /// The p-th percentile of unsorted values.
    public static func of(_ values: [Double], _ p: Double) -> Double {
        of(sorted: values.sorted(), p)
    }
}
