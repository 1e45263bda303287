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
        /// The keys of the main screen, the Plan view or the Risk view.
        case hints(Keys)
    }

    /// Which screen's keys the hints are of.
    enum Keys: Equatable {
        case ranking, plan, risk
    }

    let message: Message
    let ascii: Bool
    /// The data has several workload shapes: `w` is among the keys.
    var shapes = false

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
        case .hints(let view):
            // The long form where it fits whole, else the short one.
            func either(_ long: String, _ short: String) -> String { long.columns <= area.width ? long : short }
            let hints = switch view {
            case .plan: either(" ←→ move slider (Shift: big steps)  ↑↓ choose  b best/one concurrency  p or Esc back  ? help  q quit",
                               " ←→ slider ↑↓ choose b best p back ? help q quit")
            case .risk: either(" ←→ move slider  ↑↓ choose a slider or (Tab) a setup  Tab focus  x or Esc back  p plan  ? help  q quit",
                               " ←→ slider ↑↓ choose Tab focus x back ? help q quit")
            case .ranking: Self.mainHints(width: area.width, shapes: shapes)
            }
            frame.canvas.write(ascii ? hints.replacingArrows : hints, in: area, style: Style(.status, reverse: true))
        }
    }

    /// The main screen's keys, long and short, in the order they show; `rank` says which
    /// stay when not all fit (0 first). Help and quit always show.
    private static let keys: [(long: String, short: String, rank: Double)] = [
        ("←→ move slider", "←→ slider", 0), ("↑↓ choose", "↑↓ choose", 1), ("Tab focus", "Tab focus", 2),
        ("Enter details", "Enter detail", 3), ("w shape", "w shape", 3.5), ("/ filter", "/ filter", 6), ("Space mark", "Space mark", 4),
        ("c compare", "c compare", 5), ("e export", "e export", 8), ("S save scenario", "S save", 13), ("s sort", "s sort", 7), ("m metric", "m metric", 9),
        ("t theme", "t theme", 12), ("r reset", "r reset", 11), ("x risk", "x risk", 10), ("? help", "? help", -1), ("q quit", "q quit", -1),
    ]

    /// As many of the keys as fit in `width` columns, by rank: long forms two spaces apart
    /// when all of them fit so, else short forms one space apart; `w` only for data of
    /// several workload shapes.
    static func mainHints(width: Int, shapes: Bool = false) -> String {
        let keys = shapes ? Self.keys : Self.keys.filter { $0.long != "w shape" }
        let long = keys.map(\.long).joined(separator: "  ")
        if long.columns + 1 <= width { return " " + long }
        var shown = Set(keys.indices.filter { keys[$0].rank < 0 })
        func text() -> String { " " + keys.indices.filter(shown.contains).map { keys[$0].short }.joined(separator: " ") }
        for i in keys.indices.filter({ keys[$0].rank >= 0 }).sorted(by: { keys[$0].rank < keys[$1].rank }) {
            shown.insert(i)
            if text().columns > width { shown.remove(i) }
        }
        return text()
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
