import FrontierCore

/// The ranking: models that fit the budget and SLO in rank order, then the excluded ones
/// with their reason. Columns drop out from the right as the width shrinks.
struct RankingTable {
    let state: State
    let analysis: Analysis
    let focused: Bool

    private struct Column {
        let title: String
        let width: Int
        let alignRight: Bool
        let value: (Entry) -> String
    }

    private var columns: [Column] {
        // At its best, each row has its own concurrency.
        (analysis.scenario.operatingPoint == .best ? [Column(title: "c", width: 4, alignRight: true) { Format.concurrency($0.point.concurrency) }] : []) + [
            Column(title: "Qual", width: 5, alignRight: true) { e in e.quality.map { Format.number($0) } ?? "—" },
            Column(title: "Workload", width: 8, alignRight: true) { e in Format.dollars(e.point.workloadCost) },
            Column(title: "$/1M out", width: 8, alignRight: true) { e in e.point.costPerMillionOutputTokens.map(Format.dollars) ?? "—" },
            Column(title: "TTFT", width: 7, alignRight: true) { e in e.point.meanTTFTms.map(Format.milliseconds) ?? "—" },
            Column(title: "tok/s", width: 6, alignRight: true) { e in e.point.outputTokensPerS.map { Format.number($0, decimals: 0) } ?? "—" },
            Column(title: "Eff", width: 4, alignRight: true) { e in e.efficiency.map(Format.percent) ?? "—" },
        ]
    }

    /// The rows in display order (entry indices): ranked, then excluded.
    static func order(_ analysis: Analysis) -> [Int] { analysis.ranking + analysis.excluded }

    /// Why a row is not ranked, or that its figures are clamped, or the share of its
    /// requests that failed (a ranked setup may have a few): in full when it fits.
    static func note(_ entry: Entry, width: Int = .max) -> String {
        if let exclusion = entry.exclusion { return exclusion.description.count <= width ? exclusion.description : exclusion.short }
        if entry.point.isClamped { return "clamped" }
        if let rate = entry.point.failureRate, rate > 0 { return "\(FailureRate.text(rate)) failed" }
        return ""
    }

    func render(into canvas: inout Canvas, area: Rect) -> [HitTarget] {
        guard area.height >= 3, area.width >= 30 else { return [] }
        let order = Self.order(analysis)
        let at = analysis.scenario.operatingPoint == .best ? "each at its best" : "at c=\(Format.concurrency(state.scenario.concurrency))"
        let title = "Ranking \(at) · by \(state.scenario.sortKey.rawValue)"
            + " · \(analysis.ranking.count) of \(order.count) fit" + (state.filterNote.map { " · \($0)" } ?? "")
        let (heading, body) = area.splitTop(1)
        canvas.fill(heading, with: state.ascii ? "-" : "─", style: Style(focused ? .focus : .frame))
        canvas.write(" \(title) ", x: area.x + 1, y: heading.y, style: Style(focused ? .focus : .frame, bold: true), limit: area.width - 2)

        // Rank, a name of at least 14, the columns that fit in order (the rightmost give way
        // first), the frontier mark, and room for a note when a row needs one; what is left
        // widens the name (up to 24), then the note.
        let needsNote = order.contains { !Self.note(analysis.entries[$0]).isEmpty }
        let minimumNote = needsNote ? 12 : 0
        var shown: [Column] = []
        // The rank column is as wide as the largest rank: thousands of setups stay numbered.
        let rankWidth = max(2, String(order.count).count)
        var used = rankWidth + 1 + 14 + 1 + 2 + minimumNote
        for column in columns {
            guard used + column.width + 1 <= area.width else { break }
            shown.append(column)
            used += column.width + 1
        }
        let nameWidth = 14 + min(10, area.width - used)
        let noteX = area.x + rankWidth + 1 + nameWidth + 1 + shown.reduce(0) { $0 + $1.width + 1 } + 2
        let noteWidth = max(0, area.maxX - noteX)
        func drawRow(_ y: Int, rank: String, name: String, cells: [String], mark: String, note: String, style: Style) {
            canvas.write(rank, in: Rect(x: area.x, y: y, width: rankWidth, height: 1), style: style, alignRight: true)
            canvas.write(Format.cutInTheMiddle(name, to: nameWidth), in: Rect(x: area.x + rankWidth + 1, y: y, width: nameWidth, height: 1), style: style)
            var x = area.x + rankWidth + 1 + nameWidth + 1
            for (column, cell) in zip(shown, cells) {
                canvas.write(cell, in: Rect(x: x, y: y, width: column.width, height: 1), style: style, alignRight: column.alignRight)
                x += column.width + 1
            }
            canvas.write(mark, x: x, y: y, style: Style(mark.isEmpty ? style.role : .frontier, bold: true, reverse: style.reverse))
            canvas.write(note, in: Rect(x: noteX, y: y, width: noteWidth, height: 1), style: style)
        }
        let (header, rows) = body.splitTop(1)
        drawRow(header.y, rank: "#", name: "Model", cells: shown.map(\.title), mark: "F", note: "", style: Style(.muted, bold: true))

        // Scroll so the selection stays visible.
        let selected = state.selectedRow ?? 0
        let first = max(0, min(selected - rows.height + 1, order.count - rows.height))
        var targets: [HitTarget] = []
        for (line, index) in order.enumerated().dropFirst(max(0, first)).prefix(rows.height) {
            let y = rows.y + line - max(0, first)
            let entry = analysis.entries[index]
            let isSelected = line == selected && state.selected != nil
            var style = Style(entry.rank == nil ? .muted : .text)
            if isSelected { style = Style(.selected, reverse: true) }
            if isSelected { canvas.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style) }
            drawRow(y, rank: entry.rank.map(String.init) ?? "–", name: entry.label, cells: shown.map { $0.value(entry) },
                    mark: entry.onFrontier ? (state.ascii ? "*" : "●") : "",
                    note: Self.note(entry, width: noteWidth),
                    style: style)
            targets.append(.row(line, Rect(x: area.x, y: y, width: area.width, height: 1)))
        }
        if order.isEmpty {
            let empty = state.filter.isEmpty ? "No models in the data." : "No setup matches \"\(state.filter)\" (Esc clears the filter)."
            canvas.write(empty, x: area.x + 2, y: rows.y, style: Style(.muted), limit: area.width - 2)
        }
        return targets
    }
}
