/// toml++ 3.4 (inside TOMLKit 0.6.0) aborts the process, by an assertion that release
/// builds keep, on a table header whose name starts with anything but a bare-key character
/// or a quote: `[=]`, `[.slo]`, `[#]`, `[[[a]]]`, `[coût]` (upstream marzer/tomlplusplus
/// #301). The headers are checked here first, the way its parser reads them, so that such a
/// file gets an error like any other instead of ending the dashboard.
enum TableHeaderCheck {
    /// The first header toml++ could not be given: its line and the character it starts
    /// its name with; nil when every header is safe.
    ///
    /// A line inside a multi-line array or string that starts with `[` is checked too: such
    /// a value is never a valid scenario field, so the file is refused either way.
    static func firstUnsafe(in text: String) -> (line: Int, found: String)? {
        var line = 1
        var bytes = text.utf8[...]
        while !bytes.isEmpty {
            let end = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            if let found = unsafeStart(bytes[..<end]) { return (line, found) }
            bytes = end == bytes.endIndex ? bytes[end...] : bytes[bytes.index(after: end)...]
            line += 1
        }
        return nil
    }

    /// What the header on this line starts its name with, when toml++ would assert on it.
    private static func unsafeStart(_ line: Substring.UTF8View.SubSequence) -> String? {
        var rest = line.drop(while: isBlank)
        guard rest.first == UInt8(ascii: "[") else { return nil }
        rest = rest.dropFirst()
        let afterBracket = rest.count
        rest = rest.drop(while: isBlank)
        // `[[`: an array of tables; toml++ refuses `[ [` with its own message.
        if rest.first == UInt8(ascii: "["), rest.count == afterBracket {
            rest = rest.dropFirst().drop(while: isBlank)
        }
        guard let first = rest.first else { return "end of line" }
        if first == UInt8(ascii: "]") || first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") || isBareKey(first) {
            return nil
        }
        let character = String(decoding: rest.prefix(4), as: UTF8.self).first.map(String.init) ?? "?"
        return "'" + character.unicodeScalars.map(shown).joined() + "'"
    }

    /// A control or spacing character as toml++ names one in its own messages: `\u00A0`.
    private static func shown(_ scalar: Unicode.Scalar) -> String {
        guard scalar.properties.generalCategory == .control || scalar.properties.isWhitespace else { return String(scalar) }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    /// A-Z a-z 0-9 - _: TOML 1.0's bare keys.
    private static func isBareKey(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"): true
        default: false
        }
    }
}
