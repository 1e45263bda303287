import Testing
@testable import FrontierCore

/// A measured three times at concurrency 1 (1.0, 1.2 and 1.1 req/s), B once (1.05), C once
/// (0.5), all rented at $2/h, 3,600 requests: workload cost = 2 / req/s.
@Suite struct UncertaintyTests {
    static func dataset(_ cRPS: Double = 0.5) -> Dataset {
        var runs = [1.0, 1.2, 1.1].map { makeRun("A", c: 1, rps: $0, ttft: 100 * $0) }
        runs += [makeRun("B", c: 1, rps: 1.05), makeRun("C", c: 1, rps: cRPS)]
        return Dataset(name: "u", workload: Workload(name: "w", requests: 3600),
                       hardware: [HardwareProfile(name: "H100", gpuType: "NVIDIA H100", cost: .rental(2))],
                       models: ["A", "B", "C"].map { Model(name: $0, quality: ["q": 70]) }, runs: runs, defaultMetric: "q")
    }

    @Test func repeatedRunsGiveTheTIntervalCarriedIntoDollars() throws {
        let prepared = PreparedDataset(Self.dataset())
        let analysis = Analysis(prepared, Scenario(concurrency: 1, sortKey: .cost))
        let u = Uncertainty(prepared, analysis)
        let a = try #require(u.intervals[analysis.index("A")])
        // Mean 1.1, s = 0.1: 1.1 ± 4.3027 × 0.1 / √3 = 1.1 ± 0.248418.
        let half = 4.3027 * 0.1 / 3.0.squareRoot()
        let rps = try #require(a.requestThroughput)
        #expect(close(rps.low, 1.1 - half) && close(rps.high, 1.1 + half) && rps.samples == 3 && rps.method == .repeatedRuns)
        // The cost falls as throughput rises: 2 / 1.348418 to 2 / 0.851582.
        let cost = try #require(a.workloadCost)
        #expect(close(cost.low, 2 / (1.1 + half)) && close(cost.high, 2 / (1.1 - half)))
        #expect(cost.contains(analysis.entry("A").point.workloadCost))
        let ttft = try #require(a.meanTTFTms)
        #expect(close(ttft.low, 110 - 100 * half) && close(ttft.high, 110 + 100 * half))
        // One run each: no interval, absent rather than a point.
        #expect(u.intervals[analysis.index("B")] == nil && u.intervals[analysis.index("C")] == nil)
    }

    @Test func setupsWhoseCostIntervalsOverlapTheFirstAreTied() {
        // A first at 2 / 1.1 = $1.818 within $1.483–$2.349; B at 2 / 1.05 = $1.905 inside
        // it: tied. C at $4 is not; at 0.9 req/s ($2.222) it is.
        let prepared = PreparedDataset(Self.dataset())
        let analysis = Analysis(prepared, Scenario(concurrency: 1, sortKey: .cost))
        #expect(Uncertainty(prepared, analysis).tied == [analysis.index("A"), analysis.index("B")])
        let closer = PreparedDataset(Self.dataset(0.9))
        let three = Analysis(closer, Scenario(concurrency: 1, sortKey: .cost))
        #expect(Uncertainty(closer, three).tied == [three.index("A"), three.index("B"), three.index("C")])
        // Ranked by quality, cost intervals say nothing about first place.
        #expect(Uncertainty(prepared, Analysis(prepared, Scenario(concurrency: 1, sortKey: .quality))).tied.isEmpty)
    }

    @Test func betweenLevelsTheBoundsAreInterpolatedAsTheFigureIs() throws {
        var d = Self.dataset()
        d.runs += [2.0, 2.02].map { makeRun("A", c: 4, rps: $0) }
        let prepared = PreparedDataset(d)
        // Concurrency 2 is halfway from 1 to 4 in log2.
        let analysis = Analysis(prepared, Scenario(concurrency: 2, sortKey: .cost))
        let rps = try #require(Uncertainty(prepared, analysis).intervals[analysis.index("A")]?.requestThroughput)
        // At 1: 1.1 ± 0.248418; at 4: 2.01 ± 12.7062 × 0.01 (s = √0.0002, n = 2).
        let low1 = 1.1 - 4.3027 * 0.1 / 3.0.squareRoot(), low4 = 2.01 - 12.7062 * 0.01
        #expect(close(rps.low, (low1 + low4) / 2, rel: 1e-6) && rps.samples == 2)
        #expect(rps.contains(analysis.entry("A").point.requestThroughput))
    }

    @Test func theMonteCarloDrawsThroughputWithinItsIntervalReproducibly() {
        // Cost inputs of a rental cannot change the order (every setup pays the same rate),
        // so only A's drawn throughput moves first place between A and B.
        let prepared = PreparedDataset(Self.dataset())
        let scenario = Scenario(concurrency: 1, sortKey: .cost)
        let r = Robustness(prepared, scenario, draws: 2000, seed: 3)
        #expect(r.shares == Robustness(prepared, scenario, draws: 2000, seed: 3).shares)
        let shares = Dictionary(uniqueKeysWithValues: r.shares.map { ($0.label, $0.share) })
        // B is first when A draws below 1.05 req/s: (1.05 − 0.851582) / (2 × 0.248418) = 39.9 %.
        #expect(close(shares["B"] ?? 0, 0.399, abs: 0.03))
        #expect(close(shares["A"] ?? 0, 0.601, abs: 0.03))
    }
}

