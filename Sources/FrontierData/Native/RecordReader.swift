import FrontierCore

/// Reads typed fields from one record (a JSON object or a CSV row) and logs what is wrong
/// with them, so both formats validate with the same rules and the same words.
struct RecordReader {
    enum Raw {
        case missing
        case number(Double)
        case text(String)
        case bool(Bool)
        /// A JSON value of the wrong kind ("an array", …).
        case other(String)
    }

    enum Rule {
        case positive, nonNegative, wholeNonNegative, wholeAtLeastOne, fraction

        var expectation: String {
            switch self {
            case .positive: "a number > 0"
            case .nonNegative: "a number ≥ 0"
            case .wholeNonNegative: "a whole number ≥ 0"
            case .wholeAtLeastOne: "a whole number ≥ 1"
            case .fraction: "a number in (0, 1]"
            }
        }

        /// Counts above this are refused: they are no real count, and converting them to
        /// `Int` would trap.
        static let largestWhole = 1e15

        var isWhole: Bool { self == .wholeNonNegative || self == .wholeAtLeastOne }

        func accepts(_ v: Double) -> Bool {
            switch self {
            case .positive: v > 0
            case .nonNegative: v >= 0
            case .wholeNonNegative: v >= 0 && v == v.rounded() && v <= Self.largestWhole
            case .wholeAtLeastOne: v >= 1 && v == v.rounded() && v <= Self.largestWhole
            case .fraction: v > 0 && v <= 1
            }
        }
    }

    /// "line 12" or "$.runs[3]".
    let location: String
    /// CSV cells are text that may hold a number; JSON strings are never numbers.
    let numbersFromText: Bool
    let raw: (String) -> Raw

    /// A CSV row read by column name (`keys`, default the header's columns); nil, with an
    /// error, when it has another number of fields than the header. Empty cells are
    /// missing; `cell` may rewrite a cell's text before it is read.
    static func csvRow(_ row: CSVReader.Record, columns: [String], keys: [String]? = nil, field: String? = nil,
                       cell: @escaping (String) -> String = { $0 }, log: inout ProblemLog) -> RecordReader? {
        let location = "line \(row.line)"
        guard row.fields.count == columns.count else {
            log.error(location, field, "has \(row.fields.count) fields; expected \(columns.count) as in the header")
            return nil
        }
        let cells = Dictionary(zip(keys ?? columns, row.fields), uniquingKeysWith: { first, _ in first })
        return RecordReader(location: location, numbersFromText: true) { key in
            guard let text = cells[key], !text.trimmingSpaces.isEmpty else { return .missing }
            return .text(cell(text))
        }
    }

    func has(_ key: String) -> Bool {
        if case .missing = raw(key) { return false }
        return true
    }

    func number(_ key: String, _ rule: Rule, required: Bool = false, log: inout ProblemLog) -> Double? {
        let value: Double
        switch raw(key) {
        case .missing:
            if required { log.error(location, key, "missing; expected \(rule.expectation)") }
            return nil
        case .number(let n):
            value = n
        case .text(let t):
            guard numbersFromText else {
                log.error(location, key, "expected \(rule.expectation), found the string \(quoted(t))")
                return nil
            }
            let trimmed = t.trimmingSpaces
            // Decimal notation only: Double(_:) also reads "nan", "inf" and hex ("0x1p3").
            guard trimmed.allSatisfy({ "0123456789+-.eE".contains($0) }), let n = Double(trimmed) else {
                log.error(location, key, "expected \(rule.expectation), found \(quoted(t))")
                return nil
            }
            value = n
        case .bool(let b):
            log.error(location, key, "expected \(rule.expectation), found \(b)")
            return nil
        case .other(let kind):
            log.error(location, key, "expected \(rule.expectation), found \(kind)")
            return nil
        }
        guard value.isFinite else {
            log.error(location, key, "expected \(rule.expectation), found \(value.isNaN ? "NaN" : "an infinity")")
            return nil
        }
        guard rule.accepts(value) else {
            let tooLarge = rule.isWhole && value > Rule.largestWhole ? " (too large)" : ""
            log.error(location, key, "expected \(rule.expectation), found \(JSONWriter.number(value))\(tooLarge)")
            return nil
        }
        return value
    }

    func text(_ key: String, required: Bool = false, log: inout ProblemLog) -> String? {
        switch raw(key) {
        case .missing:
            if required { log.error(location, key, "missing; expected a name") }
            return nil
        case .text(let t):
            let trimmed = t.trimmingSpaces
            if trimmed.isEmpty {
                if required { log.error(location, key, "empty; expected a name") }
                return nil
            }
            return trimmed
        case .number(let n) where numbersFromText:
            return JSONWriter.number(n)
        case .number(let n):
            log.error(location, key, "expected a string, found the number \(JSONWriter.number(n))")
            return nil
        case .bool(let b):
            log.error(location, key, "expected a string, found \(b)")
            return nil
        case .other(let kind):
            log.error(location, key, "expected a string, found \(kind)")
            return nil
        }
    }

    func bool(_ key: String, log: inout ProblemLog) -> Bool? {
        switch raw(key) {
        case .missing: return nil
        case .bool(let b): return b
        case .text(let t) where numbersFromText:
            switch t.trimmingSpaces.lowercased() {
            case "true", "yes", "1": return true
            case "false", "no", "0", "": return false
            default: break
            }
        default: break
        }
        log.error(location, key, "expected true or false")
        return nil
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s.removeFirst() }
        while s.last?.isWhitespace == true { s.removeLast() }
        return String(s)
    }
}
