import FrontierCore

/// The bottom line: an error, the filter being typed, a notice, or the key hints.
struct StatusLine: Widget {
    enum Message: Equatable {
        /// A reload failed: the last good data stays on screen.
        case dataError(String)
        /// The theme's file had errors: the default theme is used.
        case themeError(String)
        /// The filter as typed, and how many of the setups it matches.
        case filter(String, matches: Int, of: Int)
        case notice(String)
        /// The keys of the main screen, or of the Plan view.
        case hints(plan: Bool)
    }

    let message: Message
    let ascii: Bool

    func render(into frame: inout Frame, area: Rect) {
        frame.canvas.fill(area, style: Style(.status, reverse: true))
        switch message {
        case .dataError(let error):
            frame.canvas.write(" ✗ " + error + " (showing the last good data)", in: area, style: Style(.error, bold: true, reverse: true))
        case .themeError(let error):
            frame.canvas.write(" ✗ " + error + " (using the default theme)", in: area, style: Style(.error, bold: true, reverse: true))
        case .filter(let filter, let matches, let setups):
            frame.canvas.write(" /" + filter, in: area, style: Style(.status, bold: true, reverse: true))
            let cursor = min(area.maxX - 1, area.x + 2 + filter.columns)
            frame.canvas.write(ascii ? "_" : "▏", x: cursor, y: area.y, style: Style(.status, bold: true, reverse: true))
            let hint = "\(matches) of \(setups) setups match · Enter keep · Esc clear "
            if cursor + 3 + hint.count <= area.maxX {
                frame.canvas.write(hint, x: area.maxX - hint.count, y: area.y, style: Style(.status, reverse: true))
            }
        case .notice(let notice):
            frame.canvas.write(" " + notice, in: area, style: Style(.status, reverse: true))
        case .hints(let plan):
            let hints = plan
                ? area.width >= 100
                    ? " ←→ move slider (Shift: big steps)  ↑↓ choose  b best/one concurrency  p or Esc back  ? help  q quit"
                    : " ←→ slider ↑↓ choose b best p back ? help q quit"
                : area.width >= 100
                    ? " ←→ move slider  ↑↓ choose  Tab focus  Enter details  s sort  m metric  t theme  r reset  ? help  q quit"
                    : " ←→ slider ↑↓ choose Tab focus Enter detail s sort ? help q quit"
            frame.canvas.write(ascii ? hints.replacingArrows : hints, in: area, style: Style(.status, reverse: true))
        }
    }
}

extension String {
    var replacingArrows: String {
        var s = self
        for (arrow, ascii) in [("←→", "<>"), ("↑↓", "^v"), ("←", "<"), ("→", ">"), ("↑", "^"), ("↓", "v"), ("✗", "x")] {
            s = s.split(separator: Substring(arrow), omittingEmptySubsequences: false).joined(separator: ascii)
        }
        return s
    }
}
