import FrontierCore

/// `p`: the plan for a volume. The volume and peak sliders beside a summary of the cheapest
/// setup; a table of every planned setup (concurrency, replicas, GPUs, utilization, month,
/// $/1M output tokens, the cheapest API beside it); and the cost per request of the top
/// setups against volume, with the API lines (`PlanPlot`).
struct PlanView: Widget {
    /// The volume, the peak and the current slider.
    let settings: PlanSettings
    let ascii: Bool
    let analysis: Analysis
    let plan: Plan

    func render(into frame: inout Frame, area: Rect) {
        frame.canvas.fill(area)
        let (top, rest) = area.splitTop(4)
        let (left, right) = top.splitLeft(min(46, top.width / 2 + 4))
        let inner = frame.canvas.box(left, title: "Plan · p or Esc: back", style: Style(.focus), ascii: ascii)
        for (row, kind) in PlanSlider.allCases.enumerated() where row < inner.height && inner.width >= 20 {
            let track = SliderPanel.drawRow(&frame.canvas, inner: inner, row: row, title: kind.title, label: kind.label(settings),
                                            position: kind.position(settings), current: kind == settings.slider,
                                            focused: true, ascii: ascii)
            frame.targets.append(.planSlider(kind, track: track))
        }
        summary(into: &frame.canvas, area: Rect(x: right.x + 1, y: right.y, width: right.width - 1, height: right.height))
        let wide = area.width >= 110 && area.height >= 30
        let tableHeight = min(max(1, plan.rows.count), wide ? 10 : 6) + 2
        let (tableArea, plotArea) = rest.splitTop(min(tableHeight, max(0, rest.height - 8)))
        table(into: &frame.canvas, area: tableArea)
        let tokens = plan.rows.first.map { " · APIs at \(Sanitize.line($0.label))'s tokens" } ?? ""
        let plotInner = frame.canvas.box(plotArea, title: "$/request against requests a day, log–log" + tokens, ascii: ascii)
        PlanPlot(plan: plan, volume: settings.requestsPerDay, peak: settings.peak, ascii: ascii)
            .render(into: &frame, area: plotInner)
    }

    /// The cheapest setup's fleet and month, and where it stands against the cheapest API.
    private func summary(into canvas: inout Canvas, area: Rect) {
        let peak = Fleet.peakRate(requestsPerDay: plan.requestsPerDay, peak: plan.peak)
        let wide = area.width >= 50
        var lines: [(String, Style)] = [
            ("Peak \(Format.number(peak, decimals: 1)) req/s · \(PlanSlider.volume(plan.requestsPerDay * PlanCalendar.daysPerMonth)) req"
             + (wide ? " a 730-hour month" : "/month"),
             Style(.muted)),
        ]
        if let best = plan.rows.first {
            lines.append(("Cheapest: \(Sanitize.line(best.label)) at c=\(Format.concurrency(best.concurrency))", Style(.text, bold: true)))
            lines.append(("\(best.fleet.replicas)×\(best.configuration.gpus) GPUs · \(Format.dollars(best.fleet.monthly))/month"
                          + (wide ? " · \(Format.dollars(best.fleet.costPerRequest))/request" : ""), Style(.accent)))
            if let api = best.cheapestAPI, let monthly = api.monthly {
                let cheaper = monthly < best.fleet.monthly
                let name = Sanitize.line(api.name)
                let text = switch (api.breakEvenRequestsPerDay, wide) {
                case (let v?, true): "\(name) \(Format.dollars(monthly))/month: self-host from \(PlanSlider.volume(v))/day"
                case (let v?, false): "beats \(name) from \(PlanSlider.volume(v))/day"
                case (nil, true): "\(name) \(Format.dollars(monthly))/month: cheaper at any volume"
                case (nil, false): "\(name) is cheaper at any volume"
                }
                lines.append((text, Style(cheaper ? .warning : .good)))
            }
        } else {
            lines.append(("No setup meets the SLO and the budget.", Style(.warning)))
        }
        for (row, line) in lines.prefix(area.height).enumerated() {
            canvas.write(Format.cutInTheMiddle(line.0, to: area.width), x: area.x, y: area.y + row, style: line.1)
        }
    }

