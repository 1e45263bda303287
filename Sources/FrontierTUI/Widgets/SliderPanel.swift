import FrontierCore

/// The sliders: a title, a track with a handle, and the value with units, one per row.
struct SliderPanel: Widget {
    /// A slider as drawn: its value as shown and where it sits on the track (0…1).
    struct Row: Equatable {
        let kind: SliderKind
        let label: String
        let position: Double
    }

    let rows: [Row]
    /// The slider the arrows move.
    let current: SliderKind
    let focused: Bool
    let ascii: Bool

    /// Draws the sliders into `area` (inside a border), adding each slider's click target.
    func render(into frame: inout Frame, area: Rect) {
        let inner = frame.canvas.box(area, title: "Scenario", style: Style(focused ? .focus : .frame), ascii: ascii)
        guard inner.width >= 20 else { return }
        for (i, row) in rows.enumerated() where i < inner.height {
            let track = Self.drawRow(&frame.canvas, inner: inner, row: i, title: row.kind.title, label: row.label,
                                     position: row.position, current: row.kind == current, focused: focused, ascii: ascii)
            frame.targets.append(.slider(row.kind, track: track))
        }
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
