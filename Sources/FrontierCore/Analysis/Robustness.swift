/// How sure the first place is: a seeded Monte Carlo over the cost inputs and the measured
/// throughputs. In each draw every cost input of every hardware profile is drawn uniformly
/// within ×(1 − swing) to ×(1 + swing) of its value (kept to what it may be: a utilization
/// at most 1, a PUE at least 1), and every setup whose throughput has a 95 % interval at
/// the operating point (`Uncertainty`) gets a throughput drawn uniformly within it (its
/// whole curve scaled alike), independently; the scenario is analysed and the share of
/// draws in which each setup ranks first is counted. The same seed gives the same shares.
///
/// ```swift
/// let r = Robustness(PreparedDataset(dataset), Scenario(sortKey: .cost), draws: 2000, seed: 1)
/// r.shares.first   // (label: "WiNGPT-3.5", share: 0.87)
/// ```
public struct Robustness: Sendable {
    public struct Share: Equatable, Sendable {
        /// The setup's label; nil for draws in which no setup is ranked.
        public let label: String?
        public let share: Double
    }

    public let draws: Int
    public let seed: UInt64
    public let swing: Double
    /// Largest share first (equal shares by label); only setups first in some draw.
    public let shares: [Share]

    public static let defaultDraws = 2000

    /// `draws` ≥ 1, `swing` in (0, 1).
    public init(_ prepared: PreparedDataset, _ scenario: Scenario, draws: Int = defaultDraws, seed: UInt64 = 0,
                swing: Double = Sensitivity.defaultSwing) {
        var rng = SplitMix64(seed: seed)
        var profiles: [HardwareProfile] = []
        for profile in prepared.dataset.hardware where !profiles.contains(where: { $0.name == profile.name }) {
            profiles.append(scenario.profile(profile))
        }
        let base = Analysis(prepared, scenario)
        let uncertain = Uncertainty(prepared, base).intervals.compactMap { e, point in
            point.requestThroughput.map { (entry: e, interval: $0, today: base.entries[e].point.requestThroughput) }
        }.sorted { $0.entry < $1.entry }
        var counts: [String?: Int] = [:]
        for _ in 0..<max(1, draws) {
            var drawn = scenario
            for profile in profiles {
                var cost = profile.cost
                for input in CostInput.inputs(of: profile.cost) {
                    let today = input.value(in: profile.cost)!
                    let value = input.clamped(today * rng.uniform(1 - swing, 1 + swing))
                    cost = input.setting(value, in: cost)!
                }
                drawn.costOverrides[profile.name] = cost
            }
            var factors: [Int: Double] = [:]
            for u in uncertain { factors[u.entry] = rng.uniform(u.interval.low, u.interval.high) / u.today }
            let analysis = Analysis(factors.isEmpty ? prepared : PreparedDataset(prepared, scalingThroughput: factors), drawn)
            counts[analysis.ranking.first.map { analysis.entries[$0].label }, default: 0] += 1
        }
        self.draws = max(1, draws)
        self.seed = seed
        self.swing = swing
        let total = Double(self.draws)
        shares = counts.map { Share(label: $0.key, share: Double($0.value) / total) }
            .sorted { $0.share != $1.share ? $0.share > $1.share : ($0.label ?? "") < ($1.label ?? "") }
    }
}
