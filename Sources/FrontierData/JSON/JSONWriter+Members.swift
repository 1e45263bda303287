/// Objects and arrays written member by member straight into the text, no `JSONValue` made
/// first: the JSON report writes a million setups so. The text is the same as `write`
/// gives for the value of those members, which is written through these too.
extension JSONWriter.Output {
    /// An object at nesting `indent` (nil: compact) whose members `body` writes (`member`).
    mutating func object<E: Error>(indent: Int?, _ body: (inout Self) throws(E) -> Void) throws(E) {
        bytes.append(UInt8(ascii: "{"))
        let outer = enclosing
        enclosing = (indent, 0)
        try body(&self)
        let written = enclosing.members
        enclosing = outer
        if written > 0, let indent { newline(indent) }
        bytes.append(UInt8(ascii: "}"))
    }

    /// An array of `count` items at nesting `indent`, item `k` written by `item` at the
    /// indent it is given.
    mutating func array<E: Error>(count: Int, indent: Int?, _ item: (Int, inout Self, Int?) throws(E) -> Void) throws(E) {
        bytes.append(UInt8(ascii: "["))
        let inner = indent.map { $0 + 2 }
        for k in 0..<count {
            if k > 0 { bytes.append(UInt8(ascii: ",")) }
            if let inner { newline(inner) }
            try item(k, &self, inner)
        }
        if count > 0, let indent { newline(indent) }
        bytes.append(UInt8(ascii: "]"))
    }

    /// Where the value of a member of the enclosing object nests.
    var valueIndent: Int? { enclosing.indent.map { $0 + 2 } }

    /// Starts member `key` of the enclosing object; its value is written next. The key is a
    /// literal of this program, plain ASCII that needs no escape: appended as it is, not
    /// looked through as text from a file is.
    mutating func member(_ key: StaticString) {
        assert(key.withUTF8Buffer { utf8 in utf8.allSatisfy { (0x20..<0x7F).contains($0) && $0 != 0x22 && $0 != 0x5C } },
               "the key \(key) needs an escape")
        separate()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        colon()
    }

    /// A member of a `JSONValue` object: its key quoted as any text is.
    mutating func member(_ key: String, _ value: JSONValue) {
        separate()
        quote(key)
        colon()
        write(value, indent: valueIndent)
    }

    /// The comma before every member but the first, and its line.
    private mutating func separate() {
        if enclosing.members > 0 { bytes.append(UInt8(ascii: ",")) }
        enclosing.members += 1
        if let inner = valueIndent { newline(inner) }
    }

    private mutating func colon() {
        bytes.append(UInt8(ascii: ":"))
        if enclosing.indent != nil { bytes.append(UInt8(ascii: " ")) }
    }

    /// A number; null when nil, as `JSONValue.optional` gives.
    mutating func member(_ key: StaticString, _ value: Double?) {
        member(key)
        append(value.map(JSONWriter.number) ?? "null")
    }

    mutating func member(_ key: StaticString, _ value: String?) {
        member(key)
        if let value { quote(value) } else { append("null") }
    }

    mutating func member(_ key: StaticString, _ value: Bool?) {
        member(key)
        append(value.map { $0 ? "true" : "false" } ?? "null")
    }

    /// An object whose members `body` writes from `value`; null when `value` is nil.
    mutating func member<T>(_ key: StaticString, _ value: T?, object body: (inout Self, T) -> Void) {
        member(key)
        guard let value else { return append("null") }
        object(indent: valueIndent) { body(&$0, value) }
    }
}
