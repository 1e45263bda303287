import Foundation
import Testing
@testable import FrontierCore

@Suite struct IntervalTests {
    @Test func theTIntervalOfThreeRunsIsTheOneComputedByHand() throws {
        // Mean 12, s = 1, t(0.975, 2) = 4.3027: 12 ± 4.3027 / √3 = 12 ± 2.48417.
        let i = try #require(Interval.ofMean([11, 12, 13]))
        #expect(close(i.low, 12 - 4.3027 / 3.0.squareRoot()) && close(i.high, 12 + 4.3027 / 3.0.squareRoot()))
        #expect(i.samples == 3 && i.method == .repeatedRuns)
        // 2 ± 2.48417 would go below 0: held there, as no throughput or latency is negative.
        let low = try #require(Interval.ofMean([1, 2, 3]))
        #expect(low.low == 0 && close(low.high, 2 + 4.3027 / 3.0.squareRoot()))
        #expect(Interval.ofMean([5]) == nil)
        // Equal runs: no spread, a point.
        let same = try #require(Interval.ofMean([4, 4]))
        #expect(same.low == 4 && same.high == 4)
    }

    @Test func theTQuantileMeetsTheNormalOnesAsDegreesGrow() {
        #expect(Interval.studentT975(degrees: 1) == 12.7062)
        #expect(close(Interval.studentT975(degrees: 31), 2.0395, rel: 1e-4))
        #expect(close(Interval.studentT975(degrees: 120), 1.9799, rel: 1e-4))
        #expect(close(Interval.studentT975(degrees: 1_000_000), 1.9599664, rel: 1e-7))
    }

    /// `n` values of a seeded generator: exponential with mean 1 (skewed, as latencies
    /// are), by inversion.
    static func exponential(_ n: Int, seed: UInt64) -> [Double] {
        var rng = SplitMix64(seed: seed)
        return (0..<n).map { _ in -log(1 - rng.unit()) }
    }

    @Test func bootstrapIntervalsShrinkAsRequestsGrow() throws {
        var widths: [Double] = []
        for n in [50, 200, 800, 3200] {
            let i = try #require(Interval.bootstrapMean(Self.exponential(n, seed: 7), seed: 1))
            #expect(i.method == .bootstrap && i.samples == n)
            widths.append(i.high - i.low)
        }
        // The width falls as 1/√n: each ×4 in requests about halves it.
        for (a, b) in zip(widths, widths.dropFirst()) {
            #expect(b < a && b / a > 0.35 && b / a < 0.65, "\(widths)")
        }
    }

    @Test func bootstrapIntervalsContainTheTrueMeanInAbout95PercentOfTrials() throws {
        // 400 seeded trials of 100 exponential values (true mean 1): fixed seeds, so the
        // count is the same on every run; a percentile bootstrap of a skewed mean at n = 100
        // covers a little under 95 %.
        var covered = 0
        for trial in 0..<400 {
            let values = Self.exponential(100, seed: UInt64(1000 + trial))
            let i = try #require(Interval.bootstrapMean(values, resamples: 400, seed: UInt64(trial)))
            if i.contains(1) { covered += 1 }
        }
        let share = Double(covered) / 400
        #expect(share > 0.90 && share < 0.98, "covered \(covered) of 400")
    }

    @Test func theSameSeedGivesTheSameBootstrap() {
        let values = Self.exponential(300, seed: 3)
        #expect(Interval.bootstrapMean(values, seed: 5) == Interval.bootstrapMean(values, seed: 5))
        #expect(Interval.bootstrapMean(values, seed: 5) != Interval.bootstrapMean(values, seed: 6))
    }

    @Test func aThroughputIntervalFollowsTheLatencyInverted() throws {
        // Closed loop: req/s ∝ 1 / mean latency. 2 req/s at a mean of 100 ms, the mean within
        // 80–125 ms: 2 × 100/125 = 1.6 to 2 × 100/80 = 2.5.
        let latency = Interval(low: 80, high: 125, method: .bootstrap, samples: 50)
        let rps = try #require(Interval.throughput(2, meanLatency: 100, latency: latency))
        #expect(close(rps.low, 1.6) && close(rps.high, 2.5) && rps.samples == 50 && rps.method == .bootstrap)
    }
}
