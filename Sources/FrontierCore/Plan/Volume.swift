import Foundation

/// How much an operator must serve: requests or output tokens, a day or a month. Written
/// `2e6` (requests a day), `60M/month`, `1.5e9tok/month`, `500k/day`; suffixes k, M, G
/// (or B) multiply by 10³, 10⁶, 10⁹.
///
/// ```swift
/// let v = try Volume.parse("60M/month")
/// try v.requestsPerDay(meanOutputTokens: nil)   // 60e6 / 30.4167 ≈ 1,972,603
/// ```
public struct Volume: Equatable, Sendable {
    public enum Unit: String, Sendable { case requests, outputTokens }
    public enum Period: String, Sendable { case day, month }

    public var amount: Double
    public var unit: Unit
    public var period: Period

    public init(_ amount: Double, _ unit: Unit = .requests, per period: Period = .day) {
        self.amount = amount
        self.unit = unit
        self.period = period
    }

    /// Requests a day; a token volume is divided by `meanOutputTokens` (the workload's
    /// mean output tokens a request), which it then needs.
    public func requestsPerDay(meanOutputTokens: Double?) throws(VolumeError) -> Double {
        var perDay = period == .day ? amount : amount / PlanCalendar.daysPerMonth
        if unit == .outputTokens {
            guard let tokens = meanOutputTokens, tokens > 0, tokens.isFinite else { throw .noOutputTokens(self) }
            perDay /= tokens
        }
        return perDay
    }

    /// Reads a volume; the message of the error says what is expected.
    public static func parse(_ text: String) throws(VolumeError) -> Volume {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces).lowercased())
        var period = Period.day
        if let slash = rest.firstIndex(of: "/") {
            switch rest[rest.index(after: slash)...].trimmingCharacters(in: .whitespaces) {
            case "day", "d": period = .day
            case "month", "mo": period = .month
            default: throw .malformed(text)
            }
            rest = rest[..<slash]
        }
        rest = Substring(rest.trimmingCharacters(in: .whitespaces))
        var unit = Unit.requests
        for suffix in ["tokens", "tok", "req", "requests"] where rest.hasSuffix(suffix) {
            unit = suffix.hasPrefix("tok") ? .outputTokens : .requests
            rest = rest.dropLast(suffix.count)
            break
        }
        rest = Substring(rest.trimmingCharacters(in: .whitespaces))
        var scale = 1.0
        if let last = rest.last, let factor = ["k": 1e3, "m": 1e6, "g": 1e9, "b": 1e9][last] {
            scale = factor
            rest = rest.dropLast()
        }
        guard let number = Double(rest), number.isFinite, number > 0 else { throw .malformed(text) }
        return Volume(number * scale, unit, per: period)
    }
}

public enum VolumeError: Error, Equatable, CustomStringConvertible {
    case malformed(String)
    case noOutputTokens(Volume)

    public var description: String {
        switch self {
        case .malformed(let text):
            "volume \"\(Sanitize.line(text))\": expected a number > 0 of requests a day (2e6, 500k), or with a unit and period: 60M/month, 1.5e9tok/month, 3M/day"
        case .noOutputTokens:
            "a volume in output tokens needs the runs' mean output tokens, and no run states mean_output_tokens"
        }
    }
}
