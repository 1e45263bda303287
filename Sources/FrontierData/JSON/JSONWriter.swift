/// Writes a `JSONValue` with two-space indentation, keys in their stored order, numbers in
/// the shortest form that reads back to the same Double.
public enum JSONWriter {
    public static func write(_ value: JSONValue, pretty: Bool = true) -> String {
        var out = ""
        write(value, into: &out, indent: pretty ? 0 : nil)
        if pretty { out.append("\n") }
        return out
    }

    private static func write(_ value: JSONValue, into out: inout String, indent: Int?) {
        switch value {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .number(let n): out.append(number(n))
        case .string(let s): quote(s, into: &out)
        case .array(let items):
            writeContainer(items, open: "[", close: "]", into: &out, indent: indent) { item, out, indent in
                write(item, into: &out, indent: indent)
            }
        case .object(let members):
            writeContainer(members, open: "{", close: "}", into: &out, indent: indent) { member, out, indent in
                quote(member.key, into: &out)
                out.append(indent == nil ? ":" : ": ")
                write(member.value, into: &out, indent: indent)
            }
        }
    }

    private static func writeContainer<T>(_ items: [T], open: String, close: String, into out: inout String, indent: Int?,
                                          element: (T, inout String, Int?) -> Void) {
        out.append(open)
        guard !items.isEmpty else { out.append(close); return }
        let inner = indent.map { $0 + 2 }
        for (i, item) in items.enumerated() {
            if i > 0 { out.append(",") }
            if let inner { out.append("\n" + String(repeating: " ", count: inner)) }
            element(item, &out, inner)
        }
        if let indent { out.append("\n" + String(repeating: " ", count: indent)) }
        out.append(close)
    }

    /// Integers print without a fraction; other values use Swift's shortest round-trip form.
    static func number(_ n: Double) -> String {
        guard n.isFinite else { return "null" }
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return "\(n)"
    }

    private static func quote(_ s: String, into out: inout String) {
        out.append("\"")
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append("\"")
    }
}
