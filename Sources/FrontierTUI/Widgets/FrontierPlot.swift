import FrontierCore

/// The cost–quality plot: workload cost across (log scale, dollars), quality up. Each model
/// with a quality score shows its point at the chosen concurrency, its trail across the
/// measured levels, and a label; the frontier's points are bigger and joined by the Pareto
/// staircase; the budget is a vertical line with the area beyond it marked over budget.
///
/// ```swift
/// FrontierPlot(analysis: analysis, selected: 2, budget: analysis.scenario.budget)
///     .render(into: &canvas, area: Rect(x: 0, y: 3, width: 60, height: 16))
/// ```
///
/// Marks: frontier '⣿' (ASCII '*'), dominated '⠛' ('x'), outside the measured range — the
/// nearest level's figures — hollow '⣉' ('o'); trails dotted ('.'); staircase solid
/// ('-', '|'); budget ':' in ASCII. The selected model's point is shown in reverse video; a
/// marked setup's point is its letter (A–E), its trail solid. A setup whose cost has a 95 %
/// interval shows it as a whisker over the interval at its point, capped at the ends that
/// fall inside the plot ('[', ']' in ASCII); the interval does not widen the axis.
public struct FrontierPlot: Widget, Sendable {
    public var analysis: Analysis
    /// Index into `analysis.entries` of the highlighted model.
    public var selected: Int?
    /// The budget line, dollars for the workload; nil for none.
    public var budget: Double?
    /// Glyphs one a cell instead of braille dots, for terminals without UTF-8.
    public var ascii: Bool
    /// Marked setups by index into `analysis.entries`, with the letter each point shows.
    public var marked: [Int: Character]
    /// Workload cost intervals by index into `analysis.entries`: drawn as whiskers.
    public var costIntervals: [Int: Interval]

    /// Smaller areas get a short message instead of a plot.
    public static let minimumWidth = 20
    public static let minimumHeight = 6

    public init(analysis: Analysis, selected: Int? = nil, budget: Double? = nil, ascii: Bool = false, marked: [Int: Character] = [:],
                costIntervals: [Int: Interval] = [:]) {
        self.analysis = analysis
        self.costIntervals = costIntervals
        self.marked = marked
        self.selected = selected
        self.budget = budget
        self.ascii = ascii
    }

    public func render(into frame: inout Frame, area: Rect) {
        draw(into: &frame.canvas, area: area)
    }

    private func draw(into canvas: inout Canvas, area: Rect) {
        canvas.fill(area)
        guard area.width >= Self.minimumWidth, area.height >= Self.minimumHeight else {
            guard !area.isEmpty else { return }
            let message = Self.shorten(area.width >= 15 ? "plot: too small" : "too small", to: area.width, ascii: ascii)
            canvas.write(message, x: area.x + (area.width - message.columns) / 2, y: area.y + (area.height - 1) / 2,
                         style: Style(.muted))
            return
        }
        let entries = analysis.entries
        let unscored = entries.count { !($0.quality?.isFinite ?? false) }
        let plotted = entries.indices.filter { i in
            guard entries[i].isComputable, let quality = entries[i].quality, quality.isFinite else { return false }
            return Self.plottable(entries[i].point.workloadCost)
        }
        let title = analysis.metric ?? "quality"
        let titleWidth = canvas.write(Self.shorten(title, to: area.width / 2, ascii: ascii), x: area.x, y: area.y,
                                      style: Style(.axis, bold: true))
        let noteStart = unscored > 0
            ? writeNote(unscored: unscored, into: &canvas, row: area.y, from: area.x + titleWidth + 1, to: area.maxX)
            : area.maxX
        guard !plotted.isEmpty else {
            let message = Self.shorten(entries.isEmpty ? "no models to plot" : "no models with a quality score to plot",
                                       to: area.width, ascii: ascii)
            canvas.write(message, x: area.x + (area.width - message.columns) / 2, y: area.y + area.height / 2,
                         style: Style(.muted))
            return
        }
        var layout = Layout(area: area, ascii: ascii, analysis: analysis, plotted: plotted, budget: plottableBudget,
                            marked: marked.filter { plotted.contains($0.key) }, whiskers: costIntervals)
        layout.draw(selected: selected.flatMap { layout.isPlotted($0) ? $0 : nil },
                    titleRowFree: area.x + titleWidth + 2..<max(area.x + titleWidth + 2, noteStart - 2), into: &canvas)
    }

    private var plottableBudget: Double? {
        budget.flatMap { Self.plottable($0) ? $0 : nil }
    }

