import FrontierCore

/// A grid of cells that every screen is drawn into before any terminal sees it, so that a
/// whole frame can be compared as text in a test. Writes outside the grid are clipped.
///
/// ```swift
/// var canvas = Canvas(width: 20, height: 3)
/// canvas.write("cost $0.34", x: 1, y: 1, style: Style(.accent))
/// canvas.lines[1]   // " cost $0.34         "
/// ```
public struct Canvas: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell? {
        guard x >= 0, y >= 0, x < width, y < height else { return nil }
        return cells[y * width + x]
    }

    /// Puts a character at (x, y), in two cells when it is two columns wide. A wide
    /// character that would cross the right edge becomes a space, and one partly
    /// overwritten leaves a space in its other half, so no cell ever holds half of one.
    public mutating func put(_ character: Character, x: Int, y: Int, style: Style = .plain) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let columns = DisplayWidth.of(character)
        guard columns > 0 else { return }
        let wide = columns == 2 && x + 1 < width
        clearWideCharacter(at: x, y: y)
        if wide { clearWideCharacter(at: x + 1, y: y) }
        cells[y * width + x] = Cell(columns == 2 && !wide ? " " : character, style)
        if wide { cells[y * width + x + 1] = .continuation(style) }
    }

    /// Before (x, y) is written: the other half of a wide character there becomes a space.
    private mutating func clearWideCharacter(at x: Int, y: Int) {
        let i = y * width + x
        if cells[i].isContinuation, x > 0 {
            cells[i - 1].character = " "
            cells[i].isContinuation = false
        } else if x + 1 < width, cells[i + 1].isContinuation {
            cells[i + 1].isContinuation = false
        }
    }

    /// Changes the style of a cell, keeping its character.
    public mutating func restyle(x: Int, y: Int, _ change: (inout Style) -> Void) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        change(&cells[y * width + x].style)
    }

    /// Writes one line of text from (x, y), sanitised, at most `limit` columns (and never
    /// past the right edge); returns the columns written. A wide character with one column
    /// left becomes a space.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, limit: Int = .max) -> Int {
        var column = x
        let end = min(width, limit == .max ? width : x + limit)
        for character in Sanitize.line(text) {
            guard column < end else { break }
            let columns = DisplayWidth.of(character)
            put(column + columns > end ? " " : character, x: column, y: y, style: style)
            column += min(columns, end - column)
        }
        return max(0, column - x)
    }

    /// Writes text cut to `width` columns with an ellipsis, padded or right-aligned.
    @discardableResult
    public mutating func write(_ text: String, in area: Rect, row: Int = 0, style: Style = .plain,
                               alignRight: Bool = false) -> Int {
        let fitted = Format.fit(Sanitize.line(text), to: area.width)
        let x = alignRight ? area.maxX - fitted.columns : area.x
        return write(fitted, x: x, y: area.y + row, style: style, limit: area.width)
    }

    public mutating func fill(_ area: Rect, with character: Character = " ", style: Style = .plain) {
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { put(character, x: x, y: y, style: style) }
        }
    }

    /// A box with a title in its top border; returns the inside.
    @discardableResult
    public mutating func box(_ area: Rect, title: String = "", style: Style = Style(.frame), ascii: Bool = false) -> Rect {
        guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        let (h, v, tl, tr, bl, br): (Character, Character, Character, Character, Character, Character) =
            ascii ? ("-", "|", "+", "+", "+", "+") : ("─", "│", "┌", "┐", "└", "┘")
        for x in area.x + 1..<area.maxX - 1 {
            put(h, x: x, y: area.y, style: style)
            put(h, x: x, y: area.maxY - 1, style: style)
        }
        for y in area.y + 1..<area.maxY - 1 {
            put(v, x: area.x, y: y, style: style)
            put(v, x: area.maxX - 1, y: y, style: style)
        }
        put(tl, x: area.x, y: area.y, style: style)
        put(tr, x: area.maxX - 1, y: area.y, style: style)
        put(bl, x: area.x, y: area.maxY - 1, style: style)
        put(br, x: area.maxX - 1, y: area.maxY - 1, style: style)
        if !title.isEmpty && area.width > 4 {
            write(" \(title) ", x: area.x + 1, y: area.y, style: Style(style.role, bold: true), limit: area.width - 2)
        }
        return area.inset(1)
    }

    /// The rows as plain strings (styles dropped).
    public var lines: [String] {
        (0..<height).map { y in String(cells[y * width..<(y + 1) * width].lazy.filter { !$0.isContinuation }.map(\.character)) }
    }

    /// The whole canvas as text, one row a line.
    public var text: String { lines.joined(separator: "\n") }
}
