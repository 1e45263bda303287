import FrontierCore

/// The sliders: a title, a track with a handle, and the value with units, one per row.
struct SliderPanel {
    let state: State
    let focused: Bool

    /// Draws the sliders into `area` (inside a border); returns each slider's click target.
    func render(into canvas: inout Canvas, area: Rect) -> [HitTarget] {
        let inner = canvas.box(area, title: "Scenario", style: Style(focused ? .focus : .frame), ascii: state.ascii)
        guard inner.width >= 20 else { return [] }
        var targets: [HitTarget] = []
        for (row, kind) in state.sliders.enumerated() where row < inner.height {
            let track = Self.drawRow(&canvas, inner: inner, row: row, title: kind.title(state), label: kind.label(state),
                                     position: kind.position(state), current: kind == state.slider, focused: focused,
                                     ascii: state.ascii)
            targets.append(.slider(kind, track: track))
        }
        return targets
    }

    /// One slider row of a panel's `inner` area: marker, title, track and value; returns the track.
    static func drawRow(_ canvas: inout Canvas, inner: Rect, row: Int, title: String, label: String, position: Double,
                        current: Bool, focused: Bool, ascii: Bool) -> Rect {
        let labelWidth = 13, valueWidth = 10
        let trackWidth = max(4, inner.width - labelWidth - valueWidth - 2)
        let y = inner.y + row
        let marker = current ? (ascii ? ">" : "▶") : " "
        canvas.write(marker, x: inner.x, y: y, style: Style(focused && current ? .focus : .muted))
        canvas.write(title, x: inner.x + 1, y: y, style: Style(current ? .text : .muted, bold: current), limit: labelWidth - 2)
        let track = Rect(x: inner.x + labelWidth, y: y, width: trackWidth, height: 1)
        drawTrack(&canvas, track, position: position, ascii: ascii)
        canvas.write(label, in: Rect(x: track.maxX + 1, y: y, width: valueWidth, height: 1),
                     style: Style(.accent, bold: current), alignRight: true)
        return track
    }

    private static func drawTrack(_ canvas: inout Canvas, _ track: Rect, position: Double, ascii: Bool) {
        let (line, handle): (Character, Character) = ascii ? ("-", "O") : ("─", "●")
        let at = track.x + Checked.int((position * Double(track.width - 1)).rounded(), clampedTo: 0...max(0, track.width - 1))
        for x in track.x..<track.maxX {
            canvas.put(x < at ? (ascii ? "=" : "━") : line, x: x, y: track.y, style: Style(x < at ? .accent : .muted))
        }
        canvas.put(handle, x: at, y: track.y, style: Style(.accent, bold: true))
    }
}

/// Where a click lands.
public enum HitTarget: Equatable, Sendable {
    case slider(SliderKind, track: Rect)
    case planSlider(PlanSlider, track: Rect)
    case row(Int, Rect)

    /// The action for a press or drag at (x, y) on this target, if it is hit.
    func action(x: Int, y: Int, rows: [Configuration]) -> Action? {
        switch self {
        case .slider(let kind, let track):
            return Self.fraction(x: x, y: y, on: track).map { .setSlider(kind, fraction: $0) }
        case .planSlider(let kind, let track):
            return Self.fraction(x: x, y: y, on: track).map { .setPlanSlider(kind, fraction: $0) }
        case .row(let index, let rect):
            guard rect.contains(x: x, y: y), rows.indices.contains(index) else { return nil }
            return .select(rows[index])
        }
    }

    /// Where on a track (0…1) a press at (x, y) lands; a column either side of it counts as its end.
    private static func fraction(x: Int, y: Int, on track: Rect) -> Double? {
        guard track.contains(x: x, y: y) || (y == track.y && x >= track.x - 1 && x <= track.maxX) else { return nil }
        return track.width > 1 ? Double(x - track.x) / Double(track.width - 1) : 0
    }
}
