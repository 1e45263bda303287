/// A JSON object of known keys whose members are all scalars, read in place from its bytes:
/// the fast path of `JSONParser`'s streamed items, which builds no value.
///
/// `scan` accepts only text the parser reads to the same members: strings without escapes
/// or non-ASCII bytes, numbers, `true`, `false`, `null`. At anything else (a nested value, an
/// escape, an unknown or repeated key, a syntax error) it gives up, and the parser reads the
/// item itself, saying what is wrong.
struct FlatObject {
    enum Value: Equatable {
        /// The bytes `start..<end`, inside the quotes.
        case string(start: Int, end: Int)
        case number(Double)
        case bool(Bool)
        case null
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let keys: JSONKeys
    /// Where the object starts: its `{`.
    let start: Int
    /// Where the scan is (at the object's `{`, after `scan` past its `}`), and its line.
    var index: Int
    var line: Int
    var lineStart: Int
    /// Bytes of the document before `bytes`, let go of while it is read a piece at a time:
    /// `base + start` is where the object starts in the file.
    let base: Int
    /// Bit `id` set: the object has key `id` of `keys`.
    private(set) var present: UInt64 = 0

    init(bytes: UnsafeBufferPointer<UInt8>, base: Int = 0, keys: JSONKeys, index: Int, line: Int, lineStart: Int) {
        self.bytes = bytes
        self.base = base
        self.keys = keys
        start = index
        self.index = index
        self.line = line
        self.lineStart = lineStart
    }

    /// The value of key `id`, nil when the object has none.
    subscript(id: Int) -> Value? { present & (1 << UInt64(id)) == 0 ? nil : keys.values[id] }

    /// The text of a string value.
    func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    private static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")

    /// Reads the object at `index`; false when it is not one `scan` reads.
    mutating func scan() -> Bool {
        present = 0
        index += 1
        skipWhitespace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
            index += 1
            return true
        }
        var position = 0
        while true {
            skipWhitespace()
            guard let (start, end) = plainString(),
                  let id = keys.id(bytes, start, end, position: position), present & (1 << UInt64(id)) == 0 else { return false }
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return false }
            index += 1
            skipWhitespace()
            guard let value = scalar() else { return false }
            keys.values[id] = value
            present |= 1 << UInt64(id)
            position += 1
            skipWhitespace()
            guard index < bytes.count else { return false }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "}") else { return false }
            index += 1
            return true
        }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    /// The string at `index` when it is plain ASCII without escapes, and `index` past it.
    private mutating func plainString() -> (Int, Int)? {
        guard index < bytes.count, bytes[index] == Self.quote else { return nil }
        let start = index + 1
        var i = start
        while i < bytes.count {
            let b = bytes[i]
            if b == Self.quote {
                index = i + 1
                return (start, i)
            }
            if b == Self.backslash || b < 0x20 || b >= 0x80 { return nil }
            i += 1
        }
        return nil
    }

    private mutating func scalar() -> Value? {
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case Self.quote: return plainString().map { .string(start: $0.0, end: $0.1) }
        case UInt8(ascii: "t"): return literal("true") ? .bool(true) : nil
        case UInt8(ascii: "f"): return literal("false") ? .bool(false) : nil
        case UInt8(ascii: "n"): return literal("null") ? .null : nil
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number().map(Value.number)
        default: return nil
        }
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard index + n <= bytes.count else { return false }
        for k in 0..<n where bytes[index + k] != word.utf8Start[k] { return false }
        index += n
        return true
    }

    /// A number in the JSON grammar the parser reads, finite.
    private mutating func number() -> Double? {
        let start = index
        func digits() -> Int {
            let from = index
            while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
            return index - from
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let leadingZero = index < bytes.count && bytes[index] == UInt8(ascii: "0")
        let integerDigits = digits()
        guard integerDigits > 0, !(leadingZero && integerDigits > 1) else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return nil }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { return nil }
        }
        guard let value = DecimalBytes.number(bytes, start, index), value.isFinite else { return nil }
        return value
    }
}

/// The keys a `FlatObject` may have, each with an id (its position here), found from the
/// key's bytes; and the values of the object being read, kept here to be reused.
final class JSONKeys {
    private let names: [[UInt8]]
    /// By length: the ids of the keys of that many bytes.
    private let byLength: [[Int]]
    /// By member position: the key found there in the last object. Items of one array
    /// mostly list their keys in one order, so that key is tried first.
    private var lastOrder: [Int] = []
    fileprivate var values: [FlatObject.Value]

    init(_ keys: [String]) {
        precondition(keys.count <= 64, "a flat object's keys are a 64-bit set")
        names = keys.map { Array($0.utf8) }
        var byLength = [[Int]](repeating: [], count: (names.map(\.count).max() ?? 0) + 1)
        for (id, name) in names.enumerated() { byLength[name.count].append(id) }
        self.byLength = byLength
        values = Array(repeating: .null, count: keys.count)
    }

    /// The id of the key in `start..<end`, the member at `position`; nil for any other key.
    fileprivate func id(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, position: Int) -> Int? {
        if position < lastOrder.count, matches(lastOrder[position], bytes, start, end) { return lastOrder[position] }
        let length = end - start
        guard length < byLength.count, let id = byLength[length].first(where: { matches($0, bytes, start, end) }) else { return nil }
        if position < lastOrder.count { lastOrder[position] = id } else if position == lastOrder.count { lastOrder.append(id) }
        return id
    }

    private func matches(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let name = names[id]
        guard name.count == end - start else { return false }
        for k in 0..<name.count where name[k] != bytes[start + k] { return false }
        return true
    }
}
