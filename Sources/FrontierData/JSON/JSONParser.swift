/// A strict JSON parser (RFC 8259) over UTF-8 bytes that says where a document breaks:
/// line, column and what was expected. Foundation's decoder only says "not valid JSON".
public struct JSONParser {
    public struct SyntaxError: Error, Equatable, Sendable {
        public var line: Int
        public var column: Int
        public var message: String
    }

    /// Departures from strict parsing that reading other tools' files needs.
    public struct Options: Sendable {
        /// Reads Python's `NaN`, `Infinity` and `-Infinity` as numbers, so that a reader
        /// can say which field holds one instead of refusing the whole file.
        public var nonFiniteNumbers = false
        /// Arrays and objects under these keys are checked for syntax but not kept: large
        /// per-request data (generated texts, token gaps) that no figure needs.
        public var discarding: Set<String> = []

        public init(nonFiniteNumbers: Bool = false, discarding: Set<String> = []) {
            self.nonFiniteNumbers = nonFiniteNumbers
            self.discarding = discarding
        }
    }

    private var bytes: [UInt8]
    private var end: Int
    private let options: Options
    private var index = 0
    private var line = 1
    private var lineStart = 0
    /// Characters of the current line in bytes let go of before `lineStart` (`keepAhead`).
    private var columnBase = 0
    /// Bytes of the document let go of before `bytes`.
    private var dropped = 0
    /// Appends the document's next bytes to `bytes`, false at its end; nil once `bytes` holds
    /// the rest (`parse(_:more:…)`).
    private var more: ((inout [UInt8]) -> Bool)? = nil
    /// While a document is read a piece at a time: the bytes to hold past the item being read.
    private var ahead = 0
    /// A number reached the end of the bytes read so far, and more were read: the part
    /// being read is to be read again (`retryingAtCut`).
    private var cut = false
    private var depth = 0
    /// False inside a discarded value: syntax is checked, nothing is built.
    private var keeping = true
    private static let maxDepth = 512

    public static func parse(_ bytes: [UInt8], options: Options = Options()) throws(SyntaxError) -> JSONValue {
        try parse(bytes, in: 0..<bytes.count, line: 1, options: options)
    }

