import Foundation

/// How figures are written for people: one place, so reports and the dashboard agree.
public enum Format {
    /// Two decimals from ten cents up ("$0.34", "$3.47"), three significant digits below
    /// ("$0.0563", "$0.000114"), thousands grouped from $10,000.
    public static func dollars(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        let magnitude = abs(value)
        let sign = value < 0 ? "-" : ""
        // Past a septillion a figure is an input's mistake, not a price: an exponent, not 300 digits.
        if magnitude >= 1e24 { return sign + "$" + String(format: "%.2g", magnitude) }
        if magnitude >= 10_000 { return sign + "$" + groupDigits(String(format: "%.0f", magnitude)) }
        // From 0.09995 three significant digits would round to "0.100": two decimals instead.
        if magnitude >= 0.09995 || magnitude == 0 { return sign + String(format: "$%.2f", magnitude) }
        return sign + "$" + significant(magnitude, digits: 3)
    }

    /// A concurrency level: whole numbers without decimals, others with one or two.
    public static func concurrency(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return value >= 10 ? String(format: "%.1f", value) : String(format: "%.2f", value)
    }

    public static func milliseconds(_ value: Double) -> String {
        value >= 1000 ? String(format: "%.1f s", value / 1000) : String(format: "%.0f ms", value)
    }

    /// Text cut to `width` characters with an ellipsis in the middle, so that both ends of
    /// a name stay: the model's family and, in mixed datasets, the hardware.
    public static func cutInTheMiddle(_ text: String, to width: Int) -> String {
        guard text.count > width else { return text }
        guard width > 1 else { return String(text.prefix(width)) }
        let head = (width - 1) / 2, tail = width - 1 - head
        return String(text.prefix(head)) + "…" + String(text.suffix(tail))
    }

    /// A duration: seconds up to ten minutes, then minutes, then hours.
    public static func seconds(_ value: Double) -> String {
        if value < 600 { return String(format: "%.1f s", value) }
        if value < 36_000 { return String(format: "%.1f min", value / 60) }
        return String(format: "%.1f h", value / 3600)
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
        (value < 0 ? "-" : "") + groupDigits(String(value.magnitude))
    }

    /// Commas every three digits of a string of digits.
    private static func groupDigits(_ digits: String) -> String {
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }

    /// `digits` significant digits in plain decimal notation (no exponent).
    public static func significant(_ value: Double, digits: Int) -> String {
        guard value != 0, value.isFinite else { return "0" }
        var exponent = Int(floor(log10(abs(value))))
        // Rounding may carry into the next power of ten (0.0009996 → 0.00100).
        let rounded = String(format: "%.\(max(0, digits - 1 - exponent))f", abs(value))
        if Double(rounded)! >= Double("1e\(exponent + 1)")! { exponent += 1 }
        let decimals = max(0, digits - 1 - exponent)
        return String(format: "%.\(decimals)f", value)
    }
}
