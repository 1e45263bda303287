/// The measured figures of a run, each optional.
///
/// Stored with NaN meaning "absent"; reads and writes go through the optional subscript, so
/// NaN never escapes as a value. The twelve figures nearly every run has (counts,
/// throughputs, token means, each latency's mean) are inline; the sixteen latency
/// percentiles, which most files lack, live in an array made when the first is set. A
/// run's figures then take 104 bytes, not 224: 120 MB less for a million runs.
public struct Measurements: Equatable, Sendable {
    /// Inlined into the readers of other modules: a million runs read each figure several
    /// times while loading.
    @usableFromInline var common = InlineArray<12, Double>(repeating: .nan)
    /// Nil until a percentile is set.
    @usableFromInline var percentiles: [Double]? = nil

    public init() {}

    public init(_ pairs: [RunField: Double]) {
        for (field, value) in pairs { self[field] = value }
    }

    @inlinable public subscript(field: RunField) -> Double? {
        get {
            let slot = field.slot
            // Through the span: subscripting the inline array itself copies all of it first.
            let v = slot >= 0 ? common.span[slot] : percentiles?[~slot] ?? .nan
            return v.isNaN ? nil : v
        }
        set {
            let slot = field.slot
            if slot >= 0 {
                common[slot] = newValue ?? .nan
            } else if percentiles != nil {
                percentiles![~slot] = newValue ?? .nan
            } else if let newValue {
                var made = [Double](repeating: .nan, count: RunField.percentileCount)
                made[~slot] = newValue
                percentiles = made
            }
        }
    }

    public static func == (a: Measurements, b: Measurements) -> Bool {
        RunField.allCases.allSatisfy { a[$0] == b[$0] }
    }
}

extension RunField {
    @usableFromInline static let percentileCount = 16

    /// Where `Measurements` keeps the field: `0..<12` in its inline figures, or `~i` for
    /// index `i` of its percentiles. Worked out from the declaration order (`latency`): the
    /// fields before `meanTTFTms`, each latency's mean and `failed` are inline.
    @inlinable var slot: Int {
        // Constants, not `allCases` counts: this runs for every figure read.
        let offset = rawValue - RunField.meanTTFTms.rawValue, statistics = 5
        guard offset >= 0 else { return rawValue }
        guard offset < 4 * statistics else { return 11 }   // failed
        let (metric, statistic) = offset.quotientAndRemainder(dividingBy: statistics)
        return statistic == 0 ? 7 + metric : ~(metric * 4 + statistic - 1)
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