    /// Parses the bytes in `range` alone (one line of a JSON-lines file), numbering lines
    /// from `line`.
    public static func parse(_ bytes: [UInt8], in range: Range<Int>, line: Int,
                             options: Options = Options()) throws(SyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes, range: range, line: line, options: options)
        parser.skipWhitespace()
        guard parser.index < parser.end else { throw parser.error("the file is empty; expected a JSON value") }
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.index < parser.end { throw parser.error("unexpected \(parser.describeHere()) after the end of the JSON value") }
        return value
    }

    /// Parses a document whose top-level object's array `key` is handed to `item` one
    /// element at a time (with its index) instead of kept: a million runs are never all in
    /// memory as values. The root returned holds an empty array under `key`.
    ///
    /// With `flat`, an item that is an object of those keys with scalar values (strings
    /// without escapes or non-ASCII bytes, numbers, booleans, null) is first read in place
    /// (`FlatObject`) and handed to `flatItem`; when that returns false, or the item is any
    /// other value, it is parsed and handed to `item` as without `flat`.
    ///
    /// With `more`, `bytes` is the document's beginning and `more` appends what follows (false
    /// at its end): the array's items are read from a buffer of about `ahead` bytes past the
    /// one being read, which lets go of those read, so that the document is never whole in
    /// memory. A part that fails where the bytes read so far end is read again with more,
    /// so the result, or the error, is the one the whole document gives.
    static func parse(_ bytes: [UInt8], more: ((inout [UInt8]) -> Bool)? = nil, ahead: Int = 1 << 20,
                      streaming key: String, options: Options = Options(), flat keys: JSONKeys? = nil,
                      flatItem: (FlatObject, Int) -> Bool = { _, _ in false },
                      item: (JSONValue, Int) -> Void) throws(SyntaxError) -> JSONValue {
        try withoutActuallyEscaping(item) { (item) throws(SyntaxError) -> JSONValue in
            try withoutActuallyEscaping(flatItem) { (flatItem) throws(SyntaxError) -> JSONValue in
                var parser = JSONParser(bytes: bytes, range: 0..<bytes.count, line: 1, options: options)
                parser.streamedKey = key
                parser.flat = keys.map { ($0, flatItem) }
                parser.more = more
                parser.ahead = max(ahead, 1)
                parser.skipWhitespace()
                while parser.index == parser.end, parser.readMore() { parser.skipWhitespace() }
                guard parser.index < parser.end else { throw parser.error("the file is empty; expected a JSON value") }
                // An object's members are read again where they fail at a cut; any other value whole.
                let value = parser.bytes[parser.index] == UInt8(ascii: "{") ? try parser.parseValue(item: item)
                    : try parser.retryingAtCut { (p) throws(SyntaxError) in try p.parseValue() }
                while parser.readMore() {}
                parser.skipWhitespace()
                if parser.index < parser.end { throw parser.error("unexpected \(parser.describeHere()) after the end of the JSON value") }
                return value
            }
        }
    }

    /// An error this close to the end of the bytes read so far may be where a piece was cut,
    /// not a fault of the document.
    private static let cutMargin = 64

    /// Appends the document's next piece; false, with `more` gone, at its end.
    @discardableResult
    private mutating func readMore() -> Bool {
        guard let read = more else { return false }
        let grew = read(&bytes)
        end = bytes.count
        if !grew { more = nil }
        return grew
    }

    /// Lets go of the bytes before `index` and reads on until `ahead` bytes are held past it.
    private mutating func keepAhead() {
        guard more != nil, end - index < ahead else { return }
        for b in bytes[lineStart..<index] where b & 0xC0 != 0x80 { columnBase += 1 }
        bytes.removeSubrange(..<index)
        dropped += index
        (index, lineStart) = (0, 0)
        end = bytes.count
        while end < ahead, readMore() {}
    }

    /// `part` from here; when it fails near the end of the bytes read so far while more
    /// follow, it is read again from here with more. `part` hands nothing on before its end.
    private mutating func retryingAtCut<T>(_ part: (inout JSONParser) throws(SyntaxError) -> T) throws(SyntaxError) -> T {
        let mark = (index, line, lineStart, columnBase, depth, keeping)
        while true {
            do {
                return try part(&self)
            } catch {
                guard cut || (more != nil && index + Self.cutMargin >= end && readMore()) else { throw error }
                cut = false
                (index, line, lineStart, columnBase, depth, keeping) = mark
            }
        }
    }

    /// `part`, read again at a cut when `streamed` (`retryingAtCut`).
    private mutating func retrying<T>(_ streamed: Bool, _ part: (inout JSONParser) throws(SyntaxError) -> T) throws(SyntaxError) -> T {
        streamed ? try retryingAtCut(part) : try part(&self)
    }

    /// The top-level key whose array is streamed, if any.
    private var streamedKey: Swift.String? = nil
    /// The fast reading of that array's items.
    private var flat: (keys: JSONKeys, read: (FlatObject, Int) -> Bool)? = nil

    private init(bytes: [UInt8], range: Range<Int>, line: Int, options: Options) {
        self.bytes = bytes
        self.end = range.upperBound
        self.options = options
        self.index = range.lowerBound
        self.lineStart = range.lowerBound
        self.line = line
    }

    private func error(_ message: String) -> SyntaxError {
        SyntaxError(line: line, column: column(at: index), message: message)
    }

    /// 1-based column of byte `i` on the current line, counted in characters (UTF-8 lead
    /// bytes), not bytes, so that it matches what an editor shows.
    private func column(at i: Int) -> Int {
        var column = 1 + columnBase
        for b in bytes[lineStart..<min(i, end)] where b & 0xC0 != 0x80 { column += 1 }
        return column
    }

    private func describeHere() -> String {
        guard index < end else { return "end of file" }
        let b = bytes[index]
        if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
        return String(format: b)
    }

    private func String(format b: UInt8) -> Swift.String {
        "byte 0x" + Swift.String(b, radix: 16, uppercase: true)
    }

    private mutating func skipWhitespace() {
        while index < end {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A: index += 1; line += 1; lineStart = index; columnBase = 0
            default: return
            }
        }
    }

    private mutating func parseValue(item: ((JSONValue, Int) -> Void)? = nil) throws(SyntaxError) -> JSONValue {
        guard index < end else { throw error("the file ends early; expected a value (truncated?)") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(item: item)
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        case UInt8(ascii: "N"), UInt8(ascii: "I"):
            return .number(try nonFinite())
        default: throw error("unexpected \(describeHere()); expected a value")
        }
    }

    /// `NaN`, `Infinity` or `-Infinity` (Python's json module writes them) when the options
    /// allow them; an error otherwise.
    private mutating func nonFinite() throws(SyntaxError) -> Double {
        guard options.nonFiniteNumbers else { throw error("NaN and Infinity are not JSON numbers; expected a finite number") }
        for (word, value): (StaticString, Double) in [("NaN", .nan), ("Infinity", .infinity), ("-Infinity", -.infinity)]
            where matches(word) {
            index += word.utf8CodeUnitCount
            return value
        }
        throw error("unexpected \(describeHere()); expected a value")
    }

    private func matches(_ word: StaticString) -> Bool {
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        return index + expected.count <= end && bytes[index..<index + expected.count].elementsEqual(expected)
    }

    private mutating func literal(_ word: StaticString) throws(SyntaxError) {
        guard matches(word) else { throw error("unexpected \(describeHere()); expected a value") }
        index += word.utf8CodeUnitCount
    }

    private mutating func nest() throws(SyntaxError) {
        depth += 1
        if depth > Self.maxDepth { throw error("nested deeper than \(Self.maxDepth) levels") }
    }

    private mutating func parseObject(item: ((JSONValue, Int) -> Void)? = nil) throws(SyntaxError) -> JSONValue {
        try nest()
        index += 1
        // The document's own members, while it is read a piece at a time, each read again
        // where it fails at a cut (an item of the streamed array is read again by itself).
        let streamed = more != nil && depth == 1
        var members: [JSONValue.Member] = []
        // Keys seen: looked for among the members while there are few, by hash after.
        var seen = Set<Swift.String>()
        let empty = try retrying(streamed) { (p) throws(SyntaxError) -> Bool in
            p.skipWhitespace()
            if p.index == p.end, p.more != nil { throw p.error("the file ends inside an object (truncated?)") }
            return p.index < p.end && p.bytes[p.index] == UInt8(ascii: "}")
        }
        if empty { index += 1; depth -= 1; return .object([]) }
        while true {
            let key = try retrying(streamed) { (p) throws(SyntaxError) in try p.memberKey(after: members, seen: seen) }
            let kept = keeping
            if kept && (bytes[index] == UInt8(ascii: "[") || bytes[index] == UInt8(ascii: "{")) && options.discarding.contains(key) {
                keeping = false
            }
            let value: JSONValue
            if let item, depth == 1, key == streamedKey, bytes[index] == UInt8(ascii: "[") {
                try parseArray(item: item)
                value = .array([])
            } else {
                value = try retrying(streamed) { (p) throws(SyntaxError) in try p.parseValue() }
            }
            keeping = kept
            if kept {
                members.append(JSONValue.Member(key, value))
                if members.count == 16 { seen = Set(members.map(\.key)) } else if members.count > 16 { seen.insert(key) }
            }
            let next = try retrying(streamed) { (p) throws(SyntaxError) in try p.commaOr("}", inside: "an object") }
            if !next { depth -= 1; return .object(members) }
        }
    }

    /// A member's key and its ':', the parser then at the value's first byte; an error when
    /// the key is one of `members` (`seen` holds their keys once there are 16).
    private mutating func memberKey(after members: [JSONValue.Member], seen: Set<Swift.String>) throws(SyntaxError) -> Swift.String {
        skipWhitespace()
        guard index < end else { throw error("the file ends inside an object (truncated?)") }
        guard bytes[index] == UInt8(ascii: "\"") else { throw error("unexpected \(describeHere()); expected a key in double quotes") }
        let keyLine = line, keyStart = index
        let key = try parseString(keep: true)
        let repeated = keeping && (members.count < 16 ? members.contains { $0.key == key } : seen.contains(key))
        guard !repeated else {
            throw SyntaxError(line: keyLine, column: column(at: keyStart), message: "duplicate key \"\(key)\" in one object")
        }
        skipWhitespace()
        guard index < end, bytes[index] == UInt8(ascii: ":") else { throw error("unexpected \(describeHere()); expected ':' after the key") }
        index += 1
        skipWhitespace()
        guard index < end else { throw error("the file ends early; expected a value (truncated?)") }
        return key
    }

    /// An array; with `item`, each element goes to it and none is kept. While the document
    /// is read a piece at a time, that array's items are read from the last pieces only.
    @discardableResult
    private mutating func parseArray(item handler: ((JSONValue, Int) -> Void)? = nil) throws(SyntaxError) -> JSONValue {
        try nest()
        index += 1
        let streamed = handler != nil && more != nil
        var items: [JSONValue] = []
        var count = 0
        if streamed { keepAhead() }
        skipWhitespace()
        if index < end && bytes[index] == UInt8(ascii: "]") { index += 1; depth -= 1; return .array([]) }
        while true {
            if streamed { keepAhead() }
            try retrying(streamed) { (p) throws(SyntaxError) in
                p.skipWhitespace()
                let readInPlace = handler != nil && p.flat.map { p.readFlat($0, count) } == true
                if !readInPlace {
                    let item = try p.parseValue()
                    if let handler { handler(item, count) } else if p.keeping { items.append(item) }
                }
            }
            count += 1
            let next = try retrying(streamed) { (p) throws(SyntaxError) in try p.commaOr("]", inside: "an array") }
            if !next { depth -= 1; return .array(items) }
        }
    }

    /// After a member or an item: true past a ',', false past `close` (which ends what it is
    /// `inside`), an error at anything else.
    private mutating func commaOr(_ close: Unicode.Scalar, inside: StaticString) throws(SyntaxError) -> Bool {
        skipWhitespace()
        guard index < end else { throw error("the file ends inside \(inside) (truncated?)") }
        if bytes[index] == UInt8(ascii: ",") { index += 1; return true }
        if bytes[index] == UInt8(ascii: close) { index += 1; return false }
        throw error("unexpected \(describeHere()); expected ',' or '\(close)'")
    }

    /// Reads the item here as a `FlatObject` and hands it to `flat.read`; false, with the
    /// parser where it was, when it is no such object or `read` declines it.
    private mutating func readFlat(_ flat: (keys: JSONKeys, read: (FlatObject, Int) -> Bool), _ count: Int) -> Bool {
        guard index < end, bytes[index] == UInt8(ascii: "{") else { return false }
        let (end, base, start) = (end, dropped, (index: index, line: line, lineStart: lineStart))
        let read = bytes.withUnsafeBufferPointer { buffer -> (index: Int, line: Int, lineStart: Int)? in
            var object = FlatObject(bytes: UnsafeBufferPointer(rebasing: buffer[..<end]), base: base, keys: flat.keys,
                                    index: start.index, line: start.line, lineStart: start.lineStart)
            guard object.scan(), flat.read(object, count) else { return nil }
            return (object.index, object.line, object.lineStart)
        }
        guard let read else { return false }
        if read.line != line { columnBase = 0 }
        (index, line, lineStart) = read
        return true
    }

    private mutating func parseNumber() throws(SyntaxError) -> Double {
        let start = index
        func digits() -> Int {
            let from = index
            while index < end, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
            return index - from
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        if index < end, bytes[index] == UInt8(ascii: "I") {
            index = start
            return try nonFinite()
        }
        let leadingZero = index < end && bytes[index] == UInt8(ascii: "0")
        let integerDigits = digits()
        guard integerDigits > 0 else { throw error("malformed number; expected digits") }
        if leadingZero && integerDigits > 1 {
            index = start
            throw error("malformed number: a leading zero; expected digits without one")
        }
        if index < end, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw error("malformed number; expected digits after '.'") }
        }
        if index < end, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw error("malformed number; expected exponent digits") }
        }
        // Digits up to the end of the bytes read so far may go on in the next piece: the part
        // being read is read again from its start with it, as if it had been there.
        if index == end, readMore() {
            cut = true
            throw error("a number at the end of a piece")
        }
        guard keeping else { return 0 }
        let to = index
        guard let value = bytes.withUnsafeBufferPointer({ DecimalBytes.number($0, start, to) }), value.isFinite else {
            index = start
            throw error("number \(Swift.String(decoding: bytes[start..<to], as: UTF8.self)) is out of range")
        }
        return value
    }

    /// A string; inside a discarded value (unless `keep`, for keys) it is checked for
    /// syntax and "" returned.
    private mutating func parseString(keep: Bool = false) throws(SyntaxError) -> Swift.String {
        let keep = keep || keeping
        index += 1
        let start = index
        // Fast path: no escapes.
        while index < end {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") {
                let s = keep ? try decode(bytes[start..<index], from: start) : ""
                index += 1
                return s
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 { throw error("control character (\(String(format: b))) inside a string; expected it escaped") }
            index += 1
        }
        var scalars = keep ? Array(bytes[start..<index]) : []
        while index < end {
            let b = bytes[index]
            switch b {
            case UInt8(ascii: "\""):
                index += 1
                return keep ? try decode(scalars[...], from: start) : ""
            case UInt8(ascii: "\\"):
                index += 1
                guard index < end else { break }
                let e = bytes[index]
                index += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(e)
                case UInt8(ascii: "b"): scalars.append(0x08)
                case UInt8(ascii: "f"): scalars.append(0x0C)
                case UInt8(ascii: "n"): scalars.append(0x0A)
                case UInt8(ascii: "r"): scalars.append(0x0D)
                case UInt8(ascii: "t"): scalars.append(0x09)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code) {
                        guard index + 1 < end, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw error("unpaired surrogate in \\u escape")
                        }
                        index += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired surrogate in \\u escape") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw error("invalid \\u escape") }
                    scalars.append(contentsOf: Array(Swift.String(Character(scalar)).utf8))
                default:
                    index -= 1
                    throw error("invalid escape '\\\(Character(Unicode.Scalar(e)))' in a string")
                }
            default:
                if b < 0x20 { throw error("control character (\(String(format: b))) inside a string; expected it escaped") }
                if keep { scalars.append(b) }
                index += 1
            }
        }
        throw error("the file ends inside a string (truncated?)")
    }

    private mutating func hex4() throws(SyntaxError) -> UInt32 {
        guard index + 4 <= end, bytes[index..<index + 4].allSatisfy({ Character(Unicode.Scalar($0)).isHexDigit }),
              let code = UInt32(Swift.String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16) else {
            throw error("invalid \\u escape; expected four hex digits")
        }
        index += 4
        return code
    }

    /// The string's bytes as text; invalid UTF-8 is reported at the first bad byte of the
    /// raw string, which begins at `start` (escapes are ASCII, so they never hide or cause it).
    private mutating func decode(_ slice: ArraySlice<UInt8>, from start: Int) throws(SyntaxError) -> Swift.String {
        // ASCII (names, keys: nearly every string) is valid as it is.
        if let s = slice.withUnsafeBufferPointer({ DecimalBytes.isASCII($0) ? Swift.String(decoding: $0, as: UTF8.self) : nil }) {
            return s
        }
        if let s = Swift.String(validating: slice, as: UTF8.self) { return s }
        var i = start
        while i < index {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0
            guard length > 0, i + length <= index, Swift.String(validating: bytes[i..<i + length], as: UTF8.self) != nil else { break }
            i += length
        }
        index = i
        throw error("invalid UTF-8 in a string")
    }
}
