import FrontierCore

/// `?`: every key and every definition, over the dashboard.
struct HelpOverlay {
    let ascii: Bool

    func render(into canvas: inout Canvas, area: Rect) {
        let box = Rect(x: area.x + 2, y: area.y + 1, width: area.width - 4, height: area.height - 2)
        canvas.fill(box)
        let inner = canvas.box(box, title: "Help · ? or Esc to close", style: Style(.focus), ascii: ascii)
        guard inner.width > 20 else { return }
        var y = inner.y
        let keyWidth = 20
        for (keys, does) in KeyMap.help where y < inner.maxY {
            canvas.write(ascii ? keys.replacingArrows : keys, x: inner.x + 1, y: y, style: Style(.accent, bold: true), limit: keyWidth)
            canvas.write(does, in: Rect(x: inner.x + 1 + keyWidth, y: y, width: inner.width - keyWidth - 1, height: 1))
            y += 1
        }
        y += 1
        for (term, definition) in Definitions.all where y < inner.maxY {
            canvas.write(term, x: inner.x + 1, y: y, style: Style(.accent, bold: true), limit: keyWidth)
            for line in wrapped(definition, width: inner.width - keyWidth - 1) where y < inner.maxY {
                canvas.write(line, x: inner.x + 1 + keyWidth, y: y)
                y += 1
            }
        }
        if y < inner.maxY - 1 {
            canvas.write(Definitions.source, in: Rect(x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 1, height: 1), style: Style(.muted))
        }
    }
}

/// Splits text into lines of at most `width` columns at spaces.
func wrapped(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
        if !line.isEmpty && line.count + 1 + word.count > width {
            lines.append(line)
            line = ""
        }
        line += (line.isEmpty ? "" : " ") + word
    }
    if !line.isEmpty { lines.append(line) }
    return lines
}
