import FrontierCore

/// Writes a `JSONValue` with two-space indentation, keys in their stored order, numbers in
/// the shortest form that reads back to the same Double.
///
/// The text is built as UTF-8 bytes: strings that need no escape (nearly all) and the
/// indentation of each depth (made once) are appended whole.
public enum JSONWriter {
    public static func write(_ value: JSONValue, pretty: Bool = true) -> String {
        var out = Output()
        out.write(value, indent: pretty ? 0 : nil)
        if pretty { out.bytes.append(0x0A) }
        return out.text
    }

    /// An object of the members `head`, then `key`, an array of `count` items each made by
    /// `item` as it is written, then the members `tail`: the text `write` gives for the whole
    /// object, without the whole object in memory.
    static func write(object head: [JSONValue.Member], then key: StaticString, count: Int, tail: [JSONValue.Member] = [],
                      pretty: Bool = true, item: (Int) -> JSONValue) -> String {
        String(decoding: bytes(object: head, then: key, count: count, tail: tail, pretty: pretty, item: item), as: UTF8.self)
    }

    /// The same text as UTF-8 bytes, to be written out without a copy as a string.
    static func bytes(object head: [JSONValue.Member], then key: StaticString, count: Int, tail: [JSONValue.Member] = [],
                      pretty: Bool = true, item: (Int) -> JSONValue) -> [UInt8] {
        var text: [UInt8] = []
        write(object: head, then: key, count: count, tail: tail, pretty: pretty, piece: .max, item: item) { collect($0, into: &text) }
        return text
    }

    /// The same text handed to `sink` in pieces of about `piece` bytes as it is made: the
    /// report of a million setups (a few hundred megabytes) is never whole in memory.
    static func write<E: Error>(object head: [JSONValue.Member], then key: StaticString, count: Int, tail: [JSONValue.Member] = [],
                                pretty: Bool = true, piece: Int, item: (Int) -> JSONValue,
                                to sink: ([UInt8]) throws(E) -> Void) throws(E) {
        try write(object: head, then: key, count: count, tail: tail, pretty: pretty, piece: piece,
                  writing: { k, out, indent in out.write(item(k), indent: indent) }, to: sink)
    }

    /// The same with item `k` written straight into the text by `writing` at the indent it
    /// is given (`Output.object`), no value made first.
    static func write<E: Error>(object head: [JSONValue.Member], then key: StaticString, count: Int, tail: [JSONValue.Member] = [],
                                pretty: Bool = true, piece: Int, writing item: (Int, inout Output, Int?) -> Void,
                                to sink: ([UInt8]) throws(E) -> Void) throws(E) {
        var out = Output()
        try out.object(indent: pretty ? 0 : nil) { (members: inout Output) throws(E) in
            for member in head { members.member(member.key, member.value) }
            members.member(key)
            try members.array(count: count, indent: members.valueIndent) { (k: Int, items: inout Output, indent: Int?) throws(E) in
                item(k, &items, indent)
                try items.flush(beyond: piece, to: sink)
            }
            for member in tail { members.member(member.key, member.value) }
        }
        if pretty { out.bytes.append(0x0A) }
        try sink(out.bytes)
    }

    /// One compact JSON value a line, as UTF-8 bytes.
    static func lines(count: Int, item: (Int) -> JSONValue) -> [UInt8] {
        var text: [UInt8] = []
        lines(count: count, piece: .max, writing: { k, out in out.write(item(k), indent: nil) }) { collect($0, into: &text) }
        return text
    }

    /// The same handed to `sink` in pieces of about `piece` bytes, line `k` written straight
    /// into the text by `writing` (compact).
    static func lines<E: Error>(count: Int, piece: Int, writing item: (Int, inout Output) -> Void,
                                to sink: ([UInt8]) throws(E) -> Void) throws(E) {
        var out = Output()
        for k in 0..<count {
            item(k, &out)
            out.bytes.append(0x0A)
            try out.flush(beyond: piece, to: sink)
        }
        try sink(out.bytes)
    }

    /// Pieces put together again, without a copy of the first.
    static func collect(_ piece: [UInt8], into text: inout [UInt8]) {
        if text.isEmpty { text = piece } else { text += piece }
    }

    /// Integers print without a fraction; other values use Swift's shortest round-trip form.
    static func number(_ n: Double) -> String {
        guard n.isFinite else { return "null" }
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return n.description
    }

    /// The text being written.
    struct Output {
        var bytes: [UInt8] = []
        /// The object `member` writes into (`object`): its indent, nil when compact, and
        /// how many members it has so far.
        var enclosing: (indent: Int?, members: Int) = (nil, 0)

        var text: String { String(decoding: bytes, as: UTF8.self) }

        /// Hands the text so far to `sink` once it is `piece` bytes or more, and starts again.
        mutating func flush<E: Error>(beyond piece: Int, to sink: ([UInt8]) throws(E) -> Void) throws(E) {
            guard bytes.count >= piece else { return }
            try sink(bytes)
            bytes.removeAll(keepingCapacity: true)
        }

        /// Writes `value` at nesting `indent` (nil: compact).
        mutating func write(_ value: JSONValue, indent: Int?) {
            switch value {
            case .null: append("null")
            case .bool(let b): append(b ? "true" : "false")
            case .number(let n): append(JSONWriter.number(n))
            case .string(let s): quote(s)
            case .array(let items):
                array(count: items.count, indent: indent) { k, out, inner in out.write(items[k], indent: inner) }
            case .object(let members):
                object(indent: indent) { out in
                    for member in members { out.member(member.key, member.value) }
                }
            }
        }

        /// A line break and `indent` spaces, from text made once per depth.
        mutating func newline(_ indent: Int) {
            if indent < Output.newlines.count {
                bytes.append(contentsOf: Output.newlines[indent])
            } else {
                bytes.append(0x0A)
                bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
            }
        }

        private static let newlines: [[UInt8]] = (0..<64).map { [0x0A] + Array(repeating: UInt8(ascii: " "), count: $0) }

        mutating func append(_ s: String) {
            var s = s
            s.withUTF8 { bytes.append(contentsOf: $0) }
        }

        /// A string in quotes: appended whole when nothing in it needs an escape. Every control
        /// character (C1 and bidi controls too) is escaped, so the JSON is safe on a terminal.
        mutating func quote(_ s: String) {
            var s = s
            bytes.append(UInt8(ascii: "\""))
            s.withUTF8 { utf8 in
                // 0xC2 and 0xE2 lead the UTF-8 of C1 and bidi controls: such strings are looked
                // at scalar by scalar, and the stretches between escapes appended whole (a
                // setup's name holds a `·`, 0xC2 0xB7).
                guard utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else {
                    bytes.append(contentsOf: utf8)
                    return
                }
                var decoder = UTF8(), iterator = utf8.makeIterator(), start = 0, end = 0
                while case .scalarValue(let scalar) = decoder.decode(&iterator) {
                    let width = UTF8.width(scalar)
                    if let escape = Output.escape(scalar) {
                        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<end]))
                        append(escape)
                        start = end + width
                    }
                    end += width
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
            }
            bytes.append(UInt8(ascii: "\""))
        }

        /// What `scalar` is written as in a JSON string; nil when it is written as it is.
        private static func escape(_ scalar: Unicode.Scalar) -> String? {
            switch scalar {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            case "\n": return "\\n"
            case "\r": return "\\r"
            case "\t": return "\\t"
            default:
                guard Sanitize.isControl(scalar) else { return nil }
                let hex = String(scalar.value, radix: 16)
                return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
    }
}
