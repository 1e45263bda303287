import FrontierCore

/// The report as blocks, written out either as aligned text (80 columns) or Markdown.
enum Block {
    case title(String)
    case heading(String)
    case fields([(String, String)])
    case table(Table)
    case paragraph(String)
}

extension Block {
    /// Blocks as aligned text, 80 columns.
    static func text(_ blocks: [Block]) -> String {
        blocks.map { block in
            switch block {
            case .title(let t): Sanitize.line(t) + "\n" + String(repeating: "═", count: min(78, t.count))
            case .heading(let h): "\n" + Sanitize.line(h) + "\n" + String(repeating: "─", count: min(78, h.count))
            case .fields(let pairs):
                pairs.map { Report.wrap(($0.0 + ":").padding(11) + Sanitize.line($0.1), width: 78, indent: 11) }.joined(separator: "\n")
            case .table(let table): table.text(indent: 0)
            case .paragraph(let p): Report.wrap(Sanitize.line(p), width: 78, indent: 2)
            }
        }.joined(separator: "\n") + "\n"
    }

    /// Blocks one blank line apart; the spacer paragraphs of the text form are dropped.
    static func markdown(_ blocks: [Block]) -> String {
        blocks.compactMap { block -> String? in
            switch block {
            case .title(let t): "# " + Sanitize.line(t)
            case .heading(let h): "## " + Sanitize.line(h)
            case .fields(let pairs): pairs.map { "- **\($0.0)**: " + Sanitize.line($0.1).replacingPipes }.joined(separator: "\n")
            case .table(let table): table.markdown()
            case .paragraph(let p): p.isEmpty ? nil : Sanitize.line(p)
            }
        }.joined(separator: "\n\n") + "\n"
    }
}

extension Report {
    public func text() -> String { Block.text(blocks()) }

    public func markdown() -> String { Block.markdown(blocks()) }

    /// "First with every cost input drawn within ±20 %: WiNGPT-3.5 in 87 % of 10,000 draws, moe-30B-A3B 13 % (seed 1)."
    static func sentence(_ r: Robustness) -> String {
        let shares = r.shares.enumerated().map { k, share in
            (share.label ?? "no setup") + (k == 0 ? " in \(Format.percent(share.share)) of \(Format.grouped(r.draws)) draws" : " \(Format.percent(share.share))")
        }
        return "First with every cost input drawn within ±\(Format.percent(r.swing)): \(shares.joined(separator: ", ")) (seed \(r.seed))."
    }

    /// "1k→128 tokens in→out: the setups of this workload shape are compared (of 1k→128, 8k→1k; --shape picks)".
    static func shapeLine(_ shape: WorkloadShape, of shapes: WorkloadShapes) -> String {
        "\(shape.text) tokens in→out: the setups of this workload shape are compared (of \(shapes.shapes.map(\.text).joined(separator: ", ")); --shape picks)"
    }

