import FrontierCore

/// A table of text cells written aligned for a terminal or as a Markdown pipe table.
/// Cells are sanitised here, the one place report text is laid out.
struct Table {
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    init(_ columns: [(String, Alignment)]) {
        headers = columns.map(\.0)
        alignments = columns.map(\.1)
    }

    mutating func add(_ cells: [String]) { rows.append(cells.map(Sanitize.line)) }

    /// Aligned columns two spaces apart. When the table is wider than `limit`, the first
    /// left-aligned column (the names) gives up the difference, down to 12 columns, its
    /// cells cut with an ellipsis.
    func text(indent: Int = 0, limit: Int = 80) -> String {
        var widths = headers.indices.map { c in ([headers[c]] + rows.map { $0[c] }).map(\.columns).max() ?? 0 }
        let total = indent + widths.reduce(0, +) + 2 * max(0, widths.count - 1)
        if total > limit, let names = alignments.firstIndex(of: .left), widths[names] > 12 {
            widths[names] = max(12, widths[names] - (total - limit))
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.indices.map { c in
                let cell = alignments[c] == .left ? Format.cutName(cells[c], to: widths[c]) : Format.cutInTheMiddle(cells[c], to: widths[c])
                let pad = String(repeating: " ", count: max(0, widths[c] - cell.columns))
                return alignments[c] == .left ? cell + pad : pad + cell
            }
            return String(repeating: " ", count: indent) + padded.joined(separator: "  ").trailingSpacesTrimmed
        }
        return ([line(headers)] + rows.map(line)).joined(separator: "\n")
    }

    func markdown() -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingPipes }.joined(separator: " | ") + " |"
        }
        let rule = "|" + alignments.map { $0 == .left ? " --- |" : " ---: |" }.joined()
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n")
    }
}

extension String {
    /// The line without spaces at its end: report lines and `frontier snapshot` rows.
    public var trailingSpacesTrimmed: String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }

    var replacingPipes: String { split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
}
