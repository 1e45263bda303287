import Testing
@testable import FrontierTUI

@Suite struct BrailleGridTests {
    /// The character a grid of one cell shows with the given dots set.
    private func glyph(_ dots: [(Int, Int)]) -> Character? {
        var grid = BrailleGrid(columns: 1, rows: 1)
        for (x, y) in dots { grid.set(x, y, role: .trail) }
        return grid.cell(column: 0, row: 0)?.character
    }

    @Test func each_dot_maps_to_its_braille_bit() {
        // Dots 1, 2, 3, 7 down the left column; 4, 5, 6, 8 down the right (hand-checked).
        #expect(glyph([(0, 0)]) == "⠁")   // U+2801
        #expect(glyph([(0, 1)]) == "⠂")   // U+2802
        #expect(glyph([(0, 2)]) == "⠄")   // U+2804
        #expect(glyph([(0, 3)]) == "⡀")   // U+2840
        #expect(glyph([(1, 0)]) == "⠈")   // U+2808
        #expect(glyph([(1, 1)]) == "⠐")   // U+2810
        #expect(glyph([(1, 2)]) == "⠠")   // U+2820
        #expect(glyph([(1, 3)]) == "⢀")   // U+2880
        #expect(glyph([(1, 3)])?.unicodeScalars.first?.value == 0x2880)
    }

    @Test func all_eight_dots_make_a_full_cell() {
        let all = (0..<2).flatMap { x in (0..<4).map { y in (x, y) } }
        #expect(glyph(all) == "⣿")   // U+28FF
        #expect(BrailleGrid.character(bits: 0xFF) == "⣿")
        #expect(BrailleGrid.character(bits: 0) == "\u{2800}")
    }

    @Test func an_untouched_cell_is_nil() {
        let grid = BrailleGrid(columns: 2, rows: 2)
        #expect(grid.cell(column: 0, row: 0) == nil)
        #expect(grid.cell(column: 5, row: 0) == nil)
        #expect(grid.dotWidth == 4 && grid.dotHeight == 8)
        #expect(BrailleGrid(columns: 2, rows: 2, ascii: true).dotWidth == 2)
    }

    @Test func dots_outside_the_grid_are_ignored() {
        var grid = BrailleGrid(columns: 1, rows: 1)
        grid.set(-1, 0, role: .trail)
        grid.set(2, 0, role: .trail)
        grid.set(0, 4, role: .trail)
        grid.line(from: (-10, -10), to: (-1, 20), role: .trail)
        #expect(grid.cell(column: 0, row: 0) == nil)
        var empty = BrailleGrid(columns: 0, rows: 0)
        empty.set(0, 0, role: .frontier)
        empty.line(from: (0, 0), to: (3, 3), role: .frontier)
    }

    @Test func the_most_important_role_wins_a_cell() {
        var grid = BrailleGrid(columns: 1, rows: 1)
        grid.set(0, 0, role: .axis)
        grid.set(0, 1, role: .budget)
        #expect(grid.cell(column: 0, row: 0)?.style.role == .budget)
        grid.set(0, 2, role: .trail)
        grid.set(1, 0, role: .frontier)
        grid.set(1, 1, role: .selected)
        grid.set(1, 2, role: .dominated)
        #expect(grid.cell(column: 0, row: 0)?.style.role == .frontier)
        let order: [Role] = [.frontier, .selected, .dominated, .trail, .budget, .axis]
        let priorities = order.map(BrailleGrid.priority(of:))
        #expect(priorities == priorities.sorted(by: >) && Set(priorities).count == order.count)
    }

    @Test func a_line_is_drawn_with_bresenham() {
        var grid = BrailleGrid(columns: 2, rows: 1)
        grid.line(from: (0, 0), to: (3, 3), role: .trail)
        // (0,0) and (1,1) in the first cell, (2,2) and (3,3) in the second.
        #expect(grid.cell(column: 0, row: 0)?.character == "⠑")   // 0x01 | 0x10
        #expect(grid.cell(column: 1, row: 0)?.character == "⢄")   // 0x04 | 0x80
    }

    @Test func ascii_lines_take_a_glyph_by_direction() {
        var grid = BrailleGrid(columns: 5, rows: 5, ascii: true)
        grid.line(from: (0, 0), to: (4, 0), role: .trail)
        grid.line(from: (0, 1), to: (0, 4), role: .trail)
        grid.line(from: (1, 1), to: (3, 3), role: .trail)
        grid.line(from: (4, 2), to: (2, 4), role: .trail)
        var canvas = Canvas(width: 5, height: 5, fill: Cell("#"))
        grid.render(into: &canvas, area: canvas.bounds)
        #expect(canvas.lines == [
            "-----",
            "|\\###",
            "|#\\#/",
            "|##/#",
            "|#/##",
        ])
    }

    @Test func a_dotted_line_keeps_one_pattern_across_segments() {
        var grid = BrailleGrid(columns: 9, rows: 1, ascii: true)
        grid.line(from: (0, 0), to: (3, 0), role: .trail, glyph: ".", every: 2)
        grid.line(from: (3, 0), to: (8, 0), role: .trail, glyph: ".", every: 2)
        var canvas = Canvas(width: 9, height: 1)
        grid.render(into: &canvas, area: canvas.bounds)
        #expect(canvas.lines == [". . . . ."])
    }

    @Test func in_ascii_a_mark_beats_a_line_whatever_the_roles() {
        var grid = BrailleGrid(columns: 3, rows: 1, ascii: true)
        grid.set(1, 0, role: .dominated, glyph: "x", mark: true)
        grid.line(from: (0, 0), to: (2, 0), role: .frontier, glyph: "-")
        #expect(grid.cell(column: 1, row: 0) == Cell("x", Style(.dominated)))
        #expect(grid.cell(column: 0, row: 0) == Cell("-", Style(.frontier)))
        // Between lines the more important role wins, and on a tie the later glyph.
        grid.line(from: (0, 0), to: (0, 0), role: .trail, glyph: ".")
        #expect(grid.cell(column: 0, row: 0)?.character == "-")
        grid.line(from: (0, 0), to: (0, 0), role: .frontier, glyph: "|")
        #expect(grid.cell(column: 0, row: 0)?.character == "|")
    }

    @Test func a_cleared_cell_is_empty_again() {
        var grid = BrailleGrid(columns: 2, rows: 1)
        grid.line(from: (0, 0), to: (3, 0), role: .frontier)
        grid.clear(column: 0, row: 0)
        #expect(grid.cell(column: 0, row: 0) == nil)
        grid.set(0, 3, role: .trail)
        #expect(grid.cell(column: 0, row: 0) == Cell("⡀", Style(.trail)))
        #expect(grid.cell(column: 1, row: 0) == Cell("⠉", Style(.frontier)))
    }

    @Test func render_touches_only_drawn_cells_and_clips_to_the_area() {
        var grid = BrailleGrid(columns: 4, rows: 2)
        grid.set(0, 0, role: .frontier)
        grid.set(7, 7, role: .trail)
        var canvas = Canvas(width: 5, height: 3, fill: Cell("#"))
        grid.render(into: &canvas, area: Rect(x: 1, y: 1, width: 3, height: 2))
        #expect(canvas.lines == ["#####", "#⠁###", "#####"])
        #expect(canvas[1, 1]?.style.role == .frontier)
    }
}
