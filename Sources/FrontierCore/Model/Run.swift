/// One measured configuration: a model on `gpus` GPUs of a hardware profile at one
/// concurrency level, and what was measured there.
///
/// ```swift
/// var run = Run(model: "WiNGPT-3.5", hardware: "A800-80G", gpus: 2, concurrency: 16)
/// run[.requests] = 2993
/// run[.durationS] = 774.7
/// run.deriveMissing()        // request_throughput = 2993 / 774.7, flagged as derived
/// ```
public struct Run: Equatable, Sendable {
    public var model: String
    public var hardware: String
    public var gpus: Int
    public var concurrency: Double
    /// The concurrency was not set by the benchmark but estimated (Little's law).
    public var concurrencyEstimated: Bool
    public var measurements: Measurements
    /// Fields that were computed from others rather than read.
    public var derived: RunFields
    /// File or publication the run came from.
    public var source: String?
    /// The 95 % intervals of its figures where the file carries the uncertainty (per-request
    /// records bootstrapped, repeated runs merged, an interval stated); usually none.
    public var intervals: [RunField: Interval] = [:]

    public init(model: String, hardware: String, gpus: Int, concurrency: Double,
                concurrencyEstimated: Bool = false, measurements: Measurements = Measurements(),
                derived: RunFields = [], source: String? = nil) {
        self.model = model
        self.hardware = hardware
        self.gpus = gpus
        self.concurrency = concurrency
        self.concurrencyEstimated = concurrencyEstimated
        self.measurements = measurements
        self.derived = derived
        self.source = source
    }

    @inlinable public subscript(field: RunField) -> Double? {
        get { measurements[field] }
        set { measurements[field] = newValue }
    }

    /// Identifies the series a run belongs to: one model on one hardware setup.
    public var configuration: Configuration {
        Configuration(model: model, hardware: hardware, gpus: gpus)
    }
}

/// One model on one hardware setup; its runs across concurrency form a curve.
public struct Configuration: Hashable, Sendable, Comparable {
    public var model: String
    public var hardware: String
    public var gpus: Int

    public init(model: String, hardware: String, gpus: Int) {
        self.model = model
        self.hardware = hardware
        self.gpus = gpus
    }

    public var hardwareLabel: String { "\(gpus)×\(hardware)" }

    public static func < (a: Configuration, b: Configuration) -> Bool {
        (a.model, a.hardware, a.gpus) < (b.model, b.hardware, b.gpus)
    }
}