    func blocks() -> [Block] {
        let s = analysis.scenario
        var blocks: [Block] = [.title("Frontier report — \(dataset.name)")]
        var fields: [(String, String)] = [("Workload", "\(dataset.workload.name), \(Format.grouped(analysis.requests)) requests")]
        for (profile, gpus) in setups {
            let hourly = profile.hourlyCost(gpus: gpus)
            fields.append(("Hardware", "\(gpus)×\(profile.name): \(Format.dollars(hourly.total))/h (\(Format.dollars(hourly.perGPU.total)) per GPU-hour: \(breakdown(hourly.perGPU)))"))
        }
        if let shape = analysis.shape { fields.append(("Shape", Self.shapeLine(shape, of: analysis.shapes))) }
        let best = s.operatingPoint == .best
        fields.append(("Scenario", [
            best ? "each model at its best concurrency" : "concurrency \(Format.concurrency(s.concurrency))",
            "budget \(s.budget.map(Format.dollars) ?? "none")",
            "SLO \(s.slos.summary)",
            "failures at most \(FailureRate.text(s.maxErrorRate))",
            "metric \(analysis.metric ?? "none")",
            "sort \(s.sortKey.rawValue)",
        ].joined(separator: " · ")))
        if let filter = options.filter { fields.append(("Filter", "only setups whose model or hardware contains \"\(filter)\"")) }
        if !options.marked.isEmpty {
            fields.append(("Marked", options.marked.enumerated().map { "\(markLetter($0)) \($1)" }.joined(separator: ", ")))
        }
        blocks.append(.fields(fields))
        if !notLoaded.isEmpty {
            let files = Set(notLoaded.map(\.file)).count
            blocks.append(.heading("Not loaded: \(files) file(s) with errors, left out (--strict refuses all)"))
            for line in DataProblem.collapsed(notLoaded) { blocks.append(.paragraph(line)) }
        }

        blocks.append(.heading(best ? "Ranking, each model at its best concurrency" : "Ranking at concurrency \(Format.concurrency(s.concurrency))"))
        // At its best, each model has its own concurrency: a column for it.
        var columns: [(String, Table.Alignment)] = [("#", .right), ("Model", .left)] + (best ? [("c", .right)] : [])
        columns += [("Quality", .right), ("Workload", .right), ("$/1M out", .right), ("TTFT", .right), ("tok/s", .right), ("Eff", .right)]
        columns += (showsFailures ? [("Failed", .right)] : []) + [("F", .left)]
        var ranking = Table(columns)
        let ranked = ranked, excluded = excluded
        for i in ranked {
            let e = analysis.entries[i]
            var cells: [String] = [String(e.rank!), e.label]
            if best { cells.append(Format.concurrency(e.point.concurrency)) }
            cells += [e.quality.map { Format.number($0) } ?? "—", cost(i),
                      e.point.costPerMillionOutputTokens.map(Format.dollars) ?? "—",
                      e.point.meanTTFTms.map(Format.milliseconds) ?? "—",
                      e.point.outputTokensPerS.map { Format.number($0, decimals: 0) } ?? "—",
                      e.efficiency.map(Format.percent) ?? "—"]
            if showsFailures { cells.append(e.point.failureRate.map(FailureRate.text) ?? "—") }
            cells.append((e.onFrontier ? "●" : "") + (uncertainty.tied.contains(i) ? "=" : ""))
            ranking.add(cells)
        }
        blocks.append(ranked.isEmpty ? .paragraph("No model meets the budget and the SLO at this concurrency.") : .table(ranking))
        blocks.append(.paragraph("Workload = cost of the \(Format.grouped(analysis.requests))-request workload, counting successful requests only (throughput is of those; time spent on failed ones is paid for); Eff = quality per dollar relative to the best;"
            + (showsFailures ? " Failed = share of requests that failed;" : "") + " ● = on the frontier."))
        blocks += intervalParagraphs(ranked)
        if let robustness { blocks.append(.paragraph(Self.sentence(robustness))) }
        if !excluded.isEmpty {
            var table = Table([("Excluded", .left), ("Reason", .left)])
            for i in excluded {
                table.add([analysis.entries[i].label, analysis.entries[i].exclusion!.description])
            }
            blocks.append(.table(table))
        }
        let unshown = (available(analysis.ranking) - ranked.count, available(analysis.excluded) - excluded.count)
        if unshown.0 > 0 || unshown.1 > 0 {
            blocks.append(.paragraph("Not shown: \(Format.grouped(unshown.0)) more ranked and \(Format.grouped(unshown.1)) more excluded setups (--top N shows more; --format csv or ndjson lists every one)."))
        }

        blocks.append(.heading("Production frontier"))
        let atC = analysis.frontier.map { i in
            let e = analysis.entries[i]
            return "\(e.label)\(best ? " @" + Format.concurrency(e.point.concurrency) : "") (\(Format.dollars(e.point.workloadCost)), \(Format.number(e.quality!)))"
        }
        blocks.append(.paragraph((best ? "Each at its best" : "At concurrency \(Format.concurrency(s.concurrency))") + ", cheapest first: "
            + (atC.isEmpty ? "none (no model has data and a quality score here)." : shortened(atC).joined(separator: " → "))))
        let all = analysis.globalFrontier.map { p in
            "\(analysis.entries[p.entry].label) @\(Format.concurrency(p.concurrency)) (\(Format.dollars(p.workloadCost)), \(Format.number(p.quality)))"
        }
        blocks.append(.paragraph("Over every measured level: " + (all.isEmpty ? "none." : shortened(all).joined(separator: " → "))))

        if showsCurves {
            blocks.append(.heading("Per model, across concurrency"))
            for i in ranked + excluded {
                blocks += curveBlocks(analysis.entries[i])
            }
        }
        return blocks
    }

