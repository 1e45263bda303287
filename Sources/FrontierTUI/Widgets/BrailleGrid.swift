/// A grid of dots for plots. In braille mode each cell holds 2×4 dots and shows them as a
/// Unicode braille character (U+2800 plus one bit per dot); in ASCII mode each cell is one
/// "dot" and shows the glyph it was given ('*', 'o', '.', '|', '-'…), for terminals without
/// UTF-8.
///
/// Each cell takes the role of the most important thing drawn in it (see `priority(of:)`),
/// so a frontier point keeps its colour where a trail crosses it.
///
/// ```swift
/// var grid = BrailleGrid(columns: 10, rows: 3)
/// grid.line(from: (0, 0), to: (19, 11), role: .trail)
/// grid.set(4, 4, role: .frontier)
/// grid.render(into: &canvas, area: Rect(x: 2, y: 1, width: 10, height: 3))
/// ```
public struct BrailleGrid: Sendable {
    /// Size in cells.
    public let columns: Int
    public let rows: Int
    /// One dot a cell drawn with glyphs, instead of 2×4 braille dots a cell.
    public let ascii: Bool

    private var bits: [UInt8]
    /// Priority of the cell's role; -1 for an untouched cell.
    private var rank: [Int]
    private var roles: [Role]
    /// ASCII mode: the glyph shown, its role and the rank it won with.
    private var glyphs: [Character]
    private var glyphRoles: [Role]
    private var glyphRank: [Int]

    public init(columns: Int, rows: Int, ascii: Bool = false) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        self.ascii = ascii
        let count = self.columns * self.rows
        bits = Array(repeating: 0, count: count)
        rank = Array(repeating: -1, count: count)
        roles = Array(repeating: .text, count: count)
        glyphs = Array(repeating: " ", count: count)
        glyphRoles = Array(repeating: .text, count: count)
        glyphRank = Array(repeating: -1, count: count)
    }

    /// Dots across: two a cell in braille mode, one in ASCII mode.
    public var dotWidth: Int { columns * (ascii ? 1 : 2) }
    /// Dots down: four a cell in braille mode, one in ASCII mode.
    public var dotHeight: Int { rows * (ascii ? 1 : 4) }

    /// How important a role is when two meet in a cell: frontier > selected > dominated >
    /// trail > budget > axis. Other roles rank with the trail.
    public static func priority(of role: Role) -> Int {
        switch role {
        case .frontier: 6
        case .selected: 5
        case .dominated: 4
        case .budget: 2
        case .axis: 1
        default: 3
        }
    }

    /// The bit of the dot at (`dx`, `dy`) inside a cell (dx 0…1, dy 0…3): dots 1–3 and 7
    /// down the left column, 4–6 and 8 down the right.
    public static func bit(dx: Int, dy: Int) -> UInt8 {
        switch (dx, dy) {
        case (0, 0): 0x01
        case (0, 1): 0x02
        case (0, 2): 0x04
        case (0, 3): 0x40
        case (1, 0): 0x08
        case (1, 1): 0x10
        case (1, 2): 0x20
        case (1, 3): 0x80
        default: 0
        }
    }

    /// The braille character of a dot pattern (U+2800 + bits).
    public static func character(bits: UInt8) -> Character {
        Character(Unicode.Scalar(0x2800 + UInt32(bits))!)
    }

    /// Sets the dot at (`x`, `y`) (dots from the top left; outside the grid is ignored).
    /// In ASCII mode the cell shows `glyph` unless something more important is there; a
    /// `mark` (a point rather than a line) beats any line, whatever their roles.
    public mutating func set(_ x: Int, _ y: Int, role: Role, glyph: Character = "*", mark: Bool = false) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        let column = ascii ? x : x / 2, row = ascii ? y : y / 4
        let i = row * columns + column
        let priority = Self.priority(of: role)
        if ascii {
            let strength = priority + (mark ? 100 : 0)
            if strength >= glyphRank[i] {
                glyphs[i] = glyph
                glyphRoles[i] = role
                glyphRank[i] = strength
            }
        } else {
            bits[i] |= Self.bit(dx: x % 2, dy: y % 4)
        }
        if priority >= rank[i] {
            rank[i] = priority
            roles[i] = role
        }
    }

    /// A straight line of dots (Bresenham), both ends included. In ASCII mode `glyph`
    /// defaults to '-', '|', '/' or '\' by direction. `every` > 1 draws a dotted line: the
    /// dots in every n-th column (row, for a steep line) of the grid, so that lines joined
    /// end to end keep one pattern.
    public mutating func line(from start: (x: Int, y: Int), to end: (x: Int, y: Int), role: Role,
                              glyph: Character? = nil, every step: Int = 1) {
        let dx = abs(end.x - start.x), dy = -abs(end.y - start.y)
        let sx = start.x < end.x ? 1 : -1, sy = start.y < end.y ? 1 : -1
        let shape: Character = glyph ?? (dx == 0 ? "|" : dy == 0 ? "-" : (sx == sy ? "\\" : "/"))
        let stride = max(1, step)
        let steep = -dy > dx
        var x = start.x, y = start.y, error = dx + dy
        while true {
            if (steep ? y : x) % stride == 0 { set(x, y, role: role, glyph: shape) }
            if x == end.x && y == end.y { break }
            let twice = 2 * error
            if twice >= dy {
                error += dy
                x += sx
            }
            if twice <= dx {
                error += dx
                y += sy
            }
        }
    }

    /// Empties a cell, so that a mark drawn next shows alone (a hollow mark stays hollow).
    public mutating func clear(column: Int, row: Int) {
        guard column >= 0, row >= 0, column < columns, row < rows else { return }
        let i = row * columns + column
        bits[i] = 0
        rank[i] = -1
        glyphRank[i] = -1
    }

    /// What a cell shows, or nil when nothing was drawn in it.
    public func cell(column: Int, row: Int) -> Cell? {
        guard column >= 0, row >= 0, column < columns, row < rows else { return nil }
        let i = row * columns + column
        guard rank[i] >= 0 else { return nil }
        if ascii { return Cell(glyphs[i], Style(glyphRoles[i])) }
        return Cell(Self.character(bits: bits[i]), Style(roles[i]))
    }

    /// Draws the cells that hold something into `area` from its top left, clipped to the
    /// area; untouched cells leave the canvas as it was.
    public func render(into canvas: inout Canvas, area: Rect) {
        for row in 0..<min(rows, area.height) {
            for column in 0..<min(columns, area.width) {
                guard let cell = cell(column: column, row: row) else { continue }
                canvas.put(cell.character, x: area.x + column, y: area.y + row, style: cell.style)
            }
        }
    }
}
