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
        if magnitude >= 10_000 { return sign + "$" + groupDigits(fixed(magnitude, decimals: 0)) }
        // From 0.09995 three significant digits would round to "0.100": two decimals instead.
        if magnitude >= 0.09995 || magnitude == 0 { return sign + "$" + fixed(magnitude, decimals: 2) }
        return sign + "$" + significant(magnitude, digits: 3)
    }

    /// A cost to `digits` significant digits below $10,000 ("$0.337"): a 20 % swing of a
    /// cheap input moves a $0.34 cost by a fraction of a cent. From $10,000 as `dollars`.
    public static func dollars(_ value: Double, significant digits: Int) -> String {
        value.isFinite && abs(value) < 10_000 ? "$" + significant(value, digits: digits) : dollars(value)
    }

    /// A concurrency level: whole numbers without decimals, others with one or two.
    public static func concurrency(_ value: Double) -> String {
        guard value.isFinite else { return "—" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return fixed(value, decimals: value >= 10 ? 1 : 2)
    }

    public static func milliseconds(_ value: Double) -> String {
        value >= 1000 ? fixed(value / 1000, decimals: 1) + " s" : fixed(value, decimals: 0) + " ms"
    }

    /// Text cut to `width` columns with an ellipsis in the middle, so that both ends of a
    /// name stay: the model's family and, in mixed datasets, the hardware.
    public static func cutInTheMiddle(_ text: String, to width: Int) -> String {
        guard text.columns > width else { return text }
        guard width > 1 else { return String(DisplayWidth.prefix(text, columns: max(0, width))) }
        let head = (width - 1) / 2
        let start = DisplayWidth.prefix(text, columns: head)
        return start + "…" + DisplayWidth.suffix(text, columns: width - 1 - start.columns)
    }

    /// A setup's name cut to `width` columns: its model cut in the middle, so that the parts
    /// after it, which tell setups apart (hardware, labels, shape), stay whole while the
    /// model keeps at least `modelColumns`; else the whole name cut in the middle.
    public static func cutName(_ name: String, to width: Int, modelColumns: Int = 8) -> String {
        guard name.columns > width, let first = name.range(of: Configuration.nameSeparator) else { return cutInTheMiddle(name, to: width) }
        let rest = String(name[first.lowerBound...])
        guard width - rest.columns >= modelColumns else { return cutInTheMiddle(name, to: width) }
        return cutInTheMiddle(String(name[..<first.lowerBound]), to: width - rest.columns) + rest
    }

    /// Text cut to `width` columns with an ellipsis (or `ellipsis`) at its end.
    public static func fit(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard text.columns > width else { return text }
        return String(DisplayWidth.prefix(text, columns: max(0, width - ellipsis.columns))) + (width > 0 ? ellipsis : "")
    }

    /// A duration: seconds up to ten minutes, then minutes, then hours.
    public static func seconds(_ value: Double) -> String {
        if value < 600 { return fixed(value, decimals: 1) + " s" }
        if value < 36_000 { return fixed(value / 60, decimals: 1) + " min" }
        return fixed(value / 3600, decimals: 1) + " h"
    }

    public static func number(_ value: Double, decimals: Int = 1) -> String {
        value.isFinite ? fixed(value, decimals: decimals) : "—"
    }

    public static func tokensPerSecond(_ value: Double) -> String {
        fixed(value, decimals: value >= 100 ? 0 : 1) + " tok/s"
    }

    public static func percent(_ fraction: Double) -> String {
        fixed(fraction * 100, decimals: 0) + "%"
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
        let rounded = fixed(abs(value), decimals: max(0, digits - 1 - exponent))
        let power = exponent + 1
        let next = abs(power) < powersOfTen.count ? (power < 0 ? 1 / powersOfTen[-power] : powersOfTen[power]) : Double("1e\(power)")!
        if Double(rounded)! >= next { exponent += 1 }
        return fixed(value, decimals: max(0, digits - 1 - exponent))
    }

    /// Exact powers of ten, 10⁰ … 10²².
    private static let powersOfTen: [Double] = (0...22).map { e in (0..<e).reduce(1.0) { x, _ in x * 10 } }

    /// `value` with `decimals` decimals, as `String(format: "%.<decimals>f", value)` writes it
    /// (the binary value rounded half to even) but without formatting through C: the
    /// scaled value is rounded as a whole number, and only near a tie, where the product's
    /// rounding could decide, or for very large values, is printf asked.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite, decimals < 16 else { return String(format: "%.\(decimals)f", value) }
        let scaled = abs(value) * powersOfTen[decimals]
        let whole = scaled.rounded(.down)
        let fraction = scaled - whole
        // |scaled| < 1e9: the product is off by < 2e-7, so a fraction clear of 0.5 by more
        // than 1e-6 rounds the same way as the exact value would.
        guard scaled < 1e9, abs(fraction - 0.5) > 1e-6 else { return String(format: "%.\(decimals)f", value) }
        var digits = String(UInt64(fraction > 0.5 ? whole + 1 : whole))
        if digits.utf8.count <= decimals { digits = String(repeating: "0", count: decimals + 1 - digits.utf8.count) + digits }
        let sign = value.sign == .minus ? "-" : ""
        guard decimals > 0 else { return sign + digits }
        let point = digits.index(digits.endIndex, offsetBy: -decimals)
        return sign + digits[..<point] + "." + digits[point...]
    }
}
