/// Reads theme files: one `role = colour` line per role (see `Theme.formatRules`).
///
/// A role the file leaves out takes the default theme's colours; that is not an error.
/// Every other problem (a line without `=`, an unknown or repeated role, a malformed
/// colour) is collected in one pass, so a file is fixed in one go.
///
/// ```swift
/// let text = """
///     # the budget line
///     budget = #ff8800
///     # the selected row
///     selected = default on #303030
///     """
/// let theme = try ThemeParser.parse(text, name: "mine", file: "mine.theme").get()
/// theme[.budget]     // Colors(fg: #ff8800, bg: nil)
/// theme[.selected]   // Colors(fg: nil, bg: #303030)
/// theme[.text]       // Theme.default[.text]
/// ```
public enum ThemeParser {
    /// The forms a value may take, for error messages.
    public static let valueForms = "#rrggbb, #rrggbb on #rrggbb, default or default on #rrggbb"
    static let colourForms = "#rrggbb (six hex digits) or default"
    static let roleList = "one of " + Role.allCases.map(\.rawValue).joined(separator: ", ")

    /// Parses a theme file's text. `name` becomes the theme's name; `file` is how errors
    /// refer to the file (usually its path).
    public static func parse(_ text: String, name: String, file: String) -> Result<Theme, ThemeError> {
        var colors = Theme.defaultColors
        var firstLine: [Role: Int] = [:]
        var problems: [ThemeError.Problem] = []
        func report(_ line: Int, _ role: String?, _ kind: ThemeError.Problem.Kind, _ problem: String, _ expected: String) {
            problems.append(.init(file: file, line: line, role: role, kind: kind, problem: problem, expected: expected))
        }

        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }   // a byte-order mark
        // `isNewline` splits at \n, \r\n (one Character) and a lone \r alike.
        let lines = body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            let line = trimmed(raw)
            if line.isEmpty || line.first == "#" { continue }
            guard let equals = line.firstIndex(of: "=") else {
                report(number, nil, .missingEquals, "no \"=\" in \"\(ThemeError.clean(line))\"",
                       "role = colour, e.g. \"text = #d8dee9\"")
                continue
            }
            let roleName = trimmed(line[..<equals])
            let value = trimmed(line[line.index(after: equals)...])
            let shown = roleName.isEmpty ? nil : ThemeError.clean(roleName)

            var role: Role?
            if roleName.isEmpty {
                report(number, nil, .missingRole, "no role before \"=\"", roleList)
            } else if let known = Role(rawValue: String(roleName)) {
                if let first = firstLine[known] {
                    report(number, shown, .duplicateRole, "already set on line \(first)", "each role once")
                } else {
                    firstLine[known] = number
                    role = known
                }
            } else {
                let hint = suggestion(for: roleName).map { " (did you mean \"\($0.rawValue)\"?)" } ?? ""
                report(number, shown, .unknownRole, "unknown role" + hint, roleList)
            }

            switch parseValue(value) {
            case .success(let parsed):
                if let role { colors[role] = parsed }
            case .failure(let failure):
                for (problem, expected) in failure.problems {
                    report(number, shown, .badColor, problem, expected)
                }
            }
        }
        guard problems.isEmpty else { return .failure(ThemeError(file: file, problems: problems)) }
        return .success(Theme(name: name, colors: colors))
    }

    struct ValueFailure: Error {
        var problems: [(problem: String, expected: String)]
    }

    /// `#rrggbb`, `default`, or two of those joined by `on` (foreground on background).
    static func parseValue(_ value: Substring) -> Result<Colors, ValueFailure> {
        let tokens = value.split(whereSeparator: \.isWhitespace)
        switch tokens.count {
        case 0:
            return .failure(ValueFailure(problems: [("no colour", valueForms)]))
        case 1:
            return colour(tokens[0]).map { Colors(fg: $0) }
        case 3 where tokens[1].lowercased() == "on":
            switch (colour(tokens[0]), colour(tokens[2])) {
            case let (.success(fg), .success(bg)):
                return .success(Colors(fg: fg, bg: bg))
            case let (fg, bg):
                var problems: [(problem: String, expected: String)] = []
                if case .failure(let failure) = fg { problems += failure.problems }
                if case .failure(let failure) = bg { problems += failure.problems }
                return .failure(ValueFailure(problems: problems))
            }
        default:
            return .failure(ValueFailure(problems: [("malformed value \"\(ThemeError.clean(value))\"", valueForms)]))
        }
    }

    /// One colour: `#rrggbb`, or `default` (nil: the terminal's own).
    static func colour(_ token: Substring) -> Result<RGB?, ValueFailure> {
        if token.lowercased() == "default" { return .success(nil) }
        if let rgb = RGB(hex: String(token)) { return .success(rgb) }
        return .failure(ValueFailure(problems: [("malformed colour \"\(ThemeError.clean(token))\"", colourForms)]))
    }

    /// The role a misspelt name most likely meant: a different case, or at most two edits away.
    static func suggestion(for name: Substring) -> Role? {
        guard name.count <= 40 else { return nil }
        let wanted = Array(name.lowercased())
        var best: (role: Role, distance: Int)?
        for (role, spelling) in lowercasedRoles {
            // Names that differ in length by more than two are more than two edits apart:
            // skipping them keeps a file of many unknown names linear in its size.
            guard abs(spelling.count - wanted.count) <= 2 else { continue }
            let distance = editDistance(wanted, spelling)
            if distance <= 2, distance < (best?.distance ?? .max) { best = (role, distance) }
        }
        return best?.role
    }

    static let lowercasedRoles = Role.allCases.map { ($0, Array($0.rawValue.lowercased())) }

    /// Levenshtein distance, counting an adjacent swap ("focsu" for "focus") as one edit.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], before[j - 2] + 1)
                }
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }

    static func trimmed(_ text: Substring) -> Substring {
        guard let start = text.firstIndex(where: { !$0.isWhitespace }),
              let end = text.lastIndex(where: { !$0.isWhitespace }) else { return text[text.endIndex...] }
        return text[start...end]
    }
}
