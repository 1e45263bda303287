import Foundation
import FrontierCore

/// The ranking: models that fit the budget and SLO in rank order, then the excluded ones
/// with their reason. Columns drop out from the right as the width shrinks.
struct RankingTable: Widget {
    let analysis: Analysis
    /// The selected setup (the first row when none is).
    let selected: Configuration?
    /// The marked setups' letters.
    let marks: [Configuration: Character]
    /// The filter on, if any ("" for none): the title and the empty table say so.
    let filter: String
    let focused: Bool
    let ascii: Bool
    /// The pinned scenario's analysis (same setups, same order): each row's cost and rank
    /// are then shown against it, and `pinNote` says in the title what differs.
    var pinned: Analysis? = nil
    var pinNote: String? = nil
    /// The setups' intervals (by entry index) and who is tied for first.
    var uncertainty: Uncertainty = .none

    private struct Column {
        let title: String
        let width: Int
        let alignRight: Bool
        /// A row's cell, from its entry and that entry's index.
        let value: (Entry, Int) -> String

        init(title: String, width: Int, alignRight: Bool, value: @escaping (Entry, Int) -> String) {
            (self.title, self.width, self.alignRight, self.value) = (title, width, alignRight, value)
        }

        init(title: String, width: Int, alignRight: Bool, entry value: @escaping (Entry) -> String) {
            self.init(title: title, width: width, alignRight: alignRight) { e, _ in value(e) }
        }
    }

    /// The columns, the workload cost with its interval as wide as `costWidth` allows.
    private func columns(costWidth: Int) -> [Column] {
        // At its best, each row has its own concurrency.
        (analysis.scenario.operatingPoint == .best ? [Column(title: "c", width: 4, alignRight: true) { Format.concurrency($0.point.concurrency) }] : []) + [
            Column(title: "Qual", width: 5, alignRight: true) { e in e.quality.map { Format.number($0) } ?? "—" },
            Column(title: "Workload", width: costWidth, alignRight: true) { e, i in
                Self.cost(e.point.workloadCost, uncertainty.intervals[i]?.workloadCost, width: costWidth, ascii: ascii)
            },
        ] + pinColumns + [
            Column(title: "$/1M out", width: 8, alignRight: true) { e in e.point.costPerMillionOutputTokens.map(Format.dollars) ?? "—" },
            Column(title: "TTFT", width: 7, alignRight: true) { e in e.point.meanTTFTms.map(Format.milliseconds) ?? "—" },
            Column(title: "tok/s", width: 6, alignRight: true) { e in e.point.outputTokensPerS.map { Format.number($0, decimals: 0) } ?? "—" },
            Column(title: "Eff", width: 4, alignRight: true) { e in e.efficiency.map(Format.percent) ?? "—" },
        ]
    }

    /// The workload column's widths: the cost alone, with its interval's half-width in
    /// the narrow form ("$0.55±.04") and in the wide one ("$0.55 ±0.04").
    static let costWidths = (plain: 8, narrow: 9, wide: 11)

    /// A cost with the larger of its interval's two half-widths (the interval need not be
    /// symmetric: the details give both bounds), in the widest form that fits `width`
    /// ("$0.55 ±0.04", "$0.55±0.04", "$0.55±.04"; "+-" and "inf" in ASCII); the cost alone
    /// where none does or it has no interval.
    static func cost(_ cost: Double, _ interval: Interval?, width: Int, ascii: Bool = false) -> String {
        let plain = Format.dollars(cost)
        guard let interval, cost.isFinite else { return plain }
        let half = max(interval.high - cost, cost - interval.low, 0)
        // The half-width to two significant digits, never more decimals than the cost it
        // qualifies: "±3.7" beside $129.33, "±0.04" beside $0.55.
        let costDecimals = plain.split(separator: ".").dropFirst().first?.count ?? 0
        let decimals = half > 0 ? min(costDecimals, max(0, 1 - Checked.int(floor(log10(half)), clampedTo: -20...20))) : costDecimals
        let digits = half.isFinite ? Format.fixed(half, decimals: decimals) : ascii ? "inf" : "∞"
        let short = digits.hasPrefix("0.") ? String(digits.dropFirst()) : digits
        let sign = ascii ? "+-" : "±"
        return [plain + " " + sign + digits, plain + sign + digits, plain + sign + short].first { $0.count <= width } ?? plain
    }

