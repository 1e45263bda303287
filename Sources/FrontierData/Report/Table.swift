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

    func text(indent: Int = 0) -> String {
        let widths = headers.indices.map { c in ([headers[c]] + rows.map { $0[c] }).map(\.count).max() ?? 0 }
        func line(_ cells: [String]) -> String {
            let padded = cells.indices.map { c in
                let pad = String(repeating: " ", count: widths[c] - cells[c].count)
                return alignments[c] == .left ? cells[c] + pad : pad + cells[c]
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
    var trailingSpacesTrimmed: String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }

    var replacingPipes: String { split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
}