    /// Text cut to `width` columns, ending in '…' ('~' in ASCII) when cut; sanitised.
    static func shorten(_ text: String, to width: Int, ascii: Bool) -> String {
        Format.fit(Sanitize.line(text), to: width, ellipsis: ascii ? "~" : "…")
    }

    /// A cost a log scale can place.
    static func plottable(_ cost: Double) -> Bool { cost.isFinite && cost > 0 }

    /// "n models without a quality score not plotted", shortened to fit `from..<to` and
    /// right-aligned; returns the column it starts at (`to` when nothing fits).
    private func writeNote(unscored n: Int, into canvas: inout Canvas, row: Int, from: Int, to: Int) -> Int {
        let noun = n == 1 ? "model" : "models"
        let candidates = ["\(n) \(noun) without a quality score not plotted", "\(n) unscored not plotted",
                          "\(n) unscored", "+\(n)"]
        guard let note = candidates.first(where: { $0.count <= to - from }) else { return to }
        canvas.write(note, x: to - note.count, y: row, style: Style(.muted))
        return to - note.count
    }
}

/// One rendering: the scales, the grid and what has been placed where.
private struct Layout {
    let area: Rect
    let ascii: Bool
    let analysis: Analysis
    let plotted: [Int]
    /// By entry: whether it is plotted.
    let plottedSet: [Bool]
    let budget: Double?
    let marked: [Int: Character]
    let whiskers: [Int: Interval]
    /// By entry: its label, told apart from the other plotted labels.
    let xScale: LogScale
    let yScale: LinearScale
    /// Where the dots go: right of the y axis, between the title row and the x axis.
    let plot: Rect
    var grid: BrailleGrid
    /// Cells of the plot rectangle holding a point's mark or a label: labels avoid them.
    var marks: [Bool]
    var labels: [Bool]
    /// More points than can be told apart: only the frontier's and the selected model's
    /// trails and labels are drawn, and a dominated point where one already is, not again.
    let crowded: Bool
    static let crowdedLimit = 400

    init(area: Rect, ascii: Bool, analysis: Analysis, plotted: [Int], budget: Double?, marked: [Int: Character], whiskers: [Int: Interval]) {
        self.area = area
        self.whiskers = whiskers
        self.marked = marked
        self.ascii = ascii
        self.analysis = analysis
        self.plotted = plotted
        var plottedSet = Array(repeating: false, count: analysis.entries.count)
        for i in plotted { plottedSet[i] = true }
        self.plottedSet = plottedSet
        self.budget = budget
        let rows = area.height - 3
        let qualities = plotted.map { analysis.entries[$0].quality! }
        let yScale = LinearScale(low: qualities.min()!, high: qualities.max()!, maxIntervals: max(1, rows / 2))
        let margin = min(yScale.ticks.map { yScale.label($0).count }.max() ?? 1, area.width / 3)
        plot = Rect(x: area.x + margin + 1, y: area.y + 1, width: area.width - margin - 1, height: rows)
        var low = Double.infinity, high = -Double.infinity
        func include(_ cost: Double) {
            guard FrontierPlot.plottable(cost) else { return }
            low = min(low, cost)
            high = max(high, cost)
        }
        // A plotted entry is computable: every level's cost is plottable, so the span of
        // its curve stands for its levels.
        for i in plotted {
            include(analysis.entries[i].point.workloadCost)
            include(analysis.costSpans[i].low)
            include(analysis.costSpans[i].high)
        }
        if let budget { include(budget) }
        xScale = LogScale(low: low, high: high, span: plot.width)
        crowded = plotted.count > Self.crowdedLimit
        self.yScale = yScale
        grid = BrailleGrid(columns: plot.width, rows: plot.height, ascii: ascii)
        marks = Array(repeating: false, count: plot.width * plot.height)
        labels = marks
    }

    // MARK: Coordinates

    func isPlotted(_ entry: Int) -> Bool { entry >= 0 && entry < plottedSet.count && plottedSet[entry] }

    func dotX(_ cost: Double) -> Int {
        Checked.int((xScale.fraction(cost) * Double(grid.dotWidth - 1)).rounded(), clampedTo: 0...max(0, grid.dotWidth - 1))
    }
    func dotY(_ quality: Double) -> Int {
        Checked.int(((1 - yScale.fraction(quality)) * Double(grid.dotHeight - 1)).rounded(), clampedTo: 0...max(0, grid.dotHeight - 1))
    }
    /// The plot column and row of a dot.
    func cell(_ x: Int, _ y: Int) -> (column: Int, row: Int) { ascii ? (x, y) : (x / 2, y / 4) }

    // MARK: Drawing

