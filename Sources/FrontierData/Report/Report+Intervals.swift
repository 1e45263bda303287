import FrontierCore

/// The 95 % intervals in the report: beside each figure that has one, and the setups tied
/// for first place.
extension Report {
    /// `models[]` member `i`: the setup's figures, then its intervals (`intervals`, keyed by
    /// the figure's own key; absent when it has none) and `tied_for_first` when it is tied.
    func modelJSON(at i: Int) -> JSONValue {
        guard case .object(var members) = modelJSON(analysis.entries[i]) else { return .null }
        if let point = uncertainty.intervals[i] {
            let figures: [(String, Interval?)] = [("workload_cost_usd", point.workloadCost),
                                                  ("request_throughput", point.requestThroughput),
                                                  ("mean_ttft_ms", point.meanTTFTms)]
            members.append(.init("intervals", .object(figures.compactMap { key, interval in
                interval.map { JSONValue.Member(key, Self.json($0)) }
            })))
        }
        if uncertainty.tied.contains(i) { members.append(.init("tied_for_first", .bool(true))) }
        return .object(members)
    }

    /// An unbounded high end (a cost whose throughput interval reaches 0) is null.
    static func json(_ i: Interval) -> JSONValue {
        .object(["ci_low": .number(i.low), "ci_high": i.high.isFinite ? JSONValue.number(i.high) : JSONValue.null, "method": .string(i.method.rawValue),
                 "samples": .number(Double(i.samples))])
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
