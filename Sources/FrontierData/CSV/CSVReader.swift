/// Splits RFC 4180 CSV text into records, remembering the line each record starts on.
/// Quoted fields may hold commas, line breaks and doubled quotes; CRLF and LF both end a
/// record; blank lines are skipped.
public enum CSVReader {
    public struct Record: Equatable, Sendable {
        public var line: Int
        public var fields: [String]
    }

    public struct SyntaxError: Error, Equatable, Sendable {
        public var line: Int
        public var message: String
    }

    public static func records(_ text: String) throws(SyntaxError) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteLine = 1
        var afterQuote = false   // just closed a quoted field: only , or a line end may follow
        var chars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []
            field = ""
        }

        while let c = pending ?? chars.next() {
            pending = nil
            if inQuotes {
                if c == "\"" {
                    let next = chars.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else {
                        inQuotes = false
                        afterQuote = true
                        pending = next
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case ",":
                fields.append(field)
                field = ""
                afterQuote = false
            case "\r":
                let next = chars.next()
                if next != "\n" { pending = next }
                endRecord()
                line += 1
                recordLine = line
                afterQuote = false
            case "\n":
                endRecord()
                line += 1
                recordLine = line
                afterQuote = false
            case "\"" where field.isEmpty && !afterQuote:
                inQuotes = true
                quoteLine = line
            default:
                if afterQuote {
                    throw SyntaxError(line: line, message: "unexpected text after a closing quote; expected ',' or a line end")
                }
                if c == "\0" { throw SyntaxError(line: line, message: "NUL byte: this looks like a binary file, not CSV") }
                field.unicodeScalars.append(c)
            }
        }
        if inQuotes {
            throw SyntaxError(line: quoteLine, message: "quoted field never closed (truncated file?)")
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
