import FrontierCore

/// Everything wrong with one theme file, found in one pass: each problem names the file,
/// the line, the role and what was expected.
///
/// ```
/// themes/x.theme: line 7: role "focsu": unknown role (did you mean "focus"?); expected one of text, muted, …
/// themes/x.theme: line 9: role "budget": malformed colour "#ff00"; expected #rrggbb (six hex digits) or default
/// ```
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// In line order; never empty.
    public var problems: [Problem]

    public init(file: String, problems: [Problem]) {
        self.file = file
        self.problems = problems
    }

    /// One message per problem, in line order.
    public var messages: [String] { problems.map(\.description) }

    public var description: String { messages.joined(separator: "\n") }

    /// One thing wrong with a theme file.
    public struct Problem: Equatable, Sendable, CustomStringConvertible {
        public enum Kind: Equatable, Sendable {
            /// A line that is neither blank, a comment nor `role = value`.
            case missingEquals
            /// Nothing before the `=`.
            case missingRole
            /// A role name that is not a `Role` raw value.
            case unknownRole
            /// A role set a second time.
            case duplicateRole
            /// A value that is not `#rrggbb`, `default`, or two of those joined by `on`.
            case badColor
            /// The file could not be read (line 0).
            case unreadable
        }

        public var file: String
        /// 1-based; 0 when the problem is with the file as a whole.
        public var line: Int
        /// The role as written (sanitised), when the line names one.
        public var role: String?
        public var kind: Kind
        /// What is wrong, e.g. `malformed colour "#ff00"`.
        public var problem: String
        /// What would have been right, e.g. `#rrggbb (six hex digits) or default`.
        public var expected: String

        public init(file: String, line: Int, role: String?, kind: Kind, problem: String, expected: String) {
            self.file = file
            self.line = line
            self.role = role
            self.kind = kind
            self.problem = problem
            self.expected = expected
        }

        /// `file: line N: role "r": problem; expected …`, leaving out the parts that do not apply.
        public var description: String {
            var parts = [file]
            if line > 0 { parts.append("line \(line)") }
            if let role { parts.append("role \"\(role)\"") }
            var text = parts.joined(separator: ": ") + ": " + problem
            if !expected.isEmpty { text += "; expected " + expected }
            return text
        }
    }

    /// Text from the file made safe to echo: control characters and escape sequences
    /// removed, cut to `limit` columns.
    static func clean(_ text: some StringProtocol, limit: Int = 40) -> String {
        Format.fit(Sanitize.line(String(text)), to: limit)
    }
}
