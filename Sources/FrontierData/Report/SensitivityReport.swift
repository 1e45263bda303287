import FrontierCore

/// What `frontier sensitivity` prints: a setup's tornado (each input moved low and high,
/// largest swing first) and the flip points of first place, as text, Markdown, JSON or CSV.
public struct SensitivityReport: Sendable {
    public let dataset: Dataset
    public let analysis: Analysis
    public let sensitivity: Sensitivity

    public init(dataset: Dataset, analysis: Analysis, sensitivity: Sensitivity) {
        self.dataset = dataset
        self.analysis = analysis
        self.sensitivity = sensitivity
    }

    /// `ndjson` is not a form of this report: the command refuses it before this point.
    public func render(_ format: ReportFormat) -> String {
        switch format {
        case .text, .ndjson: Block.text(blocks())
        case .markdown: Block.markdown(blocks())
        case .json: JSONWriter.write(json())
        case .csv: csv()
        }
    }

    var entry: Entry { analysis.entries[sensitivity.setup] }

    static func usd(_ value: Double) -> String { Format.dollars(value, significant: 3) }

    func blocks() -> [Block] {
        let s = sensitivity, scenario = analysis.scenario
        let point = scenario.operatingPoint == .best ? "at its best, concurrency \(Format.concurrency(entry.point.concurrency))"
                                                     : "at concurrency \(Format.concurrency(entry.point.concurrency))"
        var blocks: [Block] = [.title("Frontier sensitivity — \(dataset.name)")]
        blocks.append(.fields([
            ("Setup", "\(s.label) (\(entry.configuration.hardwareLabel)) \(point)"),
            ("Cost", "\(Self.usd(s.baseUSD)) for \(Format.grouped(analysis.requests)) requests"),
            ("Swing", "×\(Format.number(1 - s.swing, decimals: 2)) and ×\(Format.number(1 + s.swing, decimals: 2)), one input at a time, the rest held; utilization at most 1, PUE at least 1"),
            ("First", "\(s.leader ?? "no setup ranked"), by \(scenario.sortKey.title)"),
        ] + (analysis.shape.map { [("Shape", Report.shapeLine($0, of: analysis.shapes))] } ?? [])))
        blocks.append(.heading("What moves the cost, largest swing first"))
        var tornado = Table([("Input", .left), ("Today", .right), ("Low", .right), ("High", .right), ("$ at low", .right),
                             ("$ at high", .right), ("Swing", .right)])
        for bar in s.bars {
            tornado.add([bar.lever.title, bar.lever.label(bar.today), bar.lever.label(bar.lowValue), bar.lever.label(bar.highValue),
                         Self.usd(bar.lowUSD), Self.usd(bar.highUSD), Self.usd(bar.swingUSD)])
        }
        blocks.append(.table(tornado))
        blocks.append(.heading("What changes first place, within ×0.25–×4 of today's value"))
        for flip in s.flips { blocks.append(.paragraph("\(flip.lever.title): \(s.sentence(flip))")) }
        let none = s.unflipped
        if !none.isEmpty { blocks.append(.paragraph("None in range: \(none.map(\.title).joined(separator: ", ")).")) }
        return blocks
    }

    /// The stable JSON (README, "frontier sensitivity"): money in dollars, inputs by their
    /// `Lever` names, largest swing first.
    public func json() -> JSONValue {
        let s = sensitivity
        return .object([
            "model": .string(entry.configuration.model),
            "setup": .string(s.label),
            "hardware": .string(entry.configuration.hardware),
            "gpus": .number(Double(entry.configuration.gpus)),
            "shape": analysis.shape.map { .string($0.text) },
            "concurrency": .number(entry.point.concurrency),
            "swing": .number(s.swing),
            "base_usd": .number(s.baseUSD),
            "leader": .optional(s.leader),
            "inputs": .array(s.bars.map { bar in
                .object([
                    "input": .string(bar.lever.description),
                    "base_value": .number(bar.today),
                    "low_value": .number(bar.lowValue),
                    "high_value": .number(bar.highValue),
                    "low_usd": .number(bar.lowUSD),
                    "high_usd": .number(bar.highUSD),
                    "swing_usd": .number(bar.swingUSD),
                ])
            }),
            "flips": .array(s.flips.map { flip in
                .object([
                    "input": .string(flip.lever.description),
                    "value": .number(flip.value),
                    "new_leader": .optional(flip.newLeader),
                ])
            }),
        ])
    }

    /// One row per input, largest swing first, with its flip points up and down (empty: none in range).
    public func csv() -> String {
        let header = ["input", "base_value", "low_value", "high_value", "low_usd", "high_usd", "swing_usd",
                      "flip_up_value", "flip_up_new_leader", "flip_down_value", "flip_down_new_leader"]
        let rows = sensitivity.bars.map { bar -> [String] in
            let up = sensitivity.flips.first { $0.lever == bar.lever && $0.value > bar.today }
            let down = sensitivity.flips.first { $0.lever == bar.lever && $0.value < bar.today }
            return [bar.lever.description] + [bar.today, bar.lowValue, bar.highValue, bar.lowUSD, bar.highUSD, bar.swingUSD].map(JSONWriter.number)
                + [up.map { JSONWriter.number($0.value) } ?? "", up?.newLeader ?? "",
                   down.map { JSONWriter.number($0.value) } ?? "", down?.newLeader ?? ""]
        }
        return ([header] + rows).map { $0.map(Report.csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
}
