import FrontierCore

/// The 95 % intervals a result file's data carries: bootstrapped over its per-request
/// records, or over repeated runs of one setup at one level.
enum RequestIntervals {
    /// Bootstraps are seeded: the same file gives the same interval on every import.
    static let seed: UInt64 = 0

    /// Of a run's per-request TTFTs and end-to-end latencies (ms, successful requests): the
    /// mean TTFT's interval, and the mean latency's, from which the throughput's follows.
    static func bootstrap(ttftsMs: [Double], latenciesMs: [Double]) -> [RunField: Interval] {
        var intervals: [RunField: Interval] = [:]
        intervals[.meanTTFTms] = Interval.bootstrapMean(ttftsMs, seed: seed)
        intervals[.meanE2Ems] = Interval.bootstrapMean(latenciesMs, seed: seed)
        return intervals
    }

    /// The intervals a finished run keeps: the mean TTFT's as bootstrapped or stated, the
    /// request throughput's as stated (AIPerf's sweep aggregate), else from the mean
    /// latency's (at a set concurrency req/s ∝ 1 / mean latency).
    static func run(_ imported: [RunField: Interval], of run: Run) -> [RunField: Interval] {
        var intervals: [RunField: Interval] = [:]
        intervals[.meanTTFTms] = imported[.meanTTFTms]
        if let stated = imported[.requestThroughput] {
            intervals[.requestThroughput] = stated
        } else if let latency = imported[.meanE2Ems], let rps = run[.requestThroughput], let mean = run[.meanE2Ems],
           !run.concurrencyEstimated {
            intervals[.requestThroughput] = Interval.throughput(rps, meanLatency: mean, latency: latency)
        }
        return intervals
    }

    /// Of runs merged into one (`merged`): Student's t over their request throughputs and
    /// mean TTFTs, centred on the merged figure (req/s is pooled, not the plain mean).
    static func repeated(_ runs: [Run], merged: Run) -> [RunField: Interval] {
        var intervals: [RunField: Interval] = [:]
        for field in [RunField.requestThroughput, .meanTTFTms] {
            guard let centre = merged[field], let t = Interval.ofMean(runs.compactMap { $0[field] }) else { continue }
            let shift = centre - (t.low + t.high) / 2
            intervals[field] = Interval(low: max(0, t.low + shift), high: t.high + shift, method: t.method, samples: t.samples)
        }
        return intervals
    }
}
