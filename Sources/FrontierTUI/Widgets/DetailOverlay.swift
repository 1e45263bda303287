import FrontierCore

/// Enter: the selected model's notes, scores, runs and their provenance.
struct DetailOverlay {
    let state: State
    let analysis: Analysis
    let dataset: Dataset

    func render(into canvas: inout Canvas, area: Rect) {
        guard let configuration = state.selected else { return }
        let box = Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: area.height - 2)
        canvas.fill(box)
        let label = analysis.entries.first { $0.configuration == configuration }?.label ?? configuration.model
        let inner = canvas.box(box, title: "\(label) · Enter or Esc to close", style: Style(.focus), ascii: state.ascii)
        guard inner.width > 30 else { return }
        var y = inner.y
        func line(_ text: String, _ style: Style = .plain) {
            guard y < inner.maxY else { return }
            canvas.write(text, in: Rect(x: inner.x + 1, y: y, width: inner.width - 1, height: 1), style: style)
            y += 1
        }
        let model = dataset.model(named: configuration.model)
        let facts = [model?.size.map { "size \($0)" }, model?.precision, model?.engine].compactMap { $0 }
        line("\(configuration.hardwareLabel)" + (facts.isEmpty ? "" : " · " + facts.joined(separator: " · ")), Style(.accent))
        let scores = (model?.quality ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key) \(Format.number($0.value))" }
        line("Quality: " + (scores.isEmpty ? "no score" : scores.joined(separator: ", ")))
        if let notes = model?.notes {
            for text in wrapped(notes, width: inner.width - 2).prefix(2) { line(text, Style(.muted)) }
        }
        y += 1
        let runs = dataset.runs.filter { $0.configuration == configuration }.sorted { $0.concurrency < $1.concurrency }
        let widths = [6, 8, 9, 8, 8, 9]
        line(rightAligned(["c", "requests", "duration", "req/s", "tok/s", "TTFT"], widths: widths) + "  derived", Style(.muted, bold: true))
        for run in runs where y < inner.maxY - 3 {
            let level: String = Format.concurrency(run.concurrency) + (run.concurrencyEstimated ? "~" : "")
            let requests: String = run[.requests].map { Format.grouped(Int($0)) } ?? "—"
            let duration: String = run[.durationS].map { Format.number($0) + " s" } ?? "—"
            let rps: String = run[.requestThroughput].map { Format.significant($0, digits: 3) } ?? "—"
            let tokens: String = run[.outputTokensPerS].map { Format.number($0, decimals: 0) } ?? "—"
            let ttft: String = run[.meanTTFTms].map(Format.milliseconds) ?? "—"
            let derived: String = run.derived.sorted().map(\.key).joined(separator: ", ")
            let cells: [String] = [level, requests, duration, rps, tokens, ttft, derived]
            line(rightAligned(Array(cells.prefix(6)), widths: widths) + "  " + cells[6])
        }
        y = max(y, inner.maxY - 3)
        let sources = Array(Set(runs.compactMap(\.source))).sorted()
        line("Source" + (sources.count > 1 ? "s (\(sources.count))" : "") + ":", Style(.muted, bold: true))
        for text in wrapped(sources.joined(separator: " | "), width: inner.width - 2).prefix(2) { line(text, Style(.muted)) }
    }
}
