import FrontierCore

/// A run as a result file states it, in native units, before the importer fills what the
/// file lacks (hardware, GPU count, a concurrency the load did not set) and checks it.
struct ImportedRun {
    /// Where in the file: "$", "$.benchmarks[2]", "line 3".
    var location: String
    /// Nil when the file names none (an AIPerf CSV in a folder not named for the run, a
    /// sweep aggregate): `--run-model` must say it.
    var model: String?
    /// Where the model name was read, for the message when it is unusable.
    var modelField: String
    /// The concurrency the benchmark set; nil when the load was rate-driven, and Little's
    /// law estimates it.
    var concurrency: Double?
    /// A concurrency that was measured rather than set (GuideLLM's rate-driven loads).
    var concurrencyEstimated = false
    var hardware: String?
    var gpus: Int?
    var precision: String?
    var engine: String?
    /// The setup's labels as the file states them (`SetupLabel.sorted` orders them).
    var labels: [SetupLabel] = []
    var measurements = Measurements()
    /// Fields computed from others (mean tokens from totals, percentiles from arrays).
    var derived: RunFields = []
    /// The format's version or key set, as provenance says it.
    var version: String
    /// Further provenance: where the concurrency came from, the goodput, …
    var notes: [String] = []
    /// 95 % intervals of its figures from per-request records (request throughput's is
    /// worked out from the mean latency's once the throughput is known).
    var intervals: [RunField: Interval] = [:]

    init(location: String, model: String?, modelField: String, version: String) {
        self.location = location
        self.model = model
        self.modelField = modelField
        self.version = version
    }

    subscript(field: RunField) -> Double? {
        get { measurements[field] }
        set { measurements[field] = newValue }
    }

    /// Sets a field the file does not state, from others, and marks it derived.
    mutating func derive(_ field: RunField, _ value: Double?) {
        guard measurements[field] == nil, let value, value.isFinite else { return }
        measurements[field] = value
        derived.insert(field)
    }
}

/// One JSON object of a result file: its fields read with the native rules (RecordReader),
/// every message naming the file's own key and JSON path.
struct ResultObject {
    let value: JSONValue
    let path: String
    let record: RecordReader

    init(_ value: JSONValue, at path: String, numbersFromText: Bool = false) {
        self.value = value
        self.path = path
        record = NativeJSON.record(value, at: path, numbersFromText: numbersFromText)
    }

    func number(_ key: String, _ rule: RecordReader.Rule, required: Bool = false, log: inout ProblemLog) -> Double? {
        record.number(key, rule, required: required, log: &log)
    }

    func text(_ key: String, required: Bool = false, log: inout ProblemLog) -> String? {
        record.text(key, required: required, log: &log)
    }

    func has(_ key: String) -> Bool { record.has(key) }

    /// The object under `key`; nil when it is missing or null, with an error when it is
    /// another kind of value.
    func object(_ key: String, required: Bool = false, log: inout ProblemLog) -> ResultObject? {
        switch value[key] {
        case nil, .null?:
            if required { log.error(path, key, "missing; expected an object") }
            return nil
        case .object?: return ResultObject(value[key]!, at: Self.path(path, key))
        case let other?:
            log.error(path, key, "expected an object, found \(other.kind)")
            return nil
        }
    }

    /// The value at a chain of keys, or nil where any link is missing. For settings whose
    /// place moved between releases: each candidate is tried in turn, without messages.
    func find(_ keys: [String]) -> (value: JSONValue, path: String)? {
        var current = value, at = path
        for key in keys {
            guard let next = current[key] else { return nil }
            current = next
            at = Self.path(at, key)
        }
        if case .null = current { return nil }
        return (current, at)
    }

    /// `$.a.b`, or `$["odd key"]` for keys that are not plain words.
    static func path(_ base: String, _ key: String) -> String {
        isPlain(key) ? "\(base).\(key)" : "\(base)[\(quoted(key))]"
    }

    /// A key of letters, digits and `_`.
    static func isPlain(_ key: String) -> Bool {
        !key.isEmpty && key.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0) }
    }
}
