/// Sentences, each wrapped to the area's width and set off by a bullet, as many as fit;
/// when some do not, the last row says how many are left out.
///
/// ```swift
/// NoteList(notes: [("WiNGPT-3.5 stays first until …", Style(.text))], ascii: false)
///     .render(into: &frame, area: inner)
/// ```
struct NoteList: Widget {
    let notes: [(text: String, style: Style)]
    let ascii: Bool

    func render(into frame: inout Frame, area: Rect) {
        guard area.width > 4, area.height > 0 else { return }
        var row = 0
        for (k, note) in notes.enumerated() {
            let lines = wrapped(note.text, width: area.width - 2)
            // Room for this note, and for the "more" line unless it is the last.
            guard row + lines.count + (k == notes.count - 1 ? 0 : 1) <= area.height else {
                frame.canvas.write("… \(notes.count - k) more (a taller terminal shows them)", in: Rect(x: area.x, y: area.y + row,
                             width: area.width, height: 1), style: Style(.muted))
                return
            }
            for (i, line) in lines.enumerated() {
                if i == 0 { frame.canvas.put(ascii ? "*" : "•", x: area.x, y: area.y + row, style: Style(.muted)) }
                frame.canvas.write(line, x: area.x + 2, y: area.y + row, style: note.style, limit: area.width - 2)
                row += 1
            }
        }
    }
}
