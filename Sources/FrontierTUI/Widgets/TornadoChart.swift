import FrontierCore

/// A tornado: one row an input, largest swing first, each a horizontal bar from the cost
/// with the input low to the cost with it high, around a line at today's cost. Cheaper than
/// today is drawn good, costlier warning. Left of the bars the input's name (and, where the
/// width allows, its low → high value); right, the costs at low → high.
///
/// ```swift
/// TornadoChart(bars: sensitivity.bars, baseUSD: sensitivity.baseUSD, ascii: false)
///     .render(into: &frame, area: inner)
/// ```
struct TornadoChart: Widget {
    let bars: [Sensitivity.Bar]
    let baseUSD: Double
    let ascii: Bool

    /// The narrowest bar worth drawing; under it the value column is left out, then the rows.
    static let minimumBar = 8

    func render(into frame: inout Frame, area: Rect) {
        guard area.height >= 2, !bars.isEmpty else { return }
        let titles = bars.map(\.lever.title), values = bars.map { "\($0.lever.label($0.lowValue))→\($0.lever.label($0.highValue))" }
        let costs = bars.map { "\(Self.usd($0.lowUSD))→\(Self.usd($0.highUSD))" }
        let titleWidth = titles.map(\.columns).max()!, valueWidth = values.map(\.columns).max()!
        let costWidth = costs.map(\.columns).max()!
        let withValues = area.width - titleWidth - valueWidth - costWidth - 3 >= 2 * Self.minimumBar
        let barX = area.x + titleWidth + 1 + (withValues ? valueWidth + 1 : 0)
        let barWidth = area.maxX - costWidth - 1 - barX
        guard barWidth >= Self.minimumBar else { return }
        let all = bars.flatMap { [$0.lowUSD, $0.highUSD] } + [baseUSD]
        let lo = all.min()!, hi = all.max()!
        func column(_ usd: Double) -> Int {
            hi > lo ? barX + Checked.int(((usd - lo) / (hi - lo) * Double(barWidth - 1)).rounded(), clampedTo: 0...(barWidth - 1)) : barX + barWidth / 2
        }
        let base = column(baseUSD)
        // The heading: today's cost over its line, and the span's ends where there is room.
        let today = "today \(Self.usd(baseUSD))", low = Self.usd(lo), high = Self.usd(hi)
        let first = barX + low.columns + 1, last = barX + barWidth - high.columns - 1 - today.columns
        if first <= last {
            frame.canvas.write(low, x: barX, y: area.y, style: Style(.muted))
            frame.canvas.write(high, x: barX + barWidth - high.columns, y: area.y, style: Style(.muted))
            frame.canvas.write(today, x: min(max(first, base - today.columns / 2), last), y: area.y, style: Style(.text, bold: true))
        } else {
            frame.canvas.write(today, x: max(barX, min(base - today.columns / 2, barX + barWidth - today.columns)), y: area.y,
                         style: Style(.text, bold: true), limit: barWidth)
        }
        frame.canvas.write("Input", x: area.x, y: area.y, style: Style(.muted, bold: true), limit: titleWidth)
        if withValues { frame.canvas.write("Low→high", x: area.x + titleWidth + 1, y: area.y, style: Style(.muted, bold: true)) }
        frame.canvas.write("$ low→high", in: Rect(x: area.maxX - costWidth, y: area.y, width: costWidth, height: 1),
                     style: Style(.muted, bold: true), alignRight: true)
        for (row, bar) in bars.prefix(area.height - 1).enumerated() {
            let y = area.y + 1 + row
            frame.canvas.write(titles[row], x: area.x, y: y, style: Style(.text), limit: titleWidth)
            if withValues { frame.canvas.write(values[row], x: area.x + titleWidth + 1, y: y, style: Style(.muted), limit: valueWidth) }
            let a = column(min(bar.lowUSD, bar.highUSD)), b = column(max(bar.lowUSD, bar.highUSD))
            for x in barX..<(barX + barWidth) {
                if x >= a && x <= b {
                    frame.canvas.put(ascii ? "#" : "█", x: x, y: y, style: Style(x < base ? .good : x > base ? .warning : .text))
                } else if x == base {
                    frame.canvas.put(ascii ? "|" : "│", x: x, y: y, style: Style(.muted))
                }
            }
            frame.canvas.write(costs[row], in: Rect(x: area.maxX - costWidth, y: y, width: costWidth, height: 1), style: Style(.accent), alignRight: true)
        }
    }

    static func usd(_ value: Double) -> String { Format.dollars(value, significant: 3) }
}
