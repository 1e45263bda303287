import FrontierCore

/// `frontier report --scenario a.toml --compare b.toml`: the settings that differ, then
/// each setup's workload cost and rank under both, in the order of the first.
public struct ScenarioComparison: Sendable {
    /// What the two scenarios are called (their files).
    public let names: (a: String, b: String)
    public let a: Analysis
    public let b: Analysis
    public let dataset: String

    public init(dataset: String, names: (a: String, b: String), a: Analysis, b: Analysis) {
        self.dataset = dataset
        self.names = names
        self.a = a
        self.b = b
    }

    /// A setting that differs: its dotted key, its value under each (nil: not set).
    public struct Difference: Equatable, Sendable {
        public let key: String
        public let a: String?
        public let b: String?
    }

    /// The settings that differ, each profile's cost inputs as in effect (its own where
    /// the scenario keeps them), so that only the inputs changed are listed.
    public var differences: [Difference] {
        func settings(_ analysis: Analysis) -> [String: String] {
            var scenario = analysis.scenario
            for profile in analysis.hardware { scenario.costOverrides[profile.name] = profile.cost }
            var file = ScenarioFile(scenario)
            // The concurrency said apart from the mode, which `at = C` would fold it into.
            file.operatingPoint = scenario.operatingPoint == .best ? .best : nil
            return Dictionary(uniqueKeysWithValues: file.settings)
        }
        let one = settings(a), two = settings(b)
        return Set(one.keys).union(two.keys).sorted().compactMap { key in
            one[key] == two[key] ? nil : Difference(key: key, a: one[key], b: two[key])
        }
    }

    /// One setup under both scenarios (nil where it has no cost, or no rank: excluded).
    public struct Row: Sendable {
        public let label: String
        public let model: String
        public let hardware: String
        public let costA: Double?, rankA: Int?
        public let costB: Double?, rankB: Int?

        public var costChange: Double? { costA.flatMap { a in costB.map { $0 - a } } }
        public var rankChange: Int? { rankA.flatMap { a in rankB.map { $0 - a } } }
    }

    /// Every setup, ranked under the first scenario first, then the rest.
    public var rows: [Row] {
        let under = Dictionary(b.entries.map { ($0.configuration, $0) }, uniquingKeysWith: { first, _ in first })
        return (a.ranking + a.excluded).map { index in
            let entry = a.entries[index], other = under[entry.configuration]
            return Row(label: entry.label, model: entry.configuration.model, hardware: entry.configuration.hardwareLabel,
                       costA: Self.cost(entry), rankA: entry.rank, costB: other.flatMap(Self.cost), rankB: other?.rank)
        }
    }

    private static func cost(_ entry: Entry) -> Double? {
        entry.isComputable && entry.point.workloadCost.isFinite ? entry.point.workloadCost : nil
    }

    public func render(_ format: ReportFormat) -> String {
        switch format {
        case .json, .ndjson: JSONWriter.write(json) + "\n"
        case .markdown: lines(markdown: true)
        case .text, .csv: lines(markdown: false)
        }
    }

    private func lines(markdown: Bool) -> String {
        let title = "Scenarios compared — \(dataset): a \(names.a), b \(names.b)"
        let changes = differences.map { "\($0.key) \($0.a ?? "unset") → \($0.b ?? "unset")" }
        var table = Table([("Setup", .left), ("Cost a", .right), ("Rank a", .right), ("Cost b", .right), ("Rank b", .right),
                           ("Δ cost", .right), ("Δ rank", .right)])
        for row in rows {
            table.add([row.label, row.costA.map(Format.dollars) ?? "—", row.rankA.map(String.init) ?? "—",
                       row.costB.map(Format.dollars) ?? "—", row.rankB.map(String.init) ?? "—",
                       row.costChange.map { ($0 > 0 ? "+" : "") + Format.dollars($0) } ?? "—",
                       row.rankChange.map { $0 > 0 ? "+\($0)" : "\($0)" } ?? "—"])
        }
        let said = changes.isEmpty ? "The scenarios do not differ." : "Differences (a → b): " + changes.joined(separator: "; ")
        let body = markdown ? ["# " + Sanitize.line(title), "", Sanitize.line(said), "", table.markdown()]
                            : [Sanitize.line(title), Sanitize.line(said), "", table.text()]
        return body.joined(separator: "\n") + "\n"
    }

    /// The JSON keys, documented in the README: `a`, `b` (each `file`), `differences[]`
    /// (`key`, `a`, `b`, null where unset), `setups[]` (`name`, `model`, `hardware`,
    /// `a` and `b` each `cost_usd` and `rank`, null where none; `cost_change_usd`, `rank_change`).
    var json: JSONValue {
        func optional(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
        func under(_ cost: Double?, _ rank: Int?) -> JSONValue {
            .object([.init("cost_usd", optional(cost)), .init("rank", optional(rank.map(Double.init)))])
        }
        return .object([
            .init("a", .object([.init("file", .string(names.a))])),
            .init("b", .object([.init("file", .string(names.b))])),
            .init("differences", .array(differences.map {
                .object([.init("key", .string($0.key)), .init("a", $0.a.map(JSONValue.string) ?? .null), .init("b", $0.b.map(JSONValue.string) ?? .null)])
            })),
            .init("setups", .array(rows.map { row in
                .object([.init("name", .string(row.label)), .init("model", .string(row.model)), .init("hardware", .string(row.hardware)),
                         .init("a", under(row.costA, row.rankA)), .init("b", under(row.costB, row.rankB)),
                         .init("cost_change_usd", optional(row.costChange)), .init("rank_change", optional(row.rankChange.map(Double.init)))])
            })),
        ])
    }
}