    /// Draws everything; `titleRowFree` is the stretch of the title row that the x axis'
    /// title may take when the tick labels leave it no room.
    mutating func draw(selected: Int?, titleRowFree: Range<Int>, into canvas: inout Canvas) {
        let budgetColumn = budget.map { cell(dotX($0), 0).column }
        if let budget {
            let x = dotX(budget)
            grid.line(from: (x, 0), to: (x, grid.dotHeight - 1), role: .budget, glyph: ":")
        }
        for i in plotted where !crowded || i == selected || analysis.entries[i].onFrontier || marked[i] != nil {
            drawTrail(i, selected: i == selected)
        }
        drawStaircase()
        for (i, interval) in whiskers where isPlotted(i) { drawWhisker(i, interval, selected: i == selected) }
        // Hollow marks first: they empty their cell, which must not wipe another point.
        let others = plotted.filter { $0 != selected }
        for i in others where analysis.entries[i].point.isClamped { drawPoint(i, selected: false) }
        for i in others where !analysis.entries[i].point.isClamped { drawPoint(i, selected: false) }
        if let selected { drawPoint(selected, selected: true) }
        grid.render(into: &canvas, area: plot)
        if let selected {
            let entry = analysis.entries[selected]
            let (column, row) = cell(dotX(entry.point.workloadCost), dotY(entry.quality!))
            canvas.restyle(x: plot.x + column, y: plot.y + row) {
                $0.reverse = true
                $0.bold = true
            }
        }
        for (i, letter) in marked {
            let entry = analysis.entries[i]
            let (column, row) = cell(dotX(entry.point.workloadCost), dotY(entry.quality!))
            canvas.put(letter, x: plot.x + column, y: plot.y + row, style: Style(.accent, bold: true, reverse: true))
        }
        // A legend names the setups whose label found no room (their points keep their
        // marks) in the title row, before the x axis' title if they do not both fit; or
        // says how many, after the title's shortest form.
        let unlabelled = drawLabels(selected: selected, into: &canvas)
        let names = "no label: " + unlabelled.map { Sanitize.line(analysis.entries[$0].label) }.joined(separator: ", ")
        let legend = unlabelled.isEmpty ? nil : names.columns + 2 <= titleRowFree.count ? names : nil
        let titleRoom = titleRowFree.lowerBound..<max(titleRowFree.lowerBound, titleRowFree.upperBound - (legend.map { $0.columns + 2 } ?? 0))
        let free = drawAxes(titleRowFree: titleRoom, shortTitle: !unlabelled.isEmpty && legend == nil, into: &canvas)
        if let text = legend ?? (unlabelled.isEmpty ? nil : "\(unlabelled.count) unlabelled"), text.columns <= titleRowFree.upperBound - free {
            canvas.write(text, x: free, y: area.y, style: Style(.muted))
        }
        if let budgetColumn { markOverBudget(after: budgetColumn, into: &canvas) }
    }

    /// The trail across the measured levels: dotted, solid for the selected model; each
    /// level a dot.
    private mutating func drawTrail(_ i: Int, selected: Bool) {
        let entry = analysis.entries[i]
        let role: Role = selected ? .selected : marked[i] != nil ? .accent : .trail
        let solid = selected || marked[i] != nil
        let y = dotY(entry.quality!)
        let xs = entry.curve.map(\.estimate.workloadCost).filter(FrontierPlot.plottable).map(dotX)
        for (a, b) in zip(xs, xs.dropFirst()) {
            grid.line(from: (a, y), to: (b, y), role: role, glyph: ".", every: ascii || solid ? 1 : 2)
        }
        for x in xs { grid.set(x, y, role: role, glyph: ".") }
    }

    /// The Pareto staircase: from each frontier point right at its quality to the next
    /// point's cost, then up to it.
    private mutating func drawStaircase() {
        let points = analysis.frontier.filter(isPlotted).map { i in
            (x: dotX(analysis.entries[i].point.workloadCost), y: dotY(analysis.entries[i].quality!))
        }
        for (a, b) in zip(points, points.dropFirst()) {
            grid.line(from: (a.x, a.y), to: (b.x, a.y), role: .frontier, glyph: "-")
            grid.line(from: (b.x, a.y), to: (b.x, b.y), role: .frontier, glyph: "|")
        }
    }

