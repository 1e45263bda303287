import FrontierCore

/// The top line: dataset, workload, hardware and its hourly cost.
struct TitleBar {
    let state: State
    let analysis: Analysis
    let dataset: Dataset

    func render(into canvas: inout Canvas, area: Rect) {
        canvas.fill(area, style: Style(.title, reverse: true))
        // The hourly cost before the workload's name, which may be long and is cut first.
        var parts = ["Frontier", dataset.name]
        if let profile = state.costProfile {
            let gpus = analysis.gpus(on: profile.name)
            let hourly = profile.hourlyCost(gpus: gpus)
            parts.append("\(gpus)×\(profile.name) \(Format.dollars(hourly.total))/h"
                         + (state.data.hardware.count > 1 ? " (\(state.activeHardware + 1) of \(state.data.hardware.count), g: next)" : ""))
        }
        parts.append("\(Format.grouped(analysis.requests)) req of \(dataset.workload.name)")
        canvas.write(" " + parts.joined(separator: " · "), in: area, style: Style(.title, bold: true, reverse: true))
    }
}

/// The bottom line: an error, a notice, or the key hints.
struct StatusLine {
    let state: State

    func render(into canvas: inout Canvas, area: Rect) {
        canvas.fill(area, style: Style(.status, reverse: true))
        if let error = state.error {
            canvas.write(" ✗ " + error + " (showing the last good data)", in: area, style: Style(.error, bold: true, reverse: true))
        } else if let error = state.themeError {
            canvas.write(" ✗ " + error + " (using the default theme)", in: area, style: Style(.error, bold: true, reverse: true))
        } else if state.filtering {
            let count = "\(state.rows.count) of \(state.data.setups) setups match"
            canvas.write(" /" + state.filter, in: area, style: Style(.status, bold: true, reverse: true))
            let cursor = min(area.maxX - 1, area.x + 2 + state.filter.columns)
            canvas.write(state.ascii ? "_" : "▏", x: cursor, y: area.y, style: Style(.status, bold: true, reverse: true))
            let hint = "\(count) · Enter keep · Esc clear "
            if cursor + 3 + hint.count <= area.maxX {
                canvas.write(hint, x: area.maxX - hint.count, y: area.y, style: Style(.status, reverse: true))
            }
        } else if let notice = state.notice {
            canvas.write(" " + notice, in: area, style: Style(.status, reverse: true))
        } else if state.view == .plan {
            let hints = area.width >= 100
                ? " ←→ move slider (Shift: big steps)  ↑↓ choose  b best/one concurrency  p or Esc back  ? help  q quit"
                : " ←→ slider ↑↓ choose b best p back ? help q quit"
            canvas.write(state.ascii ? hints.replacingArrows : hints, in: area, style: Style(.status, reverse: true))
        } else if state.view == .risk {
            let hints = area.width >= 100
                ? " ←→ move slider  ↑↓ choose a slider or (Tab) a setup  Tab focus  x or Esc back  p plan  ? help  q quit"
                : " ←→ slider ↑↓ choose Tab focus x back ? help q quit"
            canvas.write(state.ascii ? hints.replacingArrows : hints, in: area, style: Style(.status, reverse: true))
        } else {
            let hints = area.width >= 100
                ? " ←→ move slider  ↑↓ choose  Tab focus  Enter details  s sort  m metric  t theme  r reset  ? help  q quit"
                : " ←→ slider ↑↓ choose Tab focus Enter detail s sort ? help q quit"
            canvas.write(state.ascii ? hints.replacingArrows : hints, in: area, style: Style(.status, reverse: true))
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
