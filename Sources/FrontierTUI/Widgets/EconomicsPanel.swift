import FrontierCore

/// The selected model across concurrency: cost and throughput curves, the marginal saving
/// and elasticity per step, the optimal zone shaded with its knee, and the three findings.
struct EconomicsPanel: Widget {
    /// The selected setup's entry, if any.
    let entry: Entry?
    /// The concurrency the sliders chose: its row is marked.
    let concurrency: Double
    let ascii: Bool

    func render(into frame: inout Frame, area: Rect) {
        draw(into: &frame.canvas, area: area)
    }

    private func draw(into canvas: inout Canvas, area: Rect) {
        let inner = canvas.box(area, title: "Economics" + (entry.map { " · \($0.label)" } ?? ""), ascii: ascii)
        guard let entry, inner.width >= 30, inner.height >= 4 else {
            if inner.height > 0 { canvas.write("Select a model in the ranking.", in: inner, style: Style(.muted)) }
            return
        }
        if case .notComputable(let reason)? = entry.exclusion {
            canvas.write("No figures: this setup cannot be costed; \(reason).", in: inner, style: Style(.warning))
            return
        }
        var y = inner.y
        let costs = entry.curve.map(\.estimate.costPerRequest)
        let throughput = entry.curve.map(\.estimate.requestThroughput)
        canvas.write("cost/req ", x: inner.x, y: y, style: Style(.muted))
        canvas.write(Sparkline(values: costs, ascii: ascii).text, x: inner.x + 9, y: y, style: Style(.accent))
        let half = inner.x + 9 + costs.count + 2
        canvas.write("req/s ", x: half, y: y, style: Style(.muted))
        canvas.write(Sparkline(values: throughput, ascii: ascii).text, x: half + 6, y: y, style: Style(.accent))
        y += 1

        let findingRows = 3
        let tableRows = max(0, inner.maxY - y - findingRows - 1)
        canvas.write(row(["c", "Workload", "Saving", "ε", "TTFT"]), x: inner.x, y: y, style: Style(.muted, bold: true), limit: inner.width)
        y += 1
        // Show the levels around the chosen concurrency when they do not all fit.
        let near = entry.curve.firstIndex { $0.concurrency >= concurrency } ?? entry.curve.count - 1
        let start = max(0, min(near - tableRows / 2, entry.curve.count - tableRows))
        // One level is no curve: it has no zone or knee to mark.
        let zone = entry.singleLevelNote == nil ? entry.zone : nil
        for point in entry.curve.dropFirst(start).prefix(tableRows) {
            let inZone = zone?.contains(point.concurrency) == true
            let isKnee = point.concurrency == zone?.knee
            let current = point.concurrency == concurrency
            let text = row([Format.concurrency(point.concurrency), Format.dollars(point.estimate.workloadCost),
                            point.marginalSaving.map(Format.dollars) ?? "—",
                            point.elasticity.map { Format.number($0, decimals: 2) } ?? "—",
                            point.estimate.meanTTFTms.map(Format.milliseconds) ?? "—"])
                + (isKnee ? (ascii ? " *knee" : " ◆knee") : inZone ? " zone" : "") + (point.meetsSLO ? "" : " >SLO")
            let role: Role = isKnee ? .knee : inZone ? .zone : point.meetsSLO ? .text : .muted
            canvas.write(text, in: Rect(x: inner.x, y: y, width: inner.width, height: 1),
                         style: Style(role, bold: current || isKnee, reverse: inZone && !ascii))
            y += 1
        }
        y = max(y, inner.maxY - findingRows)
        for (i, finding) in findings(entry).enumerated() where y + i < inner.maxY {
            canvas.write("\(i + 1) " + finding, in: Rect(x: inner.x, y: y + i, width: inner.width, height: 1), style: Style(.text))
        }
    }

    private func row(_ cells: [String]) -> String { rightAligned(cells, widths: [4, 8, 9, 6, 7]) }

    /// The paper's three findings, stated for this model.
    func findings(_ e: Entry) -> [String] {
        if let note = e.singleLevelNote { return [note.prefix(1).uppercased() + note.dropFirst()] }
        let savings = e.curve.compactMap(\.marginalSaving)
        let saving = savings.filter { $0 > 0 }
        let range = "\(saving.first.map(Format.dollars) ?? "—")→\(saving.last.map(Format.dollars) ?? "—")"
        let rises = savings.last.map { $0 < 0 } == true
        let marginal: String = switch e.marginalCostDiminishes {
        case _ where saving.isEmpty: "No step up in concurrency saves money"
        case _ where saving.count == 1: "Only one step saves (\(Format.dollars(saving[0])))" + (rises ? ", then cost rises" : "")
        case true?: "Savings shrink \(range)" + (rises ? ", then cost rises" : "")
        case false?: "Savings do not always shrink (\(range))"
        case nil: "Too few levels to judge marginal cost"
        }
        let lastElasticity = e.curve.last?.elasticity.map { Format.number($0, decimals: 2) } ?? "—"
        let returns = e.saturation.map { "Throughput saturates after c=\(Format.concurrency($0)) (ε→\(lastElasticity))" }
            ?? "Throughput not saturated (last ε \(lastElasticity))"
        let zone = e.zone.map { z in
            let cheapest = e.curve.first { $0.concurrency == z.cheapest }.map { Format.dollars($0.estimate.workloadCost) } ?? "—"
            let span = z.low == z.high ? Format.concurrency(z.low) : "\(Format.concurrency(z.low))–\(Format.concurrency(z.high))"
            return "Zone c \(span), knee \(Format.concurrency(z.knee)), min \(cheapest)"
        } ?? "No level meets the TTFT SLO"
        return [marginal, returns, zone]
    }
}
