import FrontierCore

/// What the detail, compare, help and problems overlays share: a cleared box whose title fits its border,
/// lines that scroll within it, and a hint on the bottom border when more lie below or above.
struct OverlayFrame {
    let box: Rect
    let ascii: Bool

    /// Clears the box and draws its border with `name` cut in the middle so that `name` and
    /// `suffix` fit with a border cell on either side; returns the inside.
    func draw(name: String, suffix: String, into canvas: inout Canvas) -> Rect {
        canvas.fill(box)
        // The corners, a border cell either side of the title, and the spaces round it.
        let room = max(1, box.width - 6 - suffix.columns)
        return canvas.box(box, title: Format.cutInTheMiddle(Sanitize.line(name), to: room) + suffix, style: Style(.focus), ascii: ascii)
    }

    /// The box's inside.
    var inner: Rect { box.inset(1) }

    /// An overlay of lines: the titled box, and `content` (lines for an inside of the width
    /// it is given) from `scroll` on; only the box when the inside is `minWidth` or narrower.
    func render(name: String, suffix: String, scroll: Int, minWidth: Int = 30, into canvas: inout Canvas,
                content: (Int) -> [(String, Style)]) {
        let inner = draw(name: name, suffix: suffix, into: &canvas)
        guard inner.width > minWidth, inner.height > 0 else { return }
        draw(content(inner.width), scroll: scroll, in: inner, into: &canvas)
    }

    /// How far the lines of `render` can scroll.
    func scrollLimit(minWidth: Int = 30, content: (Int) -> [(String, Style)]) -> Int {
        guard inner.width > minWidth, inner.height > 0 else { return 0 }
        return max(0, content(inner.width).count - inner.height)
    }

    /// Draws the lines from `scroll` on (clamped, should the box have grown) in `inner`.
    func draw(_ lines: [(String, Style)], scroll: Int, in inner: Rect, into canvas: inout Canvas) {
        let first = min(scroll, max(0, lines.count - inner.height))
        for (row, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            canvas.write(line.0, in: Rect(x: inner.x + 1, y: inner.y + row, width: inner.width - 2, height: 1), style: line.1)
        }
        hint(first: first, rows: inner.height, of: lines.count, into: &canvas)
    }

    /// Says on the bottom border that more lies below or above the `rows` shown from
    /// `first` of `count`.
    func hint(first: Int, rows: Int, of count: Int, into canvas: inout Canvas) {
        if first + rows < count {
            canvas.write(" ↓ more: ↑ ↓ PgDn ", x: box.maxX - 20, y: box.maxY - 1, style: Style(.focus, bold: true))
        } else if first > 0 {
            canvas.write(" ↑ PgUp ", x: box.maxX - 10, y: box.maxY - 1, style: Style(.focus, bold: true))
        }
    }
}