    func breakdown(_ b: CostBreakdown) -> String {
        b.rental > 0 ? "rental"
            : "depreciation \(Format.dollars(b.depreciation)), power \(Format.dollars(b.power)), maintenance \(Format.dollars(b.maintenance))"
    }

    func curveBlocks(_ e: Entry) -> [Block] {
        var facts: [String] = []
        if let note = e.singleLevelNote {
            facts.append(note)
        } else if let zone = e.zone, let cheapest = e.curve.first(where: { $0.concurrency == zone.cheapest }) {
            facts.append("cheapest \(Format.dollars(cheapest.estimate.workloadCost)) at \(Format.concurrency(zone.cheapest))")
            facts.append("optimal zone \(Format.concurrency(zone.low))–\(Format.concurrency(zone.high)) (knee \(Format.concurrency(zone.knee)))")
        } else {
            facts.append("no level meets the SLO")
        }
        switch e.marginalCostDiminishes {
        case true?: facts.append("marginal cost diminishing")
        case false?: facts.append("marginal cost not diminishing at every step")
        case nil: break
        }
        if e.singleLevelNote == nil {
            facts.append(e.saturation.map { "throughput saturates after \(Format.concurrency($0))" } ?? "throughput not saturated")
        }
        var table = Table([("c", .right), ("Workload", .right), ("Saving", .right), ("req/s", .right),
                           ("tok/s", .right), ("ε", .right), ("TTFT", .right), ("", .left)])
        // One level is no curve: it has no zone or knee to mark.
        let zone = e.singleLevelNote == nil ? e.zone : nil
        for p in e.curve {
            var marks: [String] = []
            if zone?.contains(p.concurrency) == true { marks.append(p.concurrency == zone?.knee ? "zone, knee" : "zone") }
            if !p.meetsSLO { marks.append("misses SLO") }
            if p.concurrencyEstimated { marks.append("c estimated") }
            if let rate = p.estimate.failureRate, rate > 0 { marks.append("\(FailureRate.text(rate)) failed") }
            table.add([Format.concurrency(p.concurrency), Format.dollars(p.estimate.workloadCost),
                       p.marginalSaving.map(Format.dollars) ?? "—", Format.significant(p.estimate.requestThroughput, digits: 3),
                       p.estimate.outputTokensPerS.map { Format.number($0, decimals: 0) } ?? "—",
                       p.elasticity.map { Format.number($0, decimals: 2) } ?? "—",
                       p.estimate.meanTTFTms.map(Format.milliseconds) ?? "—",
                       marks.joined(separator: ", ")])
        }
        let quality = e.quality.map { "\(analysis.metric ?? "quality") \(Format.number($0))" } ?? "no quality score"
        return [.paragraph(""), .paragraph("\(e.label) — \(quality), \(Format.dollars(e.hourly.total))/h; " + facts.joined(separator: "; ") + "."),
                .table(table)]
    }

    /// Wraps at spaces to `width` columns; continuation lines are indented by `indent`.
    /// Runs of spaces (a field label's padding) are kept.
    static func wrap(_ text: String, width: Int, indent: Int) -> String {
        let margin = String(repeating: " ", count: indent)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var used = 0       // line.columns, kept as the line grows rather than measured per word
            var fresh = true   // nothing but the margin on this line yet
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                if word.isEmpty { line += " "; used += 1; continue }
                let columns = word.columns
                if !fresh && used + 1 + columns > width {
                    lines.append(line.trailingSpacesTrimmed)
                    (line, used) = (margin, indent)
                    fresh = true
                }
                if !fresh { line += " "; used += 1 }
                line += word
                used += columns
                fresh = false
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// Points named at each end of a long frontier when the report shows the top setups only.
    static let frontierEnds = 5

    /// A frontier's points, or with `--top` (the text report's default) the first and last
    /// `frontierEnds` of a longer one and a count of the rest between: the text report of a
    /// million runs stays a screen or two; JSON and CSV name every point.
    func shortened(_ points: [String]) -> [String] {
        let ends = Self.frontierEnds
        guard options.top != nil, points.count > 2 * ends + 1 else { return points }
        return points.prefix(ends) + ["… \(Format.grouped(points.count - 2 * ends)) more (--format json lists them) …"] + points.suffix(ends)
    }
}

extension String {
    func padding(_ width: Int) -> String { columns >= width ? self + " " : self + String(repeating: " ", count: width - columns) }
}
