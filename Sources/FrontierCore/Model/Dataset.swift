/// Everything loaded: the workload the costs refer to, the hardware profiles, the models
/// with their quality scores, and the runs.
public struct Dataset: Equatable, Sendable {
    public var name: String
    public var description: String?
    public var provenance: String?
    public var workload: Workload
    public var hardware: [HardwareProfile]
    public var models: [Model]
    public var runs: [Run]
    /// The quality metric shown when the scenario names none.
    public var defaultMetric: String?

    public init(name: String, description: String? = nil, provenance: String? = nil, workload: Workload,
                hardware: [HardwareProfile], models: [Model], runs: [Run], defaultMetric: String? = nil) {
        self.name = name
        self.description = description
        self.provenance = provenance
        self.workload = workload
        self.hardware = hardware
        self.models = models
        self.runs = runs
        self.defaultMetric = defaultMetric
    }

    public func profile(named name: String) -> HardwareProfile? {
        hardware.first { $0.name == name }
    }

    public func model(named name: String) -> Model? {
        models.first { $0.name == name }
    }

    /// Every quality metric any model has, default first.
    public var metrics: [String] {
        var seen = Set<String>()
        var names = defaultMetric.map { [$0] } ?? []
        seen.formUnion(names)
        for model in models {
            for key in model.quality.keys.sorted() where !seen.contains(key) {
                seen.insert(key)
                names.append(key)
            }
        }
        return names
    }
}

/// The unit of work the cost refers to.
public struct Workload: Equatable, Sendable {
    public var name: String
    public var requests: Int

    public init(name: String, requests: Int) {
        self.name = name
        self.requests = requests
    }
}

/// A model and its quality scores, by metric name.
public struct Model: Equatable, Sendable {
    public var name: String
    public var size: String?
    public var precision: String?
    public var engine: String?
    public var notes: String?
    public var quality: [String: Double]

    public init(name: String, size: String? = nil, precision: String? = nil, engine: String? = nil,
                notes: String? = nil, quality: [String: Double] = [:]) {
        self.name = name
        self.size = size
        self.precision = precision
        self.engine = engine
        self.notes = notes
        self.quality = quality
    }
}
