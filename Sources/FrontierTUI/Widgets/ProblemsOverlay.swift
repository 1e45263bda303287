/// `!`: what the last load left out and warned about, a problem a paragraph (the file,
/// where, the field, what was expected), wrapped; scrolls when it does not fit.
struct ProblemsOverlay: OverlayWidget {
    /// One line a problem, errors first, already collapsed over files (`DataProblem.collapsed`).
    let lines: [String]
    let ascii: Bool
    let scroll: Int

    func render(into frame: inout Frame, area: Rect) {
        OverlayFrame(box: area.inset(1), ascii: ascii).render(name: "Loading problems", suffix: " · ! or Esc to close", scroll: scroll,
                                                              minWidth: 10, into: &frame.canvas) { text(width: $0 - 4) }
    }

    func scrollLimit(in area: Rect) -> Int {
        OverlayFrame(box: area.inset(1), ascii: ascii).scrollLimit(minWidth: 10) { text(width: $0 - 4) }
    }

    /// Each problem wrapped to `width`, its later lines indented.
    private func text(width: Int) -> [(String, Style)] {
        var text: [(String, Style)] = []
        if lines.isEmpty { text.append(("Every file loaded, without a warning.", Style(.muted))) }
        for line in lines {
            let style = Style(line.contains(": warning: ") || line.hasPrefix("warning: ") ? .warning : .error)
            for (i, part) in wrapped(line, width: width).enumerated() {
                text.append(((i == 0 ? "" : "  ") + part, style))
            }
        }
        return text
    }
}
