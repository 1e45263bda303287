/// The measured figures of a run, each optional.
///
/// Stored inline with NaN meaning "absent" so that a million runs fit in a few hundred
/// megabytes (an array of optionals would double the size); reads and writes go through
/// the optional subscript, so NaN never escapes as a value.
public struct Measurements: Equatable, Sendable {
    /// Inlined into the readers of other modules: a million runs read each figure several
    /// times while loading.
    @usableFromInline var values = InlineArray<14, Double>(repeating: .nan)

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
    case p99TTFTms
    case meanTPOTms
    case meanITLms
    case meanE2Ems
    case failed

    public var key: String {
        switch self {
        case .requests: "requests"
        case .durationS: "duration_s"
        case .requestThroughput: "request_throughput"
        case .outputTokensPerS: "output_tokens_per_s"
        case .totalTokensPerS: "total_tokens_per_s"
        case .meanInputTokens: "mean_input_tokens"
        case .meanOutputTokens: "mean_output_tokens"
        case .meanTTFTms: "mean_ttft_ms"
        case .p50TTFTms: "p50_ttft_ms"
        case .p99TTFTms: "p99_ttft_ms"
        case .meanTPOTms: "mean_tpot_ms"
        case .meanITLms: "mean_itl_ms"
        case .meanE2Ems: "mean_e2e_ms"
        case .failed: "failed"
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
