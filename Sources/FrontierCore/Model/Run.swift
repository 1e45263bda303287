import Foundation

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
    /// Fields that were computed from others rather than read. Declared beside the flag so
    /// that both fill one word: a run takes 192 bytes.
    public var derived: RunFields
    public var measurements: Measurements
    /// File or publication the run came from.
    public var source: String?
    /// The 95 % intervals of its figures where the file carries the uncertainty (per-request
    /// records bootstrapped, repeated runs merged, an interval stated); usually none.
    public var intervals: [RunField: Interval] = [:]
    /// What else defines its setup (`deployment=base`, `tp=8`), sorted by key; runs of one
    /// setup can share one array, so a million runs hold a pointer each, not a copy.
    public var labels: [SetupLabel] = []

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

    /// Identifies the series a run belongs to: one model on one hardware setup. Its
    /// workload shape depends on the other runs (`WorkloadShapes`) and is not set here.
    public var configuration: Configuration {
        Configuration(model: model, hardware: hardware, gpus: gpus, labels: labels)
    }
}

/// One key/value of a setup beyond model and hardware; runs whose labels differ are
/// different setups and are never merged or compared on one curve.
public struct SetupLabel: Hashable, Sendable, Comparable {
    public var key: String
    public var value: String

    public init(_ key: String, _ value: String) {
        self.key = key
        self.value = value
    }

    /// A label whose value a result file gave: sanitised for the terminal, its commas, which
    /// separate labels in native files, made semicolons so that it reads back as one label.
    public init(_ key: String, fromFile value: String) {
        self.init(key, Sanitize.line(value).replacingOccurrences(of: ",", with: ";"))
    }

    public static func < (a: SetupLabel, b: SetupLabel) -> Bool { (a.key, a.value) < (b.key, b.value) }

    /// `deployment=base`.
    public var text: String { "\(key)=\(value)" }

    /// How a setup's name shows it, as engineers write a configuration: a parallelism size
    /// joined to its key (`tp8`), a precision or an engine by its value (`fp8`, `sglang`),
    /// anything else as `text`. Native files keep `text`, which reads back.
    public var shortText: String {
        let digits = !value.isEmpty && value.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        switch key {
        case _ where Self.parallelismKeys.contains(key): return digits ? key + value : text
        case Self.precisionKey, Self.engineKey: return value
        default: return text
        }
    }

    /// The parallelism sizes a setup's labels name: tensor, pipeline, expert and data.
    /// Written `tp8` in names, and read so from file names (`…_tp8_…`).
    public static let parallelismKeys = ["tp", "pp", "ep", "dp"]

    /// The label a model's precision becomes where one model was measured at several.
    public static let precisionKey = "precision"
    /// The label a model's serving engine becomes where one model was served by several.
    public static let engineKey = "engine"

    /// How native files write a setup's labels: `deployment=base, tp=8`.
    public static func text(_ labels: [SetupLabel]) -> String { labels.map(\.text).joined(separator: ", ") }

    /// Labels written as `text` does, sorted; nil when a part is not `KEY=VALUE`.
    public static func parse(_ text: String) -> [SetupLabel]? {
        var labels: [SetupLabel] = []
        for part in text.split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1)
            let key = pair.first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard pair.count == 2, !key.isEmpty else { return nil }
            labels.append(SetupLabel(key, pair[1].trimmingCharacters(in: .whitespaces)))
        }
        return sorted(labels)
    }

    /// `labels` in the order a setup keeps them: by key, the last value of a key winning.
    public static func sorted(_ labels: [SetupLabel]) -> [SetupLabel] {
        var byKey: [String: String] = [:]
        for label in labels { byKey[label.key] = label.value }
        return byKey.map { SetupLabel($0.key, $0.value) }.sorted()
    }
}

/// One model on one hardware setup; its runs across concurrency form a curve.
public struct Configuration: Hashable, Sendable, Comparable {
    public var model: String
    public var hardware: String
    public var gpus: Int
    /// Sorted by key (`SetupLabel.sorted`).
    public var labels: [SetupLabel]
    /// The workload shape of its runs; nil where the data varies none (`WorkloadShapes`).
    public var shape: WorkloadShape?

    public init(model: String, hardware: String, gpus: Int, labels: [SetupLabel] = [], shape: WorkloadShape? = nil) {
        self.model = model
        self.hardware = hardware
        self.gpus = gpus
        self.labels = labels
        self.shape = shape
    }

    /// Whether `run` is one of this setup's runs, its shape found in `shapes`.
    public func holds(_ run: Run, shapes: WorkloadShapes) -> Bool {
        run.model == model && run.hardware == hardware && run.gpus == gpus && run.labels == labels && shapes.shape(of: run) == shape
    }

    public var hardwareLabel: String { "\(gpus)×\(hardware)" }

    /// Between the parts of a setup's name: `GLM-5 · 8×H200 · tp8`.
    public static let nameSeparator = " · "

    /// The label keys worth showing for these setups: those whose value differs between
    /// them, or that some of them lack (a label all share says nothing on screen).
    public static func differingLabelKeys(_ configurations: [Configuration]) -> Set<String> {
        var first: [String: String] = [:], holders: [String: Int] = [:], differing = Set<String>()
        for configuration in configurations {
            for label in configuration.labels {
                holders[label.key, default: 0] += 1
                if let value = first[label.key] {
                    if value != label.value { differing.insert(label.key) }
                } else {
                    first[label.key] = label.value
                }
            }
        }
        for (key, count) in holders where count < configurations.count { differing.insert(key) }
        return differing
    }

    public static func < (a: Configuration, b: Configuration) -> Bool {
        if (a.model, a.hardware, a.gpus) != (b.model, b.hardware, b.gpus) {
            return (a.model, a.hardware, a.gpus) < (b.model, b.hardware, b.gpus)
        }
        if a.labels != b.labels { return a.labels.lexicographicallyPrecedes(b.labels) }
        switch (a.shape, b.shape) {
        case (let x?, let y?): return x < y
        case (nil, .some): return true
        default: return false
        }
    }
}
