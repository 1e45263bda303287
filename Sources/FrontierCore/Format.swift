import Foundation

/// How figures are written for people: one place, so reports and the dashboard agree.
public enum Format {
    /// Two decimals from ten cents up ("$0.34", "$3.47"), three significant digits below
    /// ("$0.0563", "$0.000114"), thousands grouped from $10,000.
    public static func dollars(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        let magnitude = abs(value)
        let sign = value < 0 ? "-" : ""
        if magnitude >= 10_000 { return sign + "$" + grouped(Int(magnitude.rounded())) }
        if magnitude >= 0.1 || magnitude == 0 { return sign + String(format: "$%.2f", magnitude) }
        return sign + "$" + significant(magnitude, digits: 3)
    }

    /// A concurrency level: whole numbers without decimals, others with one or two.
    public static func concurrency(_ value: Double) -> String {
        if value == value.rounded() { return String(Int(value)) }
        return value >= 10 ? String(format: "%.1f", value) : String(format: "%.2f", value)
    }

    public static func milliseconds(_ value: Double) -> String {
        value >= 10_000 ? String(format: "%.1f s", value / 1000) : String(format: "%.0f ms", value)
    }

    public static func number(_ value: Double, decimals: Int = 1) -> String {
        value.isFinite ? String(format: "%.\(decimals)f", value) : "—"
    }

    public static func tokensPerSecond(_ value: Double) -> String {
        value >= 100 ? String(format: "%.0f tok/s", value) : String(format: "%.1f tok/s", value)
    }

    public static func percent(_ fraction: Double) -> String {
        String(format: "%.0f%%", fraction * 100)
    }

    public static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// `digits` significant digits in plain decimal notation (no exponent).
    public static func significant(_ value: Double, digits: Int) -> String {
        guard value != 0, value.isFinite else { return "0" }
        let decimals = max(0, digits - 1 - Int(floor(log10(abs(value)))))
        return String(format: "%.\(decimals)f", value)
    }
}
