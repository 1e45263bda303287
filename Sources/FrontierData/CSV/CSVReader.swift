/// Splits RFC 4180 CSV into records, remembering the line each record starts on. Quoted
/// fields may hold commas, line breaks and doubled quotes; CRLF, LF and a lone CR end a
/// record; blank lines are skipped. The separator is a comma, or the `;` or tab that
/// spreadsheets write in many locales, told from the header line (`separator(of:)`).
///
/// `scan` streams the records of UTF-8 bytes with each field as a range of those bytes
/// (nothing copied, nothing kept); `records` reads small files into strings.
public enum CSVReader {
    public struct Record: Equatable, Sendable {
        public var line: Int
        public var fields: [String]
    }

    public struct SyntaxError: Error, Equatable, Sendable {
        public var line: Int
        public var message: String
    }

    /// Where one field's text is: `start..<end` of the bytes, inside the quotes of a quoted
    /// field. `escaped` when that text holds doubled quotes, which stand for one.
    struct Field {
        var start: Int
        var end: Int
        var escaped: Bool

        var isEmpty: Bool { start == end }

        func string(in bytes: UnsafeBufferPointer<UInt8>) -> String {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            return escaped ? text.split(separator: "\"\"", omittingEmptySubsequences: false).joined(separator: "\"") : text
        }
    }

    public static func records(_ text: String) throws(SyntaxError) -> [Record] {
        var records: [Record] = []
        let bytes = Array(text.utf8)
        try bytes.withUnsafeBufferPointer { (buffer) throws(SyntaxError) in
            try scan(buffer, separator: separator(of: buffer)) { line, fields in
                records.append(Record(line: line, fields: fields.map { $0.string(in: buffer) }))
            }
        }
        return records
    }

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
    static let semicolon = UInt8(ascii: ";"), tab = UInt8(ascii: "\t")

    /// The separator of the first non-blank line, outside quotes: the one of comma, `;`
    /// and tab it holds most of; a comma on a tie or when it holds none.
    static func separator(of bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        separator(of: bytes, final: true)!
    }

    /// As `separator(of:)`; nil when more bytes follow these (not `final`) and the line
    /// does not end in them.
    static func separator(of bytes: UnsafeBufferPointer<UInt8>, final: Bool) -> UInt8? {
        var counts: [UInt8: Int] = [comma: 0, semicolon: 0, tab: 0]
        var quoted = false, seenText = false, ended = false
        for c in bytes {
            if c == quote { quoted.toggle() }
            if !quoted && (c == lf || c == cr) {
                if seenText {
                    ended = true
                    break
                }
                continue
            }
            seenText = true
            if !quoted, let n = counts[c] { counts[c] = n + 1 }
        }
        guard ended || final else { return nil }
        return [semicolon, tab].reduce(comma) { best, c in counts[c]! > counts[best]! ? c : best }
    }

    /// `separator(of:)` of a line as text.
    static func separator(of line: Substring) -> Character {
        Character(Unicode.Scalar(Array(line.utf8).withUnsafeBufferPointer { separator(of: $0) }))
    }

    /// Calls `record` with each record's line and fields, in order. The fields array is
    /// reused: copy what must outlive the call.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, separator sep: UInt8 = UInt8(ascii: ","),
                     _ record: (Int, [Field]) -> Void) throws(SyntaxError) {
        var line = 1
        _ = try scan(bytes, separator: sep, line: &line, final: true, record)
    }

    /// `scan` of bytes that more may follow (unless `final`), the first of them on `line`:
    /// a record the bytes end inside is left for the next call, which is given it again
    /// with what follows. Returns where that record starts (`bytes.count` when none is
    /// left) and sets `line` to its line.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, separator sep: UInt8, line: inout Int, final: Bool,
                     _ record: (Int, [Field]) -> Void) throws(SyntaxError) -> Int {
        let n = bytes.count
        var i = 0
        var fields: [Field] = []
        fields.reserveCapacity(32)
        // The bytes that end an unquoted field (a NUL among them, to be refused), looked up
        // at once rather than compared four times a byte.
        let ends = UnsafeMutablePointer<Bool>.allocate(capacity: 256)
        defer { ends.deallocate() }
        ends.initialize(repeating: false, count: 256)
        for c in [sep, lf, cr, 0] { ends[Int(c)] = true }
        while i < n {
            let recordStart = i, recordLine = line
            // Past the end of the bytes inside a record: it is read again with what follows.
            func unfinished() -> Int {
                line = recordLine
                return recordStart
            }
            fields.removeAll(keepingCapacity: true)
            while true {
                if i < n && bytes[i] == quote {
                    let quoteLine = line
                    i += 1
                    let start = i
                    var escaped = false
                    while true {
                        guard i < n else {
                            if !final { return unfinished() }
                            throw SyntaxError(line: quoteLine, message: "quoted field never closed (truncated file?)")
                        }
                        let c = bytes[i]
                        if c == quote {
                            // A quote last of the bytes may be the first of a doubled one.
                            if i + 1 == n && !final { return unfinished() }
                            if i + 1 < n && bytes[i + 1] == quote {
                                escaped = true
                                i += 2
                                continue
                            }
                            break
                        }
                        if c == lf { line += 1 }
                        i += 1
                    }
                    fields.append(Field(start: start, end: i, escaped: escaped))
                    i += 1
                    if i < n, bytes[i] != sep && bytes[i] != cr && bytes[i] != lf {
                        throw SyntaxError(line: line, message: "unexpected text after a closing quote; expected \(sep == tab ? "a tab" : "'\(Character(Unicode.Scalar(sep)))'") or a line end")
                    }
                } else {
                    let start = i
                    while i < n && !ends[Int(bytes[i])] { i += 1 }
                    if i < n && bytes[i] == 0 { throw SyntaxError(line: line, message: "NUL byte: this looks like a binary file, not CSV") }
                    fields.append(Field(start: start, end: i, escaped: false))
                }
                if i < n && bytes[i] == sep {
                    i += 1
                    continue
                }
                // A line end or the end of the text; a CR last of the bytes may be half of a CRLF.
                if !final && (i == n || (bytes[i] == cr && i + 1 == n)) { return unfinished() }
                if i < n {
                    if bytes[i] == cr && i + 1 < n && bytes[i + 1] == lf { i += 1 }
                    i += 1
                    line += 1
                }
                if !(fields.count == 1 && fields[0].isEmpty) { record(recordLine, fields) }
                break
            }
        }
        return n
    }
}