    private struct Column {
        let title: String
        let width: Int
        let value: (PlanRow) -> String
    }

    private func table(into canvas: inout Canvas, area: Rect) {
        guard area.height >= 2, area.width >= 40 else { return }
        let (heading, body) = area.splitTop(1)
        let at = analysis.scenario.operatingPoint == .best ? "each at its best (b)" : "all at c=\(Format.concurrency(analysis.scenario.concurrency)) (b)"
        let left = plan.unplanned.isEmpty ? "" : " · \(plan.unplanned.count) not planned (SLO, budget)"
        canvas.fill(heading, with: ascii ? "-" : "─", style: Style(.frame))
        canvas.write(" Fleet for \(PlanSlider.volume(plan.requestsPerDay)) requests a day · \(at)\(left) ", x: area.x + 1, y: heading.y,
                     style: Style(.frame, bold: true), limit: area.width - 2)
        let columns = [
            Column(title: "c", width: 4) { Format.concurrency($0.concurrency) },
            Column(title: "Repl", width: 5) { Format.grouped($0.fleet.replicas) },
            Column(title: "GPUs", width: 5) { Format.grouped($0.fleet.gpus) },
            Column(title: "Util", width: 4) { Format.percent($0.fleet.utilization) },
            Column(title: "$/month", width: 11) { Format.dollars($0.fleet.monthly) },
            Column(title: "$/1M out", width: 8) { $0.fleet.costPerMillionOutputTokens.map(Format.dollars) ?? "—" },
        ]
        let fixed = columns.reduce(0) { $0 + $1.width + 1 }
        let nameWidth = max(12, min(26, area.width - fixed - 1 - 21))   // 21: "gpt-4o-mini $8516.82" and a space
        let apiX = area.x + nameWidth + 1 + fixed
        let apiWidth = max(0, area.maxX - apiX)
        func draw(_ y: Int, name: String, cells: [String], api: String, style: Style, apiStyle: Style) {
            canvas.write(Format.cutInTheMiddle(name, to: nameWidth), in: Rect(x: area.x, y: y, width: nameWidth, height: 1), style: style)
            var x = area.x + nameWidth + 1
            for (column, cell) in zip(columns, cells) {
                canvas.write(cell, in: Rect(x: x, y: y, width: column.width, height: 1), style: style, alignRight: true)
                x += column.width + 1
            }
            canvas.write(Format.cutInTheMiddle(api, to: apiWidth), in: Rect(x: apiX, y: y, width: apiWidth, height: 1), style: apiStyle)
        }
        let (header, rows) = body.splitTop(1)
        let muted = Style(.muted, bold: true)
        draw(header.y, name: "Setup", cells: columns.map(\.title), api: "Cheapest API", style: muted, apiStyle: muted)
        for (line, row) in plan.rows.prefix(rows.height).enumerated() {
            let api = row.cheapestAPI
            let text = api.flatMap { a in a.monthly.map { "\(Sanitize.line(a.name)) \(Format.dollars($0))" } } ?? "—"
            let cheaper = (api?.monthly).map { $0 < row.fleet.monthly }
            draw(rows.y + line, name: Sanitize.line(row.label), cells: columns.map { $0.value(row) }, api: text,
                 style: Style(line == 0 ? .frontier : .text, bold: line == 0),
                 apiStyle: Style(cheaper == true ? .warning : cheaper == false ? .good : .muted))
        }
        if plan.rows.isEmpty {
            canvas.write("No setup meets the SLO and the budget.", x: area.x + 2, y: rows.y, style: Style(.muted))
        }
    }
}
