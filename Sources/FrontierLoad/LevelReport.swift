import FrontierCore

/// One level's figures by Frontier's definitions: throughput over the measured window
/// (every completion in it, so no tail-drain bias), latencies from the measured requests
/// only, percentiles as numpy computes them, failures by reason, goodput, client lag.
public struct LevelReport: Sendable {
    public var concurrency: Int
    /// Successful completions in the window, and the window's length.
    public var requests: Int
    public var durationS: Double
    public var measuredSent: Int
    public var failed: Int
    public var failures: [String: Int]
    public var warmups: Int
    public var fillers: Int
    public var totalInputTokens: Int?
    public var totalOutputTokens: Int
    /// Measured successes whose output tokens were counted from events (no usage).
    public var tokensCounted: Int
    public var meanTTFTms: Double?
    public var meanTPOTms: Double?
    public var meanITLms: Double?
    public var meanE2Ems: Double?
    /// p50, p90, p95, p99 of each latency, by name (`ttft`, `tpot`, `itl`, `e2e`).
    public var percentiles: [(name: String, values: [(p: Int, ms: Double)])]
    /// Share of the measured requests meeting every SLO; nil without SLOs.
    public var goodput: Double?
    public var lagP99Ms: Double?

    public static let reportedPercentiles = [50, 90, 95, 99]

    public var requestThroughput: Double { Double(requests) / durationS }
    public var errorRate: Double { measuredSent == 0 ? 0 : Double(failed) / Double(measuredSent) }
    /// Requests in flight on average by Little's law (completions/s × mean E2E), the
    /// concurrency the client actually held; nil without a latency.
    public var heldConcurrency: Double? { meanE2Ems.map { Run.littlesLaw(requestThroughput: requestThroughput, meanE2Ems: $0) } }
    /// The client's timer fired late, so its timestamps are suspect.
    public var lagged: Bool { (lagP99Ms ?? 0) > ClientLag.limitMs }
    /// The client held clearly fewer in flight than asked, by the margin past which
    /// `validate` warns of Little's law: it was slow to send the next request, not the server.
    public var heldTooFew: Bool { heldConcurrency.map { $0 * Run.littlesLawTolerance < Double(concurrency) } ?? false }
    /// The client, not the server, was the limit of this level.
    public var clientLimited: Bool { lagged || heldTooFew }

    public func percentile(_ name: String, _ p: Int) -> Double? {
        percentiles.first { $0.name == name }?.values.first { $0.p == p }?.ms
    }

    public init(_ outcome: LevelOutcome, slo: SLO) {
        concurrency = outcome.concurrency
        let ok = outcome.measured.filter(\.succeeded)
        requests = outcome.completedInWindow.count
        durationS = Double(outcome.windowEndNs &- outcome.windowStartNs) / 1e9
        measuredSent = outcome.measured.count
        failed = outcome.measured.count - ok.count
        failures = Dictionary(grouping: outcome.measured.compactMap(\.failure), by: \.description).mapValues(\.count)
        warmups = outcome.warmups
        fillers = outcome.fillers
        let window = outcome.completedInWindow
        let prompts = window.compactMap(\.promptTokens)
        totalInputTokens = prompts.count == window.count && !window.isEmpty ? prompts.reduce(0, +) : nil
        totalOutputTokens = window.reduce(0) { $0 + $1.outputTokens }
        tokensCounted = ok.filter(\.tokensCounted).count
        let ttfts = ok.compactMap(\.ttftMs), tpots = ok.compactMap(\.tpotMs), e2es = ok.compactMap(\.e2eMs)
        let itls = ok.flatMap(\.itlsMs)
        meanTTFTms = Self.mean(ttfts)
        meanTPOTms = Self.mean(tpots)
        meanITLms = Self.mean(itls)
        meanE2Ems = Self.mean(e2es)
        percentiles = [("ttft", ttfts), ("tpot", tpots), ("itl", itls), ("e2e", e2es)].compactMap { name, values in
            guard !values.isEmpty else { return nil }
            let sorted = values.sorted()
            return (name, Self.reportedPercentiles.map { ($0, Percentile.of(sorted: sorted, Double($0))) })
        }
        goodput = slo.isEmpty || outcome.measured.isEmpty ? nil
            : Double(outcome.measured.filter(slo.met).count) / Double(outcome.measured.count)
        lagP99Ms = outcome.lagMs.isEmpty ? nil : Percentile.of(outcome.lagMs, 99)
    }

    private static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// The level as a native run; nil when nothing succeeded (no throughput to state).
    /// Mean tokens are window totals over window completions, so a `vllm bench serve`
    /// file of the same totals reads back to the same figures.
    public func run(model: String, hardware: String, gpus: Int) -> Run? {
        guard requests > 0, durationS > 0 else { return nil }
        var run = Run(model: model, hardware: hardware, gpus: gpus, concurrency: Double(concurrency))
        let n = Double(requests)
        run[.requests] = n
        run[.durationS] = durationS
        run[.requestThroughput] = n / durationS
        run[.outputTokensPerS] = totalOutputTokens > 0 ? Double(totalOutputTokens) / durationS : nil
        run[.meanOutputTokens] = Double(totalOutputTokens) / n
        if let input = totalInputTokens {
            run[.meanInputTokens] = Double(input) / n
            run[.totalTokensPerS] = Double(input + totalOutputTokens) / durationS
        }
        run[.meanTTFTms] = meanTTFTms
        run[.p50TTFTms] = percentile("ttft", 50)
        run[.p99TTFTms] = percentile("ttft", 99)
        run[.meanTPOTms] = meanTPOTms
        run[.meanITLms] = meanITLms
        run[.meanE2Ems] = meanE2Ems
        run[.failed] = Double(failed)
        if tokensCounted > 0 { run.derived.insert(.meanOutputTokens) }
        return run
    }
}
