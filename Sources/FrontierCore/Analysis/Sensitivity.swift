import Foundation

/// How much one setup's workload cost depends on each assumption, and which value of each
/// would hand first place in the ranking to another setup.
///
/// Each lever — a cost input of the setup's hardware profile, or its measured throughput —
/// is moved to ×(1 − swing) and ×(1 + swing) of today's value (kept to what it may be: a
/// utilization at most 1, a PUE at least 1), one at a time, the rest held (a tornado). A
/// flip point is the value, searched within ×0.25–×4 of today's in each direction, at
/// which the first place changes hands.
///
/// ```swift
/// let prepared = PreparedDataset(dataset)
/// let s = Sensitivity(prepared, Scenario(sortKey: .cost), setup: 0, swing: 0.2)
/// s.bars.first?.lever   // the input that moves the cost most
/// s.flips               // e.g. electricity at $0.41/kWh → another setup first
/// ```
public struct Sensitivity: Sendable {
    /// One lever moved low and high: the tornado's bar.
    public struct Bar: Equatable, Sendable {
        public let lever: Lever
        public let today: Double
        public let lowValue: Double
        public let highValue: Double
        /// The setup's workload cost with the lever at `lowValue` (and at `highValue`).
        public let lowUSD: Double
        public let highUSD: Double
        public var swingUSD: Double { abs(highUSD - lowUSD) }
    }

    /// Where first place changes hands as a lever moves from today's value.
    public struct Flip: Equatable, Sendable {
        public let lever: Lever
        /// The first value, going from today's, at which `newLeader` is first.
        public let value: Double
        public let today: Double
        /// The label of the setup first from `value` on; nil when none is ranked there.
        public let newLeader: String?
    }

    /// The setup studied: its index in the analysis' entries.
    public let setup: Int
    public let label: String
    public let swing: Double
    /// Its workload cost today.
    public let baseUSD: Double
    /// The label of today's first setup; nil when none is ranked.
    public let leader: String?
    /// Largest swing first.
    public let bars: [Bar]
    /// In lever order (the bars' order), the upward flip before the downward one.
    public let flips: [Flip]

    /// How far the flip search goes each way: ×0.25 to ×4 of today's value.
    public static let flipSpan = 4.0
    /// The default swing: ×0.8 and ×1.2.
    public static let defaultSwing = 0.2

    /// The sensitivity of entry `setup` of `Analysis(prepared, scenario)`; `swing` in (0, 1).
    public init(_ prepared: PreparedDataset, _ scenario: Scenario, setup: Int, swing: Double = defaultSwing) {
        let base = Analysis(prepared, scenario)
        let probe = Probe(prepared: prepared, scenario: scenario, base: base, setup: setup)
        self.setup = setup
        self.label = base.entries[setup].label
        self.swing = swing
        self.baseUSD = base.entries[setup].point.workloadCost
        self.leader = Probe.leader(base)
        var bars: [Bar] = [], flips: [Flip] = []
        for lever in probe.levers {
            guard let today = probe.today(lever) else { continue }
            let low = lever.clamped(today * (1 - swing)), high = lever.clamped(today * (1 + swing))
            bars.append(Bar(lever: lever, today: today, lowValue: low, highValue: high,
                            lowUSD: probe.cost(lever, low), highUSD: probe.cost(lever, high)))
        }
        // Largest swing first; equal swings (the years and the utilization both divide the
        // depreciation) in lever order, whatever their last bits.
        let order = Dictionary(uniqueKeysWithValues: probe.levers.enumerated().map { ($1, $0) })
        bars.sort { a, b in
            abs(a.swingUSD - b.swingUSD) <= 1e-9 * max(a.swingUSD, b.swingUSD)
                ? order[a.lever]! < order[b.lever]! : a.swingUSD > b.swingUSD
        }
        for bar in bars {
            for direction in [1.0, -1.0] {
                if let flip = probe.flip(bar.lever, today: bar.today, direction: direction, leader: leader) { flips.append(flip) }
            }
        }
        self.bars = bars
        self.flips = flips
    }
}

/// The analysis of a scenario with one lever of one setup moved.
struct Probe {
    let prepared: PreparedDataset
    let scenario: Scenario
    let base: Analysis
    let setup: Int

    var configuration: Configuration { base.entries[setup].configuration }
    var profile: HardwareProfile { base.hardware.first { $0.name == configuration.hardware }! }

    /// The setup's cost inputs, then its throughput.
    var levers: [Lever] { CostInput.inputs(of: profile.cost).map(Lever.cost) + [.throughput] }

    func today(_ lever: Lever) -> Double? {
        switch lever {
        case .cost(let input): input.value(in: profile.cost)
        case .throughput: base.entries[setup].point.requestThroughput
        }
    }

    /// The analysis with `lever` at `value`.
    func analysis(_ lever: Lever, _ value: Double) -> Analysis {
        switch lever {
        case .cost(let input):
            var moved = scenario
            moved.costOverrides[profile.name] = input.setting(value, in: profile.cost)
            return Analysis(prepared, moved)
        case .throughput:
            let factor = value / base.entries[setup].point.requestThroughput
            return Analysis(PreparedDataset(prepared, scalingThroughput: [setup: factor]), scenario)
        }
    }

    /// The setup's workload cost with `lever` at `value` (its entry keeps its index: the
    /// series are the same, in the same order).
    func cost(_ lever: Lever, _ value: Double) -> Double {
        analysis(lever, value).entries[setup].point.workloadCost
    }

    static func leader(_ analysis: Analysis) -> String? {
        analysis.ranking.first.map { analysis.entries[$0].label }
    }

    /// Grid points each way before the boundary is narrowed by bisection.
    static let gridSteps = 48
    static let bisections = 40

    /// The first value from `today` in `direction` (+1 up, −1 down), within ×4 (or ÷4), at
    /// which the leader is no longer `leader`: found on a geometric grid, then narrowed by
    /// bisection to the value just past the boundary.
    func flip(_ lever: Lever, today: Double, direction: Double, leader: String?) -> Sensitivity.Flip? {
        guard today > 0, today.isFinite else { return nil }
        let end = direction > 0 ? min(today * Sensitivity.flipSpan, lever.upperLimit)
                                : max(today / Sensitivity.flipSpan, lever.lowerLimit)
        guard end != today, end > 0 else { return nil }
        let ratio = end / today
        var held = today
        for step in 1...Self.gridSteps {
            let value = step == Self.gridSteps ? end : today * pow(ratio, Double(step) / Double(Self.gridSteps))
            let moved = Self.leader(analysis(lever, value))
            if moved == leader {
                held = value
                continue
            }
            // The leader changes between `held` and `value`: narrow it down.
            var (inside, outside, newLeader) = (held, value, moved)
            for _ in 0..<Self.bisections {
                let middle = (inside + outside) / 2
                let there = Self.leader(analysis(lever, middle))
                if there == leader { inside = middle } else { (outside, newLeader) = (middle, there) }
            }
            return Sensitivity.Flip(lever: lever, value: outside, today: today, newLeader: newLeader)
        }
        return nil
    }
}