    /// The cost interval as a bar at the point's quality, one dot row above and below at
    /// each end the plot holds (an end beyond it is cut at the edge, uncapped).
    private mutating func drawWhisker(_ i: Int, _ interval: Interval, selected: Bool) {
        let entry = analysis.entries[i]
        let role: Role = selected ? .selected : marked[i] != nil ? .accent : entry.onFrontier ? .frontier : .dominated
        let y = dotY(entry.quality!)
        // A bound at or below 0 lies off the log scale's left, an unbounded one off its right.
        let lowInside = interval.low >= xScale.lo, highInside = interval.high.isFinite && interval.high <= xScale.hi
        let low = lowInside ? dotX(interval.low) : 0, high = highInside ? dotX(interval.high) : grid.dotWidth - 1
        grid.line(from: (low, y), to: (high, y), role: role, glyph: "-")
        for (x, inside, glyph) in [(low, lowInside, Character("[")), (high, highInside, Character("]"))] where inside {
            if ascii {
                grid.set(x, y, role: role, glyph: glyph)
            } else {
                for dy in [y - 1, y + 1] where dy >= 0 && dy < grid.dotHeight { grid.set(x, dy, role: role) }
            }
        }
    }

    private mutating func drawPoint(_ i: Int, selected: Bool) {
        // The three figures read in place: a copy of the entry for each of thousands of
        // points would retain everything it holds.
        let point = analysis.entries[i].point, onFrontier = analysis.entries[i].onFrontier
        let x = dotX(point.workloadCost), y = dotY(analysis.entries[i].quality!)
        let role: Role = onFrontier ? .frontier : selected ? .selected : .dominated
        let (column, row) = cell(x, y)
        // A dominated point where another is already marked adds nothing to see.
        if crowded && !selected && !onFrontier && !point.isClamped && marks[row * plot.width + column] { return }
        marks[row * plot.width + column] = true
        if ascii {
            let glyph: Character = point.isClamped ? "o" : onFrontier ? "*" : "x"
            grid.set(x, y, role: role, glyph: glyph, mark: true)
            return
        }
        // The dots of the mark, inside the point's cell.
        let x0 = column * 2, y0 = row * 4
        let dots: [(Int, Int)]
        if point.isClamped {
            grid.clear(column: column, row: row)
            dots = [(0, 0), (1, 0), (0, 3), (1, 3)]   // hollow: the cell's corners
        } else if onFrontier {
            dots = (0..<2).flatMap { dx in (0..<4).map { dy in (dx, dy) } }
        } else {
            let top = y % 4 < 2 ? 0 : 2
            dots = [(0, top), (1, top), (0, top + 1), (1, top + 1)]
        }
        for (dx, dy) in dots { grid.set(x0 + dx, y0 + dy, role: role, mark: true) }
    }

    /// Draws the axes; returns the first column of the title row left after the x axis'
    /// title, which takes its shortest form there with `shortTitle` (to leave the legend room).
    private func drawAxes(titleRowFree: Range<Int>, shortTitle: Bool, into canvas: inout Canvas) -> Int {
        let axisX = plot.x - 1, axisY = plot.maxY
        let style = Style(.axis)
        for y in plot.y..<plot.maxY { canvas.put(ascii ? "|" : "│", x: axisX, y: y, style: style) }
        for x in plot.x..<plot.maxX { canvas.put(ascii ? "-" : "─", x: x, y: axisY, style: style) }
        canvas.put(ascii ? "+" : "└", x: axisX, y: axisY, style: style)
        // Quality ticks, labels right-aligned left of the axis.
        var labelled = Set<Int>()
        for tick in yScale.ticks {
            let row = cell(0, dotY(tick)).row
            canvas.put(ascii ? "+" : "┤", x: axisX, y: plot.y + row, style: style)
            guard labelled.insert(row).inserted else { continue }
            let label = shorten(yScale.label(tick), to: axisX - area.x)
            canvas.write(label, x: axisX - label.count, y: plot.y + row, style: style)
        }
        // Cost ticks, labels centred under them, none overlapping.
        var free = area.x
        for tick in xScale.ticks {
            let column = plot.x + cell(dotX(tick), 0).column
            canvas.put(ascii ? "+" : "┬", x: column, y: axisY, style: style)
            let label = LogScale.label(tick)
            let start = min(max(column - label.count / 2, area.x), area.maxX - label.count)
            guard start >= free else { continue }
            canvas.write(label, x: start, y: axisY + 1, style: style)
            free = start + label.count + 1
        }
        // The x axis' title at the right end of the tick labels' row, else in the title row.
        let requests = Format.grouped(analysis.requests)
        if let title = ["cost of \(requests) requests (log)", "cost (log)"].first(where: { area.maxX - $0.count >= free }) {
            canvas.write(title, x: area.maxX - title.count, y: axisY + 1, style: Style(.muted))
        } else if let title = (shortTitle ? ["x: cost (log)"] : ["x: cost of \(requests) requests, log scale", "x: cost of \(requests) requests",
                               "x: cost (log)"]).first(where: { $0.count <= titleRowFree.count }) {
            canvas.write(title, x: titleRowFree.lowerBound, y: area.y, style: Style(.muted))
            return titleRowFree.lowerBound + title.count + 2
        }
        return titleRowFree.lowerBound
    }

