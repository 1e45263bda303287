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
        return OverlayFrame(box: box, ascii: ascii).draw(text, scroll: scroll, in: inner, into: &canvas)
    }
}
