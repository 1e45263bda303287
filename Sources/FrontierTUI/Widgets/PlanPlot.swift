import Foundation
import FrontierCore

/// Cost per request against daily volume, both on log scales, 1k–1G requests a day: the
/// top setups' curves (each a sawtooth: a replica added at each step of the peak, then
/// shared by more requests), the APIs' flat lines at the first setup's tokens, the
/// crossovers of that setup with each API marked '×' ('X'), and the current volume a
/// dotted vertical line.
///
/// ```swift
/// PlanPlot(plan: plan, volume: 2e6, peak: 2).render(into: &canvas, area: Rect(x: 0, y: 10, width: 78, height: 8))
/// ```
struct PlanPlot: Widget {
    let plan: Plan
    let volume: Double
    let peak: Double
    var ascii = false

    static let setups = 3
    static let apis = 3
    static let setupRoles: [Role] = [.frontier, .accent, .trail]
    static let decades = (low: 3.0, high: 9.0)

    func render(into frame: inout Frame, area: Rect) {
        draw(into: &frame.canvas, area: area)
    }

    private func draw(into canvas: inout Canvas, area: Rect) {
        guard area.width >= 30, area.height >= 5 else {
            if !area.isEmpty { canvas.write("plot: too small", x: area.x, y: area.y, style: Style(.muted), limit: area.width) }
            return
        }
        let rows = Array(plan.rows.prefix(Self.setups))
        guard let first = rows.first else {
            canvas.write("nothing to plot", x: area.x + 2, y: area.y + area.height / 2, style: Style(.muted))
            return
        }
        let apis = first.vsAPI.filter { ($0.costPerRequest ?? 0) > 0 }.sorted { $0.costPerRequest! < $1.costPerRequest! }
            .prefix(Self.apis)

        // The legend takes the first row.
        var x = area.x
        for (i, row) in rows.enumerated() {
            let text = "\(i + 1) \(Sanitize.line(row.label))"
            let width = canvas.write(Format.cutInTheMiddle(text, to: max(4, (area.width - 14) / rows.count - 2)), x: x, y: area.y,
                                     style: Style(Self.setupRoles[i], bold: true))
            x += width + 2
        }
        let key = ascii ? "- - API" : "╌ API"
        canvas.write(key, x: area.maxX - key.count, y: area.y, style: Style(.budget))

        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        let columns = body.width - 7, plotRows = body.height - 2
        var grid = BrailleGrid(columns: columns, rows: plotRows, ascii: ascii)
        let volumes = (0..<grid.dotWidth).map { pow(10, Self.decades.low + (Self.decades.high - Self.decades.low) * Double($0) / Double(max(1, grid.dotWidth - 1))) }
        let curves = rows.map { row in volumes.map { row.fleet(requestsPerDay: $0, peak: peak).costPerRequest } }
        // A log scale places only finite positive costs (a free API or GPU has none).
        let values = (curves.flatMap { $0 } + apis.compactMap(\.costPerRequest)).filter { $0 > 0 && $0.isFinite }
        guard let least = values.min(), let most = values.max() else {
            canvas.write("no positive costs to plot", x: area.x + 2, y: area.y + area.height / 2, style: Style(.muted))
            return
        }
        // A little room above and below; at least a decade, so that one tick shows.
        let low = log10(least) - 0.15, high = max(low + 1, log10(most) + 0.15)
        func dotY(_ cost: Double) -> Int {
            let t = cost > 0 && cost.isFinite ? min(1, max(0, (high - log10(cost)) / (high - low))) : 1
            return Checked.int((t * Double(grid.dotHeight - 1)).rounded(), clampedTo: 0...max(0, grid.dotHeight - 1))
        }
        func dotX(_ v: Double) -> Int {
            Checked.int(((log10(v) - Self.decades.low) / (Self.decades.high - Self.decades.low) * Double(grid.dotWidth - 1)).rounded(),
                        clampedTo: 0...max(0, grid.dotWidth - 1))
        }

        let now = dotX(volume)
        grid.line(from: (now, 0), to: (now, grid.dotHeight - 1), role: .knee, glyph: ":", every: 2)
        for api in apis {
            let y = dotY(api.costPerRequest!)
            grid.line(from: (0, y), to: (grid.dotWidth - 1, y), role: .budget, glyph: "-", every: 2)
        }
        for (i, curve) in curves.enumerated().reversed() {
            let points = curve.enumerated().map { (x: $0.offset, y: dotY($0.element)) }
            for (a, b) in zip(points, points.dropFirst()) { grid.line(from: a, to: b, role: Self.setupRoles[i], glyph: "*") }
        }
        let plot = Rect(x: body.x + 7, y: body.y, width: columns, height: plotRows)
        grid.render(into: &canvas, area: plot)

        // Axes: $/request decades left, volume decades below.
        let style = Style(.axis)
        for y in plot.y..<plot.maxY { canvas.put(ascii ? "|" : "│", x: plot.x - 1, y: y, style: style) }
        for x in plot.x..<plot.maxX { canvas.put(ascii ? "-" : "─", x: x, y: plot.maxY, style: style) }
        canvas.put(ascii ? "+" : "└", x: plot.x - 1, y: plot.maxY, style: style)
        var lastRow: Int? = nil
        for decade in stride(from: floor(high), through: ceil(low), by: -1) {
            let row = plot.y + dotY(pow(10, decade)) / (ascii ? 1 : 4)
            if let lastRow, row - lastRow < 2 { continue }
            lastRow = row
            canvas.write(String(LogScale.label(pow(10, decade)).prefix(6)), in: Rect(x: body.x, y: row, width: 6, height: 1),
                         style: style, alignRight: true)
        }
        for decade in Int(Self.decades.low)...Int(Self.decades.high) {
            let column = plot.x + dotX(pow(10, Double(decade))) / (ascii ? 1 : 2)
            let label = PlanSlider.volume(pow(10, Double(decade)))
            canvas.put(ascii ? "+" : "┬", x: column, y: plot.maxY, style: style)
            canvas.write(label, x: min(column - label.count / 2, plot.maxX - label.count), y: plot.maxY + 1, style: style)
        }
        canvas.write("req/day", x: plot.maxX - 7, y: plot.maxY + 1, style: Style(.muted))

        // API names at the left end of their lines (the cheapest first where two share a
        // row), crossovers of the first setup marked.
        var labelled = Set<Int>()
        for api in apis {
            let row = plot.y + dotY(api.costPerRequest!) / (ascii ? 1 : 4)
            let name = Sanitize.line(api.name)
            // At the left, where the setups' curves run high above the APIs' lines.
            if labelled.insert(row).inserted {
                canvas.write(name, x: plot.x + 1, y: row, style: Style(.budget), limit: min(20, plot.width / 4))
            }
            if let crossing = api.breakEvenRequestsPerDay, crossing >= pow(10, Self.decades.low), crossing <= pow(10, Self.decades.high) {
                canvas.put(ascii ? "X" : "×", x: plot.x + dotX(crossing) / (ascii ? 1 : 2), y: row, style: Style(.warning, bold: true))
            }
        }
        for (i, curve) in curves.enumerated() {
            let row = plot.y + dotY(curve[curve.count - 1]) / (ascii ? 1 : 4)
            canvas.put(Character(String(i + 1)), x: plot.maxX - 1, y: row, style: Style(Self.setupRoles[i], bold: true))
        }
    }
}