    /// A label beside each point, right or left of it, whichever hides fewer dots and cuts
    /// less of the name (right on a tie); skipped where it would cover a point or another
    /// label. The selected model goes first, then the marked, then the frontier. Returns the
    /// setups whose label was left out for want of room.
    private mutating func drawLabels(selected: Int?, into canvas: inout Canvas) -> [Int] {
        var unlabelled: [Int] = []
        let first = (selected.map { [$0] } ?? []) + marked.keys.sorted { marked[$0]! < marked[$1]! }.filter { $0 != selected }
        let frontier = analysis.frontier.filter { isPlotted($0) && !first.contains($0) }
        let rest = crowded ? [] : plotted.filter { !first.contains($0) && !analysis.entries[$0].onFrontier }
        let order = first + frontier + rest
        let longest = max(4, min(16, plot.width / 3))
        // Told apart among the names that may be drawn, not every point's: crowded, that is
        // the frontier's and the chosen few of thousands.
        let names = Dictionary(uniqueKeysWithValues: zip(order, DistinctNames.shortened(order.map { Sanitize.line(analysis.entries[$0].label) }, to: longest)))
        for i in order {
            let entry = analysis.entries[i]
            let (column, row) = cell(dotX(entry.point.workloadCost), dotY(entry.quality!))
            let text = names[i] ?? ""
            let role: Role = i == selected ? .selected : marked[i] != nil ? .accent : entry.onFrontier ? .frontier : .dominated
            let style = Style(role, bold: i == selected)
            // Right of the point after a gap or left of it: a cut character counts as two
            // hidden dots.
            let room = (right: plot.width - (column + 2), left: column - 1)
            // Each width measured once: a name with a `·` or a `×` is measured character
            // by character, and the frontier's dozens are labelled on every step.
            let textColumns = text.columns
            var best: (start: Int, text: String, columns: Int, hidden: Int)?
            for side in [true, false] {
                let width = min(longest, side ? room.right : room.left)
                guard !text.isEmpty, width >= min(3, textColumns) else { continue }
                let label = shorten(text, to: width)
                let columns = label.columns
                let start = side ? column + 2 : column - 1 - columns
                guard isFree(row: row, from: start, count: columns) else { continue }
                let hidden = (start..<start + columns).filter { grid.cell(column: $0, row: row) != nil }.count
                    + 2 * (textColumns - columns + (columns < textColumns ? 1 : 0))
                if best == nil || hidden < best!.hidden { best = (start, label, columns, hidden) }
            }
            guard let best else {
                if !text.isEmpty { unlabelled.append(i) }
                continue
            }
            canvas.write(best.text, x: plot.x + best.start, y: plot.y + row, style: style)
            for c in best.start..<best.start + best.columns { labels[row * plot.width + c] = true }
        }
        if let budget {
            let column = cell(dotX(budget), 0).column
            let text = "budget \(Format.dollars(budget))"
            for start in [column + 2, column - 1 - text.count]
            where start >= 0 && start + text.count <= plot.width && isFree(row: 0, from: start, count: text.count) {
                canvas.write(text, x: plot.x + start, y: plot.y, style: Style(.budget))
                break
            }
        }
        return unlabelled
    }

    /// Whether `count` cells from `start` on `row` hold no mark or label, and no label
    /// touches them on either side.
    private func isFree(row: Int, from start: Int, count: Int) -> Bool {
        guard start >= 0, start + count <= plot.width else { return false }
        for c in start..<start + count where marks[row * plot.width + c] || labels[row * plot.width + c] { return false }
        for c in [start - 1, start + count] where c >= 0 && c < plot.width && labels[row * plot.width + c] { return false }
        return true
    }

    private func shorten(_ text: String, to width: Int) -> String {
        FrontierPlot.shorten(text, to: width, ascii: ascii)
    }

    /// Beyond the budget: the blank cells of the plot take the over-budget role; drawn
    /// cells keep theirs so that they stay readable.
    private func markOverBudget(after budgetColumn: Int, into canvas: inout Canvas) {
        for y in plot.y..<plot.maxY {
            for x in plot.x + budgetColumn + 1..<plot.maxX where canvas[x, y]?.character == " " {
                canvas.restyle(x: x, y: y) { $0.role = .overBudget }
            }
        }
    }
}
