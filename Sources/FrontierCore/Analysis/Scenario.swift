/// Everything the operator controls: the figures are computed for this.
public struct Scenario: Equatable, Sendable {
    /// Concurrency the models are compared at; between measured levels figures are
    /// interpolated in log2(c).
    public var concurrency: Double
    /// Most the workload may cost, dollars; nil for no budget.
    public var budget: Double?
    /// Requests in the workload; nil for the dataset's own workload.
    public var requests: Int?
    /// Latency objectives a setup must meet, all of them, to be ranked; none for no SLO.
    public var slos: [LatencySLO]
    /// Largest acceptable share of failed requests (0–1); a setup above it is not ranked.
    public var maxErrorRate: Double
    /// Quality metric; nil for the dataset's default.
    public var metric: String?
    public var sortKey: SortKey
    /// Tolerance of the optimal zone, as a fraction of the minimum cost.
    public var zoneTolerance: Double
    /// Cost inputs that replace a hardware profile's own, by profile name.
    public var costOverrides: [String: CostModel]
    /// All configurations at `concurrency`, or each at its best level.
    public var operatingPoint: OperatingPoint
    /// The workload shape whose setups are compared, as `WorkloadShape.text` names it; nil
    /// for the shape with the most runs (`PreparedDataset.compared`).
    public var shape: String?

    public init(concurrency: Double = 16, budget: Double? = nil, requests: Int? = nil, slos: [LatencySLO] = [],
                metric: String? = nil, sortKey: SortKey = .quality,
                zoneTolerance: Double = Principles.defaultZoneTolerance, costOverrides: [String: CostModel] = [:],
                operatingPoint: OperatingPoint = .chosen, maxErrorRate: Double = Scenario.defaultMaxErrorRate, shape: String? = nil) {
        self.shape = shape
        self.concurrency = concurrency
        self.budget = budget
        self.requests = requests
        self.slos = slos
        self.metric = metric
        self.sortKey = sortKey
        self.zoneTolerance = zoneTolerance
        self.costOverrides = costOverrides
        self.operatingPoint = operatingPoint
        self.maxErrorRate = maxErrorRate
    }

    /// The limit of the first SLO, which the dashboard's slider edits: set on none, it
    /// makes a mean-TTFT SLO; set to nil, it drops the first.
    public var firstSLOms: Double? {
        get { slos.first?.maxMs }
        set {
            switch (newValue, slos.isEmpty) {
            case (let ms?, true): slos = [.meanTTFT(ms)]
            case (let ms?, false): slos[0].maxMs = ms
            case (nil, false): slos.removeFirst()
            case (nil, true): break
            }
        }
    }

    /// Up to 5 % of requests may fail: beyond that the figures describe a service that mostly is not one.
    public static let defaultMaxErrorRate = 0.05
}

/// What the ranking is ordered by.
public enum SortKey: String, CaseIterable, Sendable {
    case quality
    case cost
    case qualityPerDollar = "quality-per-dollar"
    case throughput
    case ttft

    public var title: String {
        switch self {
        case .quality: "quality (high first)"
        case .cost: "workload cost (low first)"
        case .qualityPerDollar: "quality per dollar (high first)"
        case .throughput: "output throughput (high first)"
        case .ttft: "time to first token (low first)"
        }
    }
}
