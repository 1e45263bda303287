/// What the sensitivity analysis moves for a setup: a cost input of its hardware profile,
/// or its measured throughput (every level scaled alike).
public enum Lever: Hashable, Sendable, CustomStringConvertible {
    case cost(CostInput)
    case throughput

    /// The stable name used in JSON and CSV: a `CostInput` raw value, or `throughput`.
    public var description: String {
        switch self {
        case .cost(let input): input.rawValue
        case .throughput: "throughput"
        }
    }

    public var title: String {
        switch self {
        case .cost(let input): input.title
        case .throughput: "Throughput"
        }
    }

    /// A value as shown, with its unit (throughput in requests a second).
    public func label(_ value: Double) -> String {
        switch self {
        case .cost(let input): input.label(value)
        case .throughput: Format.significant(value, digits: 3) + " req/s"
        }
    }

    /// The value a moved lever takes, kept to what the input may be (utilization at most 1,
    /// PUE at least 1).
    func clamped(_ value: Double) -> Double {
        switch self {
        case .cost(let input): input.clamped(value)
        case .throughput: value
        }
    }

    /// The largest value it may take (a utilization 1).
    var upperLimit: Double {
        switch self {
        case .cost(let input): input.domain.upper
        case .throughput: .infinity
        }
    }

    /// The smallest value it may take (a PUE 1).
    var lowerLimit: Double {
        switch self {
        case .cost(let input): input.domain.lower
        case .throughput: 0
        }
    }
}
