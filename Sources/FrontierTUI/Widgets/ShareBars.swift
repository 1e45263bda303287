import FrontierCore

/// How often each setup ranks first over the Monte Carlo's draws: a sentence for the most
/// frequent ("WiNGPT-3.5 first in 87% of 2,000 draws"), then a bar a setup, largest share
/// first, the selected setup's bold.
///
/// ```swift
/// ShareBars(shares: robustness.shares, draws: 2000, selected: "WiNGPT-3.5", ascii: false)
///     .render(into: &frame, area: inner)
/// ```
struct ShareBars: Widget {
    let shares: [Robustness.Share]
    let draws: Int
    let selected: String?
    let ascii: Bool

    func render(into frame: inout Frame, area: Rect) {
        guard area.width >= 16, area.height > 0, let first = shares.first else { return }
        let sentence = "\(first.label ?? "No setup") first in \(Format.percent(first.share)) of \(Format.grouped(draws)) draws"
        let lines = wrapped(sentence, width: area.width)
        for (row, line) in lines.prefix(area.height).enumerated() {
            frame.canvas.write(line, x: area.x, y: area.y + row, style: Style(.text, bold: true))
        }
        let names = shares.map { $0.label ?? "no setup" }
        let nameWidth = min(names.map(\.columns).max()!, max(8, area.width / 2 - 2))
        let percentWidth = 4, barX = area.x + nameWidth + 1
        let barWidth = area.maxX - percentWidth - 1 - barX
        let rows = max(0, area.height - lines.count)
        for (k, share) in shares.prefix(rows).enumerated() {
            let y = area.y + lines.count + k
            let bold = share.label != nil && share.label == selected
            frame.canvas.write(Format.cutInTheMiddle(names[k], to: nameWidth), x: area.x, y: y, style: Style(.text, bold: bold))
            let filled = Checked.int((share.share * Double(barWidth)).rounded(), clampedTo: 0...max(0, barWidth))
            for x in 0..<barWidth {
                frame.canvas.put(x < filled ? (ascii ? "#" : "█") : (ascii ? "." : "░"), x: barX + x, y: y,
                           style: Style(x < filled ? (k == 0 ? .frontier : .accent) : .muted))
            }
            frame.canvas.write(Format.percent(share.share), in: Rect(x: area.maxX - percentWidth, y: y, width: percentWidth, height: 1),
                         style: Style(.accent), alignRight: true)
        }
        if shares.count > rows, rows > 0 {
            frame.canvas.fill(Rect(x: area.x, y: area.maxY - 1, width: area.width, height: 1))
            frame.canvas.write("… \(shares.count - rows + 1) more", in: Rect(x: area.x, y: area.maxY - 1, width: area.width, height: 1),
                         style: Style(.muted))
        }
    }
}
