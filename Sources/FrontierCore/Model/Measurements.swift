/// The measured figures of a run, each optional.
///
/// Stored inline with NaN meaning "absent" so that a million runs fit in a few hundred
/// megabytes (an array of optionals would double the size); reads and writes go through
/// the optional subscript, so NaN never escapes as a value.
public struct Measurements: Equatable, Sendable {
    /// Inlined into the readers of other modules: a million runs read each figure several
    /// times while loading.
    @usableFromInline var values = InlineArray<28, Double>(repeating: .nan)

    public init() {}

    public init(_ pairs: [RunField: Double]) {
        for (field, value) in pairs { self[field] = value }
    }

    @inlinable public subscript(field: RunField) -> Double? {
        get {
            let v = values[field.rawValue]
            return v.isNaN ? nil : v
        }
        set { values[field.rawValue] = newValue ?? .nan }
    }

    public static func == (a: Measurements, b: Measurements) -> Bool {
        RunField.allCases.allSatisfy { a[$0] == b[$0] }
    }
}

/// A measured field of a run. The raw string is the native-format column / key.
public enum RunField: Int, CaseIterable, Sendable, Hashable, Comparable {
    case requests
    case durationS
    case requestThroughput
    case outputTokensPerS
    case totalTokensPerS
    case meanInputTokens
    case meanOutputTokens
    case meanTTFTms
    case p50TTFTms
    case p90TTFTms
    case p95TTFTms
    case p99TTFTms
    case meanTPOTms
    case p50TPOTms
    case p90TPOTms
    case p95TPOTms
    case p99TPOTms
    case meanITLms
    case p50ITLms
    case p90ITLms
    case p95ITLms
    case p99ITLms
    case meanE2Ems
    case p50E2Ems
    case p90E2Ems
    case p95E2Ems
    case p99E2Ems
    case failed

    public var key: String { Self.keys[rawValue] }

    /// Worked out once: a million runs written ask for a key per figure.
    private static let keys: [String] = allCases.map { field in
        if let latency = field.latency { return "\(latency.statistic.rawValue)_\(latency.metric.rawValue)_ms" }
        switch field {
        case .requests: return "requests"
        case .durationS: return "duration_s"
        case .requestThroughput: return "request_throughput"
        case .outputTokensPerS: return "output_tokens_per_s"
        case .totalTokensPerS: return "total_tokens_per_s"
        case .meanInputTokens: return "mean_input_tokens"
        case .meanOutputTokens: return "mean_output_tokens"
        case .failed: return "failed"
        default: preconditionFailure("\(field) is a latency field")
        }
    }

    public init?(key: String) {
        guard let field = Self.allCases.first(where: { $0.key == key }) else { return nil }
        self = field
    }

    /// Counts must be whole numbers.
    public var isCount: Bool { self == .requests || self == .failed }

    public static func < (a: RunField, b: RunField) -> Bool { a.rawValue < b.rawValue }
}
