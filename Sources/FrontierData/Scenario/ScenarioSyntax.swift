/// The TOML a scenario file may hold, checked before toml++ reads it. toml++ 3.4 (inside
/// TOMLKit 0.6.0) aborts the process, by assertions that release builds keep, on some
/// malformed tables and arrays: a header whose name starts with anything but a bare-key
/// character or a quote (`[=]`, `[.slo]`, `[é]`, `[[[a]]]`; upstream marzer/tomlplusplus
/// #301) and an array closed by `}` (`x = [1, }`). Both were found by the `scenario` fuzz
/// target. A scenario holds only tables of one-line scalar values, so those headers are
/// refused here as toml++ would word it, and arrays, inline tables and multi-line strings
/// are refused outright; every line of what passes is a header, a `key = value` of a
/// number, string or boolean, a comment or blank, and toml++ reads the rest.
enum ScenarioSyntax {
    struct Problem: Equatable {
        var line: Int
        var key: String?
        var message: String
    }

    /// The first line toml++ could not safely be given; nil when there is none.
    static func firstProblem(in text: String) -> Problem? {
        var line = 1
        var bytes = text.utf8[...]
        while !bytes.isEmpty {
            let end = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            if let problem = problem(bytes[..<end], line: line) { return problem }
            bytes = end == bytes.endIndex ? bytes[end...] : bytes[bytes.index(after: end)...]
            line += 1
        }
        return nil
    }

    private typealias Bytes = Substring.UTF8View.SubSequence

    private static func problem(_ raw: Bytes, line: Int) -> Problem? {
        let text = raw.drop(while: isBlank)
        guard let first = text.first, first != UInt8(ascii: "#"), first != UInt8(ascii: "\r") else { return nil }
        if first == UInt8(ascii: "[") {
            return unsafeHeaderStart(text).map {
                Problem(line: line, key: nil, message: "not TOML: Error while parsing table header: "
                        + "expected bare key starting character or string delimiter, saw \($0)")
            }
        }
        guard let (key, value) = keyAndValue(text) else { return nil }   // toml++ words a malformed key
        let shown = String(decoding: key, as: UTF8.self)
        if value.starts(with: "\"\"\"".utf8) || value.starts(with: "'''".utf8) {
            return Problem(line: line, key: shown, message: "a multi-line string is not a scenario value; expected a number, a one-line string or true/false")
        }
        if value.first == UInt8(ascii: "[") || value.first == UInt8(ascii: "{") {
            return Problem(line: line, key: shown, message: "arrays and inline tables are not scenario values (write a table as [name] on its own line); expected a number, a string or true/false")
        }
        return nil
    }

    /// What a header names first, when toml++ would assert on it: `'='`, or "end of line".
    private static func unsafeHeaderStart(_ header: Bytes) -> String? {
        var rest = header.dropFirst()
        let afterBracket = rest.count
        rest = rest.drop(while: isBlank)
        // `[[`: an array of tables; toml++ refuses `[ [` with its own message.
        if rest.first == UInt8(ascii: "["), rest.count == afterBracket {
            rest = rest.dropFirst().drop(while: isBlank)
        }
        guard let first = rest.first, first != UInt8(ascii: "\r") else { return "end of line" }
        if first == UInt8(ascii: "]") || isQuote(first) || isBareKey(first) { return nil }
        let character = String(decoding: rest.prefix(4), as: UTF8.self).first.map(String.init) ?? "?"
        return "'" + character.unicodeScalars.map(shown).joined() + "'"
    }

    /// The key (as written, quotes and all) and the value's text after `=`, blanks skipped;
    /// nil when the line has no `=` after a key of bare words, quoted names and dots.
    private static func keyAndValue(_ line: Bytes) -> (key: Bytes, value: Bytes)? {
        var index = line.startIndex
        while index < line.endIndex {
            let byte = line[index]
            if byte == UInt8(ascii: "=") {
                let key = line[..<index].reversed().drop(while: isBlank).count
                return (line.prefix(key), line[line.index(after: index)...].drop(while: isBlank))
            }
            if isQuote(byte) {
                // A quoted name runs to its closing quote; a basic one may escape it.
                var next = line.index(after: index)
                while next < line.endIndex, line[next] != byte {
                    if byte == UInt8(ascii: "\""), line[next] == UInt8(ascii: "\\") { next = line.index(after: next) }
                    if next < line.endIndex { next = line.index(after: next) }
                }
                guard next < line.endIndex else { return nil }
                index = line.index(after: next)
                continue
            }
            guard isBareKey(byte) || isBlank(byte) || byte == UInt8(ascii: ".") else { return nil }
            index = line.index(after: index)
        }
        return nil
    }

    /// A control or spacing character as toml++ names one in its own messages: `\u00A0`.
    private static func shown(_ scalar: Unicode.Scalar) -> String {
        guard scalar.properties.generalCategory == .control || scalar.properties.isWhitespace else { return String(scalar) }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    private static func isQuote(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") }

    /// A-Z a-z 0-9 - _: TOML 1.0's bare keys.
    private static func isBareKey(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"): true
        default: false
        }
    }
}
