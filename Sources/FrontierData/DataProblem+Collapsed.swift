import FrontierCore

extension DataProblem {
    /// Problems as lines, the same one over many files said once: "FIELD: warning:
    /// MESSAGE (in 12 files: a.json, b.json, c.json, …)". A problem of one file reads as
    /// its `description`. Lines keep the order each problem was first met.
    ///
    /// ```swift
    /// DataProblem.collapsed(warnings)   // 40 files "state no TTFT p99" → one line
    /// ```
    /// A single-file line's quoted names are cut to `width` as `description(fitting:)` cuts them.
    public static func collapsed(_ problems: [DataProblem], naming first: Int = 3, fitting width: Int? = nil) -> [String] {
        struct Key: Hashable {
            let severity: Severity, location: String?, field: String?, message: String
        }
        var order: [Key] = [], files: [Key: [String]] = [:]
        for problem in problems {
            let key = Key(severity: problem.severity, location: problem.location, field: problem.field, message: problem.message)
            if files[key] == nil { order.append(key) }
            if files[key, default: []].last != problem.file { files[key, default: []].append(problem.file) }
        }
        return order.map { key in
            let named = files[key]!
            let one = DataProblem(key.severity, file: named[0], location: key.location, field: key.field, message: key.message)
            guard named.count > 1 else { return one.description(fitting: width) }
            let shown = named.prefix(first).joined(separator: ", ") + (named.count > first ? ", …" : "")
            return Sanitize.line(one.detail + " (in \(named.count) files: \(shown))")
        }
    }
}