    /// Δ cost and Δ rank against the pin: "+$0.17", "▲2" (up two places), "=" (the same),
    /// "—" where either side is not ranked or not costed.
    private var pinColumns: [Column] {
        guard let pinned else { return [] }
        let then = Dictionary(pinned.entries.map { ($0.configuration, $0) }, uniquingKeysWith: { a, _ in a })
        return [
            Column(title: "ΔCost", width: 8, alignRight: true) { (e: Entry) in
                guard let was = then[e.configuration], e.isComputable, was.isComputable else { return "—" }
                return Self.signedDollars(e.point.workloadCost - was.point.workloadCost)
            },
            Column(title: "ΔRk", width: 4, alignRight: true) { (e: Entry) in
                guard let rank = e.rank, let was = then[e.configuration]?.rank else { return "—" }
                return rank == was ? "=" : (rank < was ? "▲" : "▼") + String(abs(rank - was))
            },
        ]
    }

    /// A cost difference with its sign; under half a hundredth of a cent, none.
    static func signedDollars(_ delta: Double) -> String {
        abs(delta) < 0.00005 ? "=" : (delta > 0 ? "+" : "") + Format.dollars(delta)
    }

    func render(into frame: inout Frame, area: Rect) {
        guard area.height >= 3, area.width >= 30 else { return }
        let order = analysis.displayOrder
        let scenario = analysis.scenario
        let at = scenario.operatingPoint == .best ? "each at its best" : "at c=\(Format.concurrency(scenario.concurrency))"
        let title = "Ranking \(at)" + (pinNote.map { " · \($0)" } ?? "") + " · by \(scenario.sortKey.rawValue)"
            + " · \(analysis.ranking.count) of \(order.count) fit" + (filter.isEmpty ? "" : " · filter \"\(filter)\"")
        let (heading, body) = area.splitTop(1)
        frame.canvas.fill(heading, with: ascii ? "-" : "─", style: Style(focused ? .focus : .frame))
        frame.canvas.write(" \(title) ", x: area.x + 1, y: heading.y, style: Style(focused ? .focus : .frame, bold: true), limit: area.width - 2)

        // Rank, the mark letter when a setup is marked, a name of at least 14, the columns
        // that fit in order (the rightmost give way first), the frontier mark; then a note
        // column for the rows that need one (why excluded, clamped) when its short form
        // fits, else a one-character marker: the chosen columns never give way to it. What
        // is left widens the name, then the note.
        var shortest = 0
        analysis.entries.withUnsafeBufferPointer { entries in
            for i in order where Note.exists(for: entries[i]) { shortest = max(shortest, Note(entries[i])?.short.count ?? 0) }
        }
        // The rank column is as wide as the largest rank: thousands of setups stay numbered.
        let rankWidth = max(2, String(order.count).count)
        let markWidth = marks.isEmpty ? 0 : 2
        let fixed = rankWidth + 1 + markWidth + 14 + 1 + 2
        func fitting(_ columns: [Column]) -> (shown: [Column], used: Int) {
            var shown: [Column] = [], used = fixed
            for column in columns {
                guard used + column.width + 1 <= area.width else { break }
                shown.append(column)
                used += column.width + 1
            }
            return (shown, used)
        }
        // Intervals widen the cost, the wide form where it costs no column, else the narrow one.
        let widths = Self.costWidths
        let hasIntervals = uncertainty.intervals.values.contains { $0.workloadCost != nil }
        let wide = fitting(columns(costWidth: widths.wide))
        let (shown, used) = !hasIntervals ? fitting(columns(costWidth: widths.plain))
            : wide.shown.count == columns(costWidth: widths.wide).count ? wide : fitting(columns(costWidth: widths.narrow))
        let spare = area.width - used
        let asText = shortest > 0 && spare >= shortest + 1
        let noteRoom = shortest == 0 ? 0 : asText ? shortest + 1 : 2
        // The name widens to 24, and past that (to a quarter of the width) as far as the
        // longest name needs.
        let longest = analysis.longestLabel
        let nameWidth = 14 + max(0, min(max(10, min(area.width / 4, longest) - 14), spare - noteRoom))
        let nameX = area.x + rankWidth + 1 + markWidth
        let noteX = nameX + nameWidth + 1 + shown.reduce(0) { $0 + $1.width + 1 } + 2
        let noteWidth = max(0, area.maxX - noteX)
        func drawRow(_ y: Int, rank: String, mark: Character?, name: String, cells: [String], frontier: String, note: Note?, style: Style) {
            frame.canvas.write(rank, in: Rect(x: area.x, y: y, width: rankWidth, height: 1), style: style, alignRight: true)
            if let mark { frame.canvas.put(mark, x: area.x + rankWidth + 1, y: y, style: Style(.accent, bold: true, reverse: true)) }
            frame.canvas.write(name, in: Rect(x: nameX, y: y, width: nameWidth, height: 1), style: style)
            var x = nameX + nameWidth + 1
            for (column, cell) in zip(shown, cells) {
                frame.canvas.write(cell, in: Rect(x: x, y: y, width: column.width, height: 1), style: style, alignRight: column.alignRight)
                x += column.width + 1
            }
            frame.canvas.write(frontier, x: x, y: y, style: Style(frontier.isEmpty ? style.role : .frontier, bold: true, reverse: style.reverse))
            guard let note else { return }
            let text = asText ? (note.long.count <= noteWidth ? note.long : note.short) : String(note.marker)
            frame.canvas.write(text, in: Rect(x: noteX, y: y, width: noteWidth, height: 1),
                         style: asText ? style : Style(.warning, bold: true, reverse: style.reverse))
        }
        let (header, rows) = body.splitTop(1)
        drawRow(header.y, rank: "#", mark: nil, name: "Model", cells: shown.map(\.title), frontier: "F", note: nil, style: Style(.muted, bold: true))

        // Scroll so the selection stays visible.
        let selected = self.selected.flatMap(analysis.displayPosition) ?? 0
        let first = max(0, min(selected - rows.height + 1, order.count - rows.height))
        // The names on screen told apart from each other (thousands of rows are not all
        // measured for the few shown).
        let visible = order.enumerated().dropFirst(max(0, first)).prefix(rows.height)
        let names = DistinctNames.shortened(visible.map { Sanitize.line(analysis.entries[$0.element].label) }, to: nameWidth)
        for (line, index) in visible {
            let y = rows.y + line - max(0, first)
            let entry = analysis.entries[index]
            let isSelected = line == selected && self.selected != nil
            var style = Style(entry.rank == nil ? .muted : .text)
            if isSelected { style = Style(.selected, reverse: true) }
            if isSelected { frame.canvas.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style) }
            // Excluded, a row is off the frontier the ranking stands for.
            drawRow(y, rank: entry.rank.map(String.init) ?? "–", mark: marks[entry.configuration], name: names[line - max(0, first)],
                    cells: shown.map { $0.value(entry, index) },
                    frontier: (entry.onFrontier && entry.rank != nil ? (ascii ? "*" : "●") : "") + (uncertainty.tied.contains(index) ? "=" : ""),
                    note: Note(entry), style: isSelected ? style : Style(style.role, bold: marks[entry.configuration] != nil))
            frame.targets.append(.row(line, Rect(x: area.x, y: y, width: area.width, height: 1)))
        }
        if order.isEmpty {
            let empty = filter.isEmpty ? "No models in the data." : "No setup matches \"\(filter)\" (Esc clears the filter)."
            frame.canvas.write(empty, x: area.x + 2, y: rows.y, style: Style(.muted), limit: area.width - 2)
        }
    }
}
