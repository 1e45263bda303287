import FrontierCore

/// Enter: the selected model's facts, scores, runs, its 95 % intervals and the runs'
/// provenance; scrolls when it does not fit.
struct DetailOverlay: OverlayWidget {
    let configuration: Configuration
    /// The setup's name as the ranking labels it.
    let label: String
    let dataset: Dataset
    /// The dataset's shapes, to find the setup's runs.
    let shapes: WorkloadShapes
    /// The setup's 95 % intervals at its operating point; nil where its data carries none.
    let intervals: Uncertainty.Point?
    let scroll: Int
    let ascii: Bool

    func render(into frame: inout Frame, area: Rect) {
        OverlayFrame(box: area.inset(1), ascii: ascii).render(name: label, suffix: " · Enter or Esc to close", scroll: scroll,
                                                              into: &frame.canvas) { content(configuration, width: $0 - 2) }
    }

    func scrollLimit(in area: Rect) -> Int {
        OverlayFrame(box: area.inset(1), ascii: ascii).scrollLimit { content(configuration, width: $0 - 2) }
    }

    /// A column of the runs table: its heading, width, and a run's cell (nil: not
    /// measured); a derived figure gets a '*'.
    private struct Column {
        let title: String
        let width: Int
        let field: RunField?
        let value: (Run) -> String?
    }

    /// The columns in display order; `dropOrder` says which give way first when narrow.
    /// `src` numbers the run's source in the list under the table.
    private func columns(sources: [String]) -> [Column] {
        func figure(_ title: String, _ width: Int, _ field: RunField, _ format: @escaping (Double) -> String) -> Column {
            Column(title: title, width: width, field: field) { $0[field].map(format) }
        }
        return [
            Column(title: "c", width: 5, field: nil) { Format.concurrency($0.concurrency) + ($0.concurrencyEstimated ? "~" : "") },
            figure("requests", 8, .requests) { Format.grouped(Checked.int($0) ?? 0) },
            figure("failed", 6, .failed) { Format.grouped(Checked.int($0) ?? 0) },
            figure("duration", 10, .durationS, Format.seconds),
            figure("req/s", 7, .requestThroughput) { Format.significant($0, digits: 3) },
            figure("tok/s", 6, .outputTokensPerS) { Format.number($0, decimals: 0) },
            figure("TTFT", 8, .meanTTFTms, Format.milliseconds),
            figure("p99 TTFT", 8, .p99TTFTms, Format.milliseconds),
            figure("TPOT", 7, .meanTPOTms, Format.milliseconds),
            figure("E2E", 8, .meanE2Ems, Format.milliseconds),
            Column(title: "src", width: 3, field: nil) { run in run.source.flatMap { sources.firstIndex(of: $0) }.map { String($0 + 1) } },
        ]
    }
    private static let dropOrder = ["E2E", "TPOT", "p99 TTFT", "duration"]

    private func content(_ configuration: Configuration, width: Int) -> [(String, Style)] {
        var lines: [(String, Style)] = []
        let model = dataset.model(named: configuration.model)
        let facts = [model?.size.map { "size \($0)" }, model?.precision, model?.engine].compactMap { $0 }
        lines.append((([configuration.hardwareLabel] + facts).joined(separator: " · "), Style(.accent)))
        let scores = (model?.quality ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key) \(Format.number($0.value))" }
        lines.append(("Quality: " + (scores.isEmpty ? "no score" : scores.joined(separator: ", ")), .plain))
        for text in wrapped(model?.notes ?? "", width: width) { lines.append((text, Style(.muted))) }
        lines.append(("", .plain))

        let runs = dataset.runs.filter { configuration.holds($0, shapes: shapes) }.sorted { $0.concurrency < $1.concurrency }
        let sources = Array(Set(runs.compactMap(\.source))).sorted()
        // A figure no run has is no column; failures always are, measured or not.
        var shown = columns(sources: sources).filter { column in
            column.field == nil || column.field == .failed || runs.contains { column.value($0) != nil }
        }
        for title in Self.dropOrder where shown.reduce(-1, { $0 + $1.width + 1 }) > width {
            shown.removeAll { $0.title == title }
        }
        let widths = shown.map(\.width)
        lines.append((rightAligned(shown.map(\.title), widths: widths), Style(.muted, bold: true)))
        for run in runs {
            let cells = shown.map { column in
                column.value(run).map { $0 + (column.field.map(run.derived.contains) == true ? "*" : "") } ?? "—"
            }
            lines.append((rightAligned(cells, widths: widths), .plain))
        }
        if let failures = failureLine(runs) { lines.append(failures) }
        if let intervals, let basis = intervals.basis {
            for text in wrapped("95 % intervals (\(basis)): " + intervals.figures.joined(separator: ", "), width: width) {
                lines.append((text, .plain))
            }
        }
        if runs.contains(where: \.concurrencyEstimated) { lines.append(("~ concurrency estimated by Little's law", Style(.muted))) }
        let derived = RunFields(runs.flatMap(\.derived)).map(\.key)
        if !derived.isEmpty {
            for text in wrapped("Derived, not measured (*): " + derived.joined(separator: ", "), width: width) {
                lines.append((text, Style(.muted)))
            }
        }
        lines.append(("", .plain))
        lines.append(("Source" + (sources.count > 1 ? "s (\(sources.count))" : "") + ":", Style(.muted, bold: true)))
        for (i, source) in sources.enumerated() {
            if i > 0 { lines.append(("", .plain)) }
            // Numbered as the src column names them.
            for (j, text) in wrapped(source, width: width - 3).enumerated() { lines.append(((j == 0 ? "\(i + 1)" : "").padding3 + text, Style(.muted))) }
        }
        return lines
    }

    /// "Failed: 87% of 1,500 requests (1,305); costs count the successful ones": over the
    /// runs that count both, nil when none does or none failed.
    /// What the runs that count failures say of them; nil when none counts them.
    private func failureLine(_ runs: [Run]) -> (String, Style)? {
        guard let failures = Failures(runs), let rate = failures.rate else { return nil }
        let sent = Format.grouped(Checked.int(failures.failed + failures.completed) ?? 0)
        guard rate > 0 else { return ("Failed: none of \(sent) requests sent", .plain) }
        return ("Failed: \(FailureRate.text(rate)) of \(sent) requests (\(Format.grouped(Checked.int(failures.failed) ?? 0))); costs count the successful ones",
                Style(.warning))
    }
}

private extension String {
    /// Padded to three columns: a source's number before its text.
    var padding3: String { self + String(repeating: " ", count: max(0, 3 - count)) }
}
