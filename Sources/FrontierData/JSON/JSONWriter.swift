/// Writes a `JSONValue` with two-space indentation, keys in their stored order, numbers in
/// the shortest form that reads back to the same Double.
public enum JSONWriter {
    public static func write(_ value: JSONValue, pretty: Bool = true) -> String {
        var out = ""
        write(value, into: &out, indent: pretty ? 0 : nil)
        if pretty { out.append("\n") }
        return out
    }

    /// An object of the members `head` and then `key`, an array of `count` items each made
    /// by `item` as it is written: the text `write` gives for the whole object, without the
    /// whole object in memory.
    static func write(object head: [JSONValue.Member], then key: String, count: Int, pretty: Bool = true,
                      item: (Int) -> JSONValue) -> String {
        var out = "{"
        let inner: Int? = pretty ? 2 : nil
        for (i, member) in (head + [.init(key, .null)]).enumerated() {
            if i > 0 { out += "," }
            if let inner { out += newline(inner) }
            quote(member.key, into: &out)
            out += pretty ? ": " : ":"
            if i < head.count {
                write(member.value, into: &out, indent: inner)
                continue
            }
            out += "["
            let items = inner.map { $0 + 2 }
            for k in 0..<count {
                if k > 0 { out += "," }
                if let items { out += newline(items) }
                write(item(k), into: &out, indent: items)
            }
            if count > 0, let inner { out += newline(inner) }
            out += "]"
        }
        if pretty { out += "\n}\n" } else { out += "}" }
        return out
    }

    /// Writes `value` at nesting `indent` (nil: compact) after what `out` holds.
    static func write(_ value: JSONValue, into out: inout String, indent: Int?) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += number(n)
        case .string(let s): quote(s, into: &out)
        case .array(let items):
            writeContainer(items, open: "[", close: "]", into: &out, indent: indent) { item, out, indent in
                write(item, into: &out, indent: indent)
            }
        case .object(let members):
            writeContainer(members, open: "{", close: "}", into: &out, indent: indent) { member, out, indent in
                quote(member.key, into: &out)
                out += indent == nil ? ":" : ": "
                write(member.value, into: &out, indent: indent)
            }
        }
    }

    private static func writeContainer<T>(_ items: [T], open: String, close: String, into out: inout String, indent: Int?,
                                          element: (T, inout String, Int?) -> Void) {
        out += open
        guard !items.isEmpty else { out += close; return }
        let inner = indent.map { $0 + 2 }
        for (i, item) in items.enumerated() {
            if i > 0 { out += "," }
            if let inner { out += newline(inner) }
            element(item, &out, inner)
        }
        if let indent { out += newline(indent) }
        out += close
    }

    /// A line break and `indent` spaces, made once per depth.
    static func newline(_ indent: Int) -> String {
        indent < newlines.count ? newlines[indent] : "\n" + String(repeating: " ", count: indent)
    }

    private static let newlines: [String] = (0..<64).map { "\n" + String(repeating: " ", count: $0) }

    /// Integers print without a fraction; other values use Swift's shortest round-trip form.
    static func number(_ n: Double) -> String {
        guard n.isFinite else { return "null" }
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return "\(n)"
    }

    /// A string in quotes; one that needs no escape (nearly all) is appended whole.
    static func quote(_ s: String, into out: inout String) {
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) {
            out += "\""
            out += s
            out += "\""
            return
        }
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
