import FrontierCore

/// `c`: the marked setups side by side, one column each (A–E as marked): cost, quality,
/// TTFT and throughput at the current concurrency and at each one's best, zone and knee,
/// failure rate. Scrolls when it does not fit.
struct CompareOverlay: OverlayWidget {
    /// The marked setups in the order marked (A first).
    let marked: [Configuration]
    let analysis: Analysis
    let dataset: Dataset
    let scroll: Int
    let ascii: Bool

    /// The marked setups the analysis has (the filter may hide some), as entry indices.
    private var shown: [Int] { marked.compactMap { setup in analysis.entries.firstIndex { $0.configuration == setup } } }

    func render(into frame: inout Frame, area: Rect) {
        let shown = shown
        OverlayFrame(box: area.inset(1), ascii: ascii).render(name: "Compare \(shown.count) marked", suffix: " · c or Esc to close",
                                                              scroll: scroll, into: &frame.canvas) { content(shown, width: $0 - 2) }
    }

    func scrollLimit(in area: Rect) -> Int {
        let shown = shown
        return OverlayFrame(box: area.inset(1), ascii: ascii).scrollLimit { content(shown, width: $0 - 2) }
    }

    private func letter(_ setup: Configuration) -> Character { markLetter(marked.firstIndex(of: setup) ?? 0) }

    private func content(_ shown: [Int], width: Int) -> [(String, Style)] {
        let labelWidth = 14
        let columnWidth = min(22, max(8, (width - labelWidth) / max(1, shown.count) - 1))
        let entries = shown.map { analysis.entries[$0] }
        func row(_ label: String, _ cells: [String], _ style: Style = .plain) -> (String, Style) {
            (label + String(repeating: " ", count: max(0, labelWidth - label.count)) + " "
                + rightAligned(cells.map { Format.cutInTheMiddle($0, to: columnWidth) }, widths: Array(repeating: columnWidth, count: cells.count)),
             style)
        }
        /// One cell a setup; "no figures" for one that cannot be costed.
        func figures(_ label: String, _ value: (Int) -> String) -> (String, Style) {
            row(label, entries.indices.map { entries[$0].isComputable ? value($0) : "no figures" })
        }
        /// The figures at one operating point a setup.
        func point(_ at: [Estimate]) -> [(String, Style)] {
            [figures("workload") { Format.dollars(at[$0].workloadCost) },
             figures("$/1M out") { at[$0].costPerMillionOutputTokens.map(Format.dollars) ?? "—" },
             figures("TTFT") { at[$0].meanTTFTms.map(Format.milliseconds) ?? "—" },
             figures("tok/s") { at[$0].outputTokensPerS.map { Format.number($0, decimals: 0) } ?? "—" },
             figures("req/s") { Format.significant(at[$0].requestThroughput, digits: 3) }]
        }
        var lines: [(String, Style)] = []
        let names = DistinctNames.shortened(entries.map { Sanitize.line($0.label) }, to: columnWidth - 2)
        lines.append(row("", zip(entries, names).map { "\(letter($0.configuration)) \($1)" }, Style(.accent, bold: true)))
        lines.append(row("hardware", entries.map(\.configuration.hardwareLabel), Style(.muted)))
        lines.append(row("quality", entries.map { $0.quality.map { Format.number($0) } ?? "—" }))
        lines.append(row("measured", entries.map { "c " + range($0.measuredRange) }, Style(.muted)))

        lines.append(("", .plain))
        lines.append((analysis.scenario.operatingPoint == .best ? "as ranked: each at its best"
                        : "at c=\(Format.concurrency(analysis.scenario.concurrency))", Style(.muted, bold: true)))
        lines += point(entries.map(\.point))
        lines.append(figures("rank") { i in
            let e = entries[i]
            return (e.rank.map { "#\($0)" } ?? e.exclusion?.short ?? "—") + (e.onFrontier && e.rank != nil ? (ascii ? " *" : " ●") : "")
                + (e.point.isClamped ? " clamped" : "")
        })
        lines.append(figures("efficiency") { entries[$0].efficiency.map(Format.percent) ?? "—" })

        lines.append(("", .plain))
        lines.append(("at its best", Style(.muted, bold: true)))
        let best = shown.map { analysis.atBest($0) }
        lines.append(figures("c") { Format.concurrency(best[$0].estimate.concurrency) })
        lines += point(best.map(\.estimate))
        lines.append(figures("ranked there") { best[$0].exclusion?.short ?? "fits" })

        lines.append(("", .plain))
        lines.append(figures("zone") { i in
            entries[i].singleLevelNote != nil ? "one level" : entries[i].zone.map { "c " + range($0.low...$0.high) } ?? "—"
        })
        lines.append(figures("knee") { i in entries[i].singleLevelNote != nil ? "—" : entries[i].zone.map { Format.concurrency($0.knee) } ?? "—" })
        lines.append(row("failures", entries.map { e in
            guard let failures = Failures(dataset.runs.filter { e.configuration.holds($0, shapes: analysis.shapes) }) else { return "not counted" }
            return failures.rate.map { Format.number($0 * 100, decimals: 1) + "%" } ?? "—"
        }))

        let outside = marked.filter { setup in !entries.contains { $0.configuration == setup } }
        if !outside.isEmpty {
            lines.append(("", .plain))
            let names = outside.map { "\(letter($0)) \($0.model)" }.joined(separator: ", ")
            for text in wrapped("Marked, outside the filter: " + names, width: width) { lines.append((text, Style(.muted))) }
        }
        return lines
    }

    private func range(_ levels: ClosedRange<Double>) -> String {
        levels.lowerBound == levels.upperBound ? Format.concurrency(levels.lowerBound)
            : "\(Format.concurrency(levels.lowerBound))–\(Format.concurrency(levels.upperBound))"
    }
}
