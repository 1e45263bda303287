/// `!`: what the last load left out and warned about, a problem a paragraph (the file,
/// where, the field, what was expected), wrapped; scrolls when it does not fit.
struct ProblemsOverlay {
    /// One line a problem, errors first, already collapsed over files (`DataProblem.collapsed`).
    let lines: [String]
    let ascii: Bool
    let scroll: Int

    /// Draws the problems; returns how far they can scroll.
    @discardableResult
    func render(into canvas: inout Canvas, area: Rect) -> Int {
        let box = Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: area.height - 2)
        canvas.fill(box)
        let inner = canvas.box(box, title: "Loading problems · ! or Esc to close", style: Style(.focus), ascii: ascii)
        guard inner.width > 10, inner.height > 0 else { return 0 }
        var text: [(String, Style)] = []
        if lines.isEmpty { text.append(("Every file loaded, without a warning.", Style(.muted))) }
        for line in lines {
            let style = Style(line.contains(": warning: ") || line.hasPrefix("warning: ") ? .warning : .error)
            for (i, part) in wrapped(line, width: inner.width - 4).enumerated() {
                text.append(((i == 0 ? "" : "  ") + part, style))
            }
        }
        let first = min(scroll, max(0, text.count - inner.height))
        for (row, line) in text.dropFirst(first).prefix(inner.height).enumerated() {
            canvas.write(line.0, in: Rect(x: inner.x + 1, y: inner.y + row, width: inner.width - 2, height: 1), style: line.1)
        }
        if first + inner.height < text.count {
            canvas.write(" ↓ more: ↑ ↓ PgDn ", x: box.maxX - 20, y: box.maxY - 1, style: Style(.focus, bold: true))
        } else if first > 0 {
            canvas.write(" ↑ PgUp ", x: box.maxX - 10, y: box.maxY - 1, style: Style(.focus, bold: true))
        }
        return max(0, text.count - inner.height)
    }
}
