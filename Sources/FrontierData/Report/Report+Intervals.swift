import FrontierCore

/// The 95 % intervals in the report: beside each figure that has one, and the setups tied
/// for first place.
extension Report {
    /// `models[]` member `i`, written straight into the text at nesting `indent`: the
    /// setup's figures, then its intervals (`intervals`, keyed by the figure's own key;
    /// absent when it has none) and `tied_for_first` when it is tied.
    func writeModel(at i: Int, to out: inout JSONWriter.Output, indent: Int?) {
        out.object(indent: indent) { members in
            writeFigures(analysis.entries[i], to: &members)
            if let point = uncertainty.intervals[i] {
                let figures: [(StaticString, Interval?)] = [("workload_cost_usd", point.workloadCost),
                                                      ("request_throughput", point.requestThroughput),
                                                      ("mean_ttft_ms", point.meanTTFTms)]
                members.member("intervals", point) { intervals, _ in
                    for case let (key, interval?) in figures { intervals.member(key, interval, object: Self.writeInterval) }
                }
            }
            if uncertainty.tied.contains(i) { members.member("tied_for_first", true) }
        }
    }

    /// An unbounded high end (a cost whose throughput interval reaches 0) is null.
    static func writeInterval(_ out: inout JSONWriter.Output, _ i: Interval) {
        out.member("ci_low", i.low)
        out.member("ci_high", i.high.isFinite ? i.high : nil)
        out.member("method", i.method.rawValue)
        out.member("samples", Double(i.samples))
    }

    /// A cost with its interval where it has one: "$0.55 (0.51–0.58)".
    func cost(_ i: Int) -> String {
        let cost = Format.dollars(analysis.entries[i].point.workloadCost)
        guard let interval = uncertainty.intervals[i]?.workloadCost else { return cost }
        return "\(cost) (\(Format.costBound(interval.low).dropFirst())–\(Format.costBound(interval.high).dropFirst()))"
    }

    /// The ranking's note on intervals: what they are and rest on, and who is tied.
    func intervalParagraphs(_ ranked: [Int]) -> [Block] {
        let with = ranked.filter { uncertainty.intervals[$0] != nil }
        guard !with.isEmpty else { return [] }
        var blocks: [Block] = []
        let lines = with.map { i -> String in
            let p = uncertainty.intervals[i]!
            return "\(analysis.entries[i].label): \(p.figures.joined(separator: ", ")) (\(p.basis ?? ""))"
        }
        blocks.append(.paragraph("95 % intervals where the data carries them — " + lines.joined(separator: "; ") + "."))
        if !uncertainty.tied.isEmpty {
            let names = uncertainty.tied.map { analysis.entries[$0].label }
            blocks.append(.paragraph("Tied for first (= in F): \(names.joined(separator: ", ")): their cost intervals overlap."))
        }
        return blocks
    }
}
