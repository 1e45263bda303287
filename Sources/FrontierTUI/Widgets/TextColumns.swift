import FrontierCore

/// Cells right-aligned in fixed widths, separated by a space: a table row as one string.
func rightAligned(_ cells: [String], widths: [Int]) -> String {
    zip(cells, widths).map { cell, width in String(repeating: " ", count: max(0, width - cell.columns)) + cell }
        .joined(separator: " ")
}
