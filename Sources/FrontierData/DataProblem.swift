import FrontierCore

/// One thing wrong (or worth a warning) in an input file, said precisely: the file, where
/// in it (a line for CSV, a JSON path for JSON), the field, and what was expected.
public struct DataProblem: Equatable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    public var file: String
    /// "line 12" for CSV and syntax errors, "$.runs[3]" for JSON.
    public var location: String?
    public var field: String?
    public var message: String

    public init(_ severity: Severity, file: String, location: String? = nil, field: String? = nil, message: String) {
        self.severity = severity
        self.file = file
        self.location = location
        self.field = field
        self.message = message
    }

    /// `file: line 12: duration_s: expected a number > 0, found "abc"` — sanitised, since
    /// the file's own text may hold escape sequences.
    public var description: String { Sanitize.line(file + ": " + detail) }

    /// All but the file: `line 12: duration_s: expected …` (not sanitised).
    public var detail: String {
        var parts: [String] = []
        if let location { parts.append(location) }
        if let field { parts.append(field) }
        parts.append((severity == .warning ? "warning: " : "") + message)
        return parts.joined(separator: ": ")
    }
}

extension DataProblem {
    /// The shortest a quoted value is cut to, so that both its ends still say what it is.
    static let shortestQuoted = 12

    /// The description fitted to a terminal `width` columns wide: the values quoted from the
    /// file (names, mostly) cut in the middle, longest first, until the line fits or each is
    /// down to `shortestQuoted`. With no width (not a terminal) every value stays whole.
    public func description(fitting width: Int?) -> String {
        var line = Array(description)
        guard let width else { return String(line) }
        while line.count > width {
            var spans: [Range<Int>] = [], open: Int?
            for (i, c) in line.enumerated() where c == "\"" {
                if let start = open { spans.append(start + 1..<i); open = nil } else { open = i }
            }
            guard let longest = spans.max(by: { $0.count < $1.count }), longest.count > Self.shortestQuoted else { break }
            let keep = max(Self.shortestQuoted, longest.count - (line.count - width))
            line.replaceSubrange(longest, with: Format.cutInTheMiddle(String(line[longest]), to: keep))
        }
        return String(line)
    }
}

/// A file that could not be loaded: every problem found in it, errors and warnings.
public struct DataError: Error, Sendable, CustomStringConvertible {
    public var problems: [DataProblem]

    public init(_ problems: [DataProblem]) { self.problems = problems }

    public var errors: [DataProblem] { problems.filter { $0.severity == .error } }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// Collects problems while reading one file.
struct ProblemLog {
    let file: String
    private(set) var problems: [DataProblem] = []

    init(file: String) { self.file = file }

    /// `file` names another file than the log's, for problems of runs gathered from several.
    mutating func error(_ location: String?, _ field: String?, _ message: String, file: String? = nil) {
        problems.append(DataProblem(.error, file: file ?? self.file, location: location, field: field, message: message))
    }

    mutating func warning(_ location: String?, _ field: String?, _ message: String, file: String? = nil) {
        problems.append(DataProblem(.warning, file: file ?? self.file, location: location, field: field, message: message))
    }

    mutating func append(_ more: [DataProblem]) { problems += more }

    var hasErrors: Bool { problems.contains { $0.severity == .error } }
    var errorCount: Int { problems.count { $0.severity == .error } }
    var warnings: [DataProblem] { problems.filter { $0.severity == .warning } }
}

/// Shows a value found in a file inside a message: quoted and sanitised, whole up to
/// `longestQuoted` (longer than any name; a hostile field does not flood the log); where the
/// line goes to a terminal, `DataProblem.description(fitting:)` cuts it to the width.
func quoted(_ text: String) -> String {
    "\"" + Format.cutInTheMiddle(Sanitize.line(text), to: longestQuoted) + "\""
}

let longestQuoted = 200
