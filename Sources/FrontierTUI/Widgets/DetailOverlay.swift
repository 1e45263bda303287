import FrontierCore

/// Enter: the selected model's facts, scores, runs and their provenance; scrolls when it
/// does not fit.
struct DetailOverlay {
    let state: State
    let analysis: Analysis
    let dataset: Dataset

    /// Draws the details; returns how far they can scroll.
    @discardableResult
    func render(into canvas: inout Canvas, area: Rect) -> Int {
        guard let configuration = state.selected else { return 0 }
        let box = Rect(x: area.x + 1, y: area.y + 1, width: area.width - 2, height: area.height - 2)
        canvas.fill(box)
        let label = analysis.entries.first { $0.configuration == configuration }?.label ?? configuration.model
        let inner = canvas.box(box, title: "\(label) · Enter or Esc to close", style: Style(.focus), ascii: state.ascii)
        guard inner.width > 30, inner.height > 0 else { return 0 }
        let lines = content(configuration, width: inner.width - 2)
        let first = min(state.overlayScroll, max(0, lines.count - inner.height))
        for (row, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
            canvas.write(line.0, in: Rect(x: inner.x + 1, y: inner.y + row, width: inner.width - 2, height: 1), style: line.1)
        }
        if first + inner.height < lines.count {
            canvas.write(" ↓ more: ↑ ↓ PgDn ", x: box.maxX - 20, y: box.maxY - 1, style: Style(.focus, bold: true))
        } else if first > 0 {
            canvas.write(" ↑ PgUp ", x: box.maxX - 10, y: box.maxY - 1, style: Style(.focus, bold: true))
        }
        return max(0, lines.count - inner.height)
    }

    private func content(_ configuration: Configuration, width: Int) -> [(String, Style)] {
        var lines: [(String, Style)] = []
        let model = dataset.model(named: configuration.model)
        let facts = [model?.size.map { "size \($0)" }, model?.precision, model?.engine].compactMap { $0 }
        lines.append((([configuration.hardwareLabel] + facts).joined(separator: " · "), Style(.accent)))
        let scores = (model?.quality ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key) \(Format.number($0.value))" }
        lines.append(("Quality: " + (scores.isEmpty ? "no score" : scores.joined(separator: ", ")), .plain))
        for text in wrapped(model?.notes ?? "", width: width) { lines.append((text, Style(.muted))) }
        lines.append(("", .plain))

        let runs = dataset.runs.filter { $0.configuration == configuration }.sorted { $0.concurrency < $1.concurrency }
        let widths = [6, 8, 9, 8, 7, 9, 9]
        lines.append((rightAligned(["c", "requests", "duration", "req/s", "tok/s", "TTFT", "p99 TTFT"], widths: widths),
                      Style(.muted, bold: true)))
        for run in runs {
            let cells: [String] = [
                Format.concurrency(run.concurrency) + (run.concurrencyEstimated ? "~" : ""),
                run[.requests].map { Format.grouped(Checked.int($0) ?? 0) } ?? "—",
                run[.durationS].map(Format.seconds) ?? "—",
                run[.requestThroughput].map { Format.significant($0, digits: 3) } ?? "—",
                run[.outputTokensPerS].map { Format.number($0, decimals: 0) } ?? "—",
                run[.meanTTFTms].map(Format.milliseconds) ?? "—",
                run[.p99TTFTms].map(Format.milliseconds) ?? "—",
            ]
            lines.append((rightAligned(cells, widths: widths), .plain))
        }
        if let failures = failureLine(runs) { lines.append((failures, Style(.warning))) }
        let derived = Set(runs.flatMap(\.derived)).sorted().map(\.key)
        if runs.contains(where: \.concurrencyEstimated) { lines.append(("~ concurrency estimated by Little's law", Style(.muted))) }
        if !derived.isEmpty {
            for text in wrapped("Derived, not measured: " + derived.joined(separator: ", "), width: width) {
                lines.append((text, Style(.muted)))
            }
        }
        lines.append(("", .plain))
        let sources = Array(Set(runs.compactMap(\.source))).sorted()
        lines.append(("Source" + (sources.count > 1 ? "s (\(sources.count))" : "") + ":", Style(.muted, bold: true)))
        for (i, source) in sources.enumerated() {
            if i > 0 { lines.append(("", .plain)) }
            for text in wrapped(source, width: width) { lines.append((text, Style(.muted))) }
        }
        return lines
    }

    /// "Failed: 87% of 1,500 requests (1,305); costs count the successful ones": over the
    /// runs that count both, nil when none does or none failed.
    private func failureLine(_ runs: [Run]) -> String? {
        let counted = runs.filter { FailureRate.of($0) != nil }
        let failed = counted.reduce(0) { $0 + $1[.failed]! }, total = counted.reduce(0) { $0 + $1[.requests]! } + failed
        guard let rate = FailureRate.of(completed: total - failed, failed: failed), rate > 0 else { return nil }
        return "Failed: \(FailureRate.text(rate)) of \(Format.grouped(Checked.int(total) ?? 0)) requests (\(Format.grouped(Checked.int(failed) ?? 0))); costs count the successful ones"
    }
}
