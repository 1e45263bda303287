import Foundation

/// A 95 % confidence interval of a measured figure, with how it was found and from how
/// many samples: what a figure's uncertainty is carried as, into dollars.
///
/// ```swift
/// Interval.ofMean([2.0, 2.2, 1.9])   // repeated runs: Student's t over 3 runs
/// Interval.bootstrapMean(ttfts, seed: 0)   // per-request records: percentile bootstrap
/// ```
public struct Interval: Equatable, Sendable {
    public enum Method: String, Sendable {
        /// Student's t over the means of repeated runs of one setup at one level.
        case repeatedRuns = "t over repeated runs"
        /// Percentile bootstrap of the mean over a run's per-request records.
        case bootstrap = "bootstrap over requests"
        /// As the result file states it.
        case stated = "stated by the file"
    }

    public var low: Double
    public var high: Double
    public var method: Method
    /// Runs or requests the interval rests on.
    public var samples: Int

    public init(low: Double, high: Double, method: Method, samples: Int) {
        self.low = low
        self.high = high
        self.method = method
        self.samples = samples
    }

    public func contains(_ value: Double) -> Bool { low <= value && value <= high }

    /// Whether the two share any value.
    public func overlaps(_ other: Interval) -> Bool { low <= other.high && other.low <= high }

    /// Resamples a bootstrap draws: enough for the 2.5th and 97.5th percentiles to settle
    /// to a few parts in a thousand.
    public static let resamples = 1000

    /// The 95 % interval of the mean of `values` (at least 2, all finite) by Student's t:
    /// mean ± t(0.975, n − 1) · s / √n, its low bound held at 0 (a throughput or a latency is
    /// never below). Nil for fewer than 2 values.
    public static func ofMean(_ values: [Double], method: Method = .repeatedRuns) -> Interval? {
        let n = values.count
        guard n >= 2 else { return nil }
        let mean = values.reduce(0, +) / Double(n)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
        let half = studentT975(degrees: n - 1) * variance.squareRoot() / Double(n).squareRoot()
        return Interval(low: max(0, mean - half), high: mean + half, method: method, samples: n)
    }

    /// The 95 % percentile-bootstrap interval of the mean of `values` (at least 2):
    /// `resamples` resamples with replacement drawn by `SplitMix64(seed)`, their means'
    /// 2.5th and 97.5th percentiles. The same seed gives the same interval.
    public static func bootstrapMean(_ values: [Double], resamples: Int = Interval.resamples, seed: UInt64 = 0) -> Interval? {
        let n = values.count
        guard n >= 2, resamples >= 2 else { return nil }
        var rng = SplitMix64(seed: seed)
        var means = [Double](repeating: 0, count: resamples)
        values.withUnsafeBufferPointer { v in
            for r in 0..<resamples {
                var sum = 0.0
                for _ in 0..<n { sum += v[rng.int(n)] }
                means[r] = sum / Double(n)
            }
        }
        means.sort()
        return Interval(low: Percentile.of(sorted: means, 2.5), high: Percentile.of(sorted: means, 97.5),
                        method: .bootstrap, samples: n)
    }

    /// The 97.5th percentile of Student's t with `degrees` ≥ 1 degrees of freedom: the
    /// table to 30, then the Cornish–Fisher expansion about the normal's 1.959964 (within
    /// 1e-4 of the exact value from 30 on).
    static func studentT975(degrees: Int) -> Double {
        let table = [12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281,
                     2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860,
                     2.0796, 2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423]
        if degrees <= table.count { return table[max(degrees, 1) - 1] }
        let z = 1.959964, v = Double(degrees)
        let z3 = z * z * z, z5 = z3 * z * z
        return z + (z3 + z) / (4 * v) + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
    }
}

extension Interval {
    /// The interval of a closed loop's request throughput from that of its mean latency:
    /// at a set concurrency req/s = concurrency / mean latency, so the bounds swap and
    /// scale as `requestThroughput × meanLatency / bound`. Nil for a bound that is not above 0.
    public static func throughput(_ requestThroughput: Double, meanLatency: Double, latency: Interval) -> Interval? {
        guard latency.low > 0, meanLatency > 0 else { return nil }
        return Interval(low: requestThroughput * meanLatency / latency.high, high: requestThroughput * meanLatency / latency.low,
                        method: latency.method, samples: latency.samples)
    }
}
