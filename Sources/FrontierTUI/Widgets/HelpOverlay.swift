import FrontierCore

/// `?`: every key and every definition, over the dashboard; scrolls when it does not fit.
struct HelpOverlay: OverlayWidget {
    let ascii: Bool
    let scroll: Int
    /// The Plan view's keys and definitions instead of the main screen's.
    var plan = false
    /// The data has several workload shapes: `w` is among the keys.
    var shapes = false

    /// One line of help: a term or key in the left column, text in the right.
    private struct Line {
        var term = ""
        var text = ""
        var style = Style.plain
    }

    private func box(in area: Rect) -> OverlayFrame {
        OverlayFrame(box: Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 2), ascii: ascii)
    }

    /// The term column's width inside `inner`.
    private func termWidth(_ inner: Rect) -> Int { min(27, inner.width / 3) }

    private func lines(_ inner: Rect) -> [Line] {
        content(textWidth: inner.width - termWidth(inner) - 3, termWidth: termWidth(inner))
    }

    func render(into frame: inout Frame, area: Rect) {
        let box = box(in: area)
        frame.canvas.fill(box.box)
        let inner = frame.canvas.box(box.box, title: "Help · ? or Esc to close", style: Style(.focus), ascii: ascii)
        guard inner.width > 30, inner.height > 0 else { return }
        let termWidth = termWidth(inner), lines = lines(inner)
        let first = min(scroll, max(0, lines.count - inner.height))
        for (row, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            let y = inner.y + row
            frame.canvas.write(line.term, in: Rect(x: inner.x + 1, y: y, width: termWidth, height: 1), style: Style(.accent, bold: true))
            let textX = line.term.isEmpty && line.style.role == .muted ? inner.x + 1 : inner.x + 2 + termWidth
            frame.canvas.write(line.text, in: Rect(x: textX, y: y, width: inner.maxX - textX - 1, height: 1), style: line.style)
        }
        box.hint(first: first, rows: inner.height, of: lines.count, into: &frame.canvas)
    }

    func scrollLimit(in area: Rect) -> Int {
        let box = box(in: area)
        guard box.inner.width > 30, box.inner.height > 0 else { return 0 }
        return max(0, lines(box.inner).count - box.inner.height)
    }

    private func content(textWidth: Int, termWidth: Int) -> [Line] {
        var lines: [Line] = []
        // A term beside its text, both wrapped to their columns.
        func add(_ term: String, _ text: String) {
            let terms = wrapped(term, width: termWidth), texts = wrapped(text, width: textWidth)
            for i in 0..<max(terms.count, texts.count) {
                lines.append(Line(term: i < terms.count ? terms[i] : "", text: i < texts.count ? texts[i] : ""))
            }
        }
        for (keys, does) in plan ? KeyMap.planHelp : KeyMap.help { add(keys, does) }
        if shapes && !plan { add(KeyMap.shapeHelp.keys, KeyMap.shapeHelp.does) }
        lines.append(Line())
        for (term, definition) in plan ? Definitions.plan : Definitions.all { add(term, definition) }
        lines.append(Line())
        for part in wrapped(Definitions.source, width: textWidth + termWidth + 1) {
            lines.append(Line(text: part, style: Style(.muted)))
        }
        if !plan {
            for part in wrapped(Note.legend, width: textWidth + termWidth + 1) { lines.append(Line(text: part, style: Style(.muted))) }
        }
        return lines
    }
}

/// Splits text into lines of at most `width` columns at spaces.
func wrapped(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
        if !line.isEmpty && line.columns + 1 + word.columns > width {
            lines.append(line)
            line = ""
        }
        line += (line.isEmpty ? "" : " ") + word
    }
    if !line.isEmpty { lines.append(line) }
    return lines
}
