import FrontierCore
import TOMLKit

/// A scenario as a TOML file: the keys a file may set, each absent key left to the command
/// (its option, or the dataset's default). Read and written with TOMLKit (toml++).
///
/// ```toml
/// at = "best"
/// concurrency = 64
/// budget = 500
/// sort = "cost"
/// shape = "1k→128"
/// volume = "60M/month"
/// peak = 2
/// [slo]
/// ttft-p99 = 2000
/// [cost."A800-80G"]
/// gpu-price = 12000
/// ```
public struct ScenarioFile: Equatable, Sendable {
    public var concurrency: Double?
    public var operatingPoint: OperatingPoint?
    public var budget: Double?
    public var requests: Int?
    public var slos: [LatencySLO]?
    public var maxErrorRate: Double?
    public var sort: SortKey?
    public var metric: String?
    public var zoneTolerance: Double?
    /// The workload shape compared (`WorkloadShape.text`: `1k→128`).
    public var shape: String?
    /// The plan's volume as `--volume` takes it (`2e6`, `60M/month`), and its peak factor.
    public var volume: String?
    public var peak: Double?
    /// Cost inputs by hardware profile name, each replacing the profile's own.
    public var costs: [String: [CostInput: Double]] = [:]

    public init() {}

    /// Every setting of `scenario` and the plan's volume and peak, so that reading the file
    /// back gives them whole.
    public init(_ scenario: Scenario, volume: String? = nil, peak: Double? = nil) {
        self.volume = volume
        self.peak = peak
        concurrency = scenario.concurrency
        operatingPoint = scenario.operatingPoint
        budget = scenario.budget
        requests = scenario.requests
        slos = scenario.slos
        maxErrorRate = scenario.maxErrorRate
        sort = scenario.sortKey
        metric = scenario.metric
        zoneTolerance = scenario.zoneTolerance
        shape = scenario.shape
        costs = scenario.costOverrides.mapValues { cost in
            Dictionary(uniqueKeysWithValues: CostInput.inputs(of: cost).map { ($0, $0.value(in: cost)!) })
        }
    }

    /// The scalar keys, in the order the README lists them: the one home of their names.
    /// A new key is one more line here (and its property above).
    static let fields: [ScenarioField] = [
        .at,
        .concurrency,
        .number("budget", \.budget, "a number of dollars > 0") { $0 > 0 },
        .integer("requests", \.requests, "a whole number of requests ≥ 1") { $0 >= 1 },
        .number("max-error-rate", \.maxErrorRate, "a fraction from 0 to 1") { $0 >= 0 && $0 <= 1 },
        .choice("sort", \.sort),
        .text("metric", \.metric, "the name of a quality metric"),
        .number("zone-tolerance", \.zoneTolerance, "a fraction ≥ 0") { $0 >= 0 },
        .text("shape", \.shape, "a workload shape such as 1k→128"),
        .volume,
        .number("peak", \.peak, "a peak-to-average factor ≥ 1") { $0 >= 1 },
    ]
    static let sloKey = "slo", costKey = "cost"

    /// Every top-level key, for the message on an unknown one.
    public static var keys: [String] { fields.map(\.key) + [sloKey, costKey] }

    /// The key of a cost input in a `[cost."PROFILE"]` table: its option without the dashes.
    public static func key(of input: CostInput) -> String { String(input.option.dropFirst(2)) }

    /// The key of an SLO in the `[slo]` table, as `--slo` names it: `ttft-p99`.
    public static func key(of slo: LatencySLO) -> String { "\(slo.metric.rawValue)-\(slo.statistic.rawValue)" }

    /// The file's text. Keys come in TOMLKit's order (sorted), but the SLOs last in their
    /// own order (the first is the dashboard slider's); a whole number is written without a
    /// fraction, and the others as briefly as toml++ writes them when that reads back the
    /// same, in full otherwise.
    public var text: String {
        let brief = text([.allowUnicodeStrings, .relaxedFloatPrecision])
        return (try? Self.parse(brief, file: "")) == self ? brief : text([.allowUnicodeStrings])
    }

    private func text(_ options: FormatOptions) -> String {
        let table = TOMLTable()
        for field in Self.fields { if let value = field.write(self) { table[field.key] = value } }
        if !costs.isEmpty {
            let cost = TOMLTable()
            for (profile, values) in costs {
                let inputs = TOMLTable()
                for (input, value) in values { inputs[Self.key(of: input)] = Self.number(value) }
                cost[profile] = inputs
            }
            table[Self.costKey] = cost
        }
        var text = table.convert(to: .toml, options: options) + "\n"
        if let slos {
            text += "\n[\(Self.sloKey)]\n" + slos.map { slo in
                TOMLTable([Self.key(of: slo): Self.number(slo.maxMs)]).convert(to: .toml, options: options) + "\n"
            }.joined()
        }
        return text
    }

    /// Each setting as a dotted key and its value as the file writes it (`cost.A800-80G.gpu-price`,
    /// `12000`), in key order: what a comparison of two scenarios lists.
    public var settings: [(key: String, value: String)] {
        func shown(_ value: TOMLValueConvertible) -> String { value.tomlValue.string ?? value.tomlValue.debugDescription }
        var all = Self.fields.compactMap { field in field.write(self).map { (field.key, shown($0)) } }
        all += (slos ?? []).map { ("\(Self.sloKey).\(Self.key(of: $0))", shown(Self.number($0.maxMs))) }
        for (profile, values) in costs {
            all += values.map { ("\(Self.costKey).\(profile).\(Self.key(of: $0.key))", shown(Self.number($0.value))) }
        }
        return all.sorted { $0.0 < $1.0 }
    }

    static func number(_ value: Double) -> TOMLValueConvertible {
        value == value.rounded() && abs(value) < 1e15 ? Int(value) : value
    }

    /// Scenario files past this are refused: a real one is a few hundred bytes.
    static let maxBytes = 1 << 20

    /// Reads a scenario file as every data file is read: opened without blocking, only when
    /// regular, to a size limit.
    public static func load(path: String) throws(ScenarioFileError) -> ScenarioFile {
        let bytes: [UInt8]
        do { bytes = try DataFile.readBytes(path, limit: maxBytes) } catch {
            throw ScenarioFileError(file: path, line: nil, key: nil, message: error.message)
        }
        return try parse(String(decoding: bytes, as: UTF8.self), file: path)
    }

    /// Reads a scenario file's text; `file` names it in errors.
    public static func parse(_ text: String, file: String) throws(ScenarioFileError) -> ScenarioFile {
        let lines = KeyLines(text)
        if let problem = ScenarioSyntax.firstProblem(in: text) {
            throw ScenarioFileError(file: file, line: problem.line, key: problem.key, message: problem.message)
        }
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch let error as TOMLParseError {
            throw ScenarioFileError(file: file, line: error.source.begin.line, key: nil, message: "not TOML: \(error.description)")
        } catch {
            throw ScenarioFileError(file: file, line: nil, key: nil, message: "not TOML: \(error)")
        }
        var scenario = ScenarioFile()
        for key in table.keys.sorted(by: { lines.line(of: [$0]) ?? 0 < lines.line(of: [$1]) ?? 0 }) {
            let value = table[key]!.tomlValue
            let fail = { (message: String) in ScenarioFileError(file: file, line: lines.line(of: [key]), key: key, message: message) }
            if let field = fields.first(where: { $0.key == key }) {
                if let problem = field.read(value, &scenario) { throw fail(problem) }
            } else if key == sloKey {
                scenario.slos = try readSLOs(value, file: file, lines: lines)
            } else if key == costKey {
                scenario.costs = try readCosts(value, file: file, lines: lines)
            } else {
                throw fail("unknown key\(nearest(key, in: keys).map { "; did you mean \($0)?" } ?? ""); the keys: \(keys.joined(separator: ", "))")
            }
        }
        return scenario
    }

    private static func readSLOs(_ value: TOMLValue, file: String, lines: KeyLines) throws(ScenarioFileError) -> [LatencySLO] {
        guard let table = value.table else {
            throw ScenarioFileError(file: file, line: lines.line(of: [sloKey]), key: sloKey,
                                    message: "expected a table of SLOs such as [slo] ttft-p99 = 2000, found \(shown(value))")
        }
        var slos: [LatencySLO] = []
        for key in table.keys.sorted(by: { lines.line(of: [sloKey, $0]) ?? 0 < lines.line(of: [sloKey, $1]) ?? 0 }) {
            let item = table[key]!.tomlValue
            let names = key.split(separator: "-", omittingEmptySubsequences: false)
            let line = lines.line(of: [sloKey, key])
            guard names.count == 2, let metric = LatencyMetric(rawValue: String(names[0])),
                  let statistic = LatencyStatistic(rawValue: String(names[1])) else {
                throw ScenarioFileError(file: file, line: line, key: "\(sloKey).\(key)",
                                        message: "no latency statistic: expected METRIC-STATISTIC with METRIC one of \(LatencyMetric.allCases.map(\.rawValue).joined(separator: "|")) and STATISTIC one of \(LatencyStatistic.allCases.map(\.rawValue).joined(separator: "|")), such as ttft-p99")
            }
            guard let ms = number(item), ms > 0, ms.isFinite else {
                throw ScenarioFileError(file: file, line: line, key: "\(sloKey).\(key)", message: "expected a number of ms > 0, found \(shown(item))")
            }
            slos.append(LatencySLO(metric, statistic, maxMs: ms))
        }
        return slos
    }

    private static func readCosts(_ value: TOMLValue, file: String, lines: KeyLines) throws(ScenarioFileError) -> [String: [CostInput: Double]] {
        guard let table = value.table, table.values.allSatisfy({ $0.table != nil }) else {
            throw ScenarioFileError(file: file, line: lines.line(of: [costKey]), key: costKey,
                                    message: "expected a table per hardware profile, such as [cost.\"A800-80G\"] gpu-price = 15000")
        }
        var costs: [String: [CostInput: Double]] = [:]
        let known = CostInput.allCases.map(key(of:))
        for profile in table.keys {
            let inputs = table[profile]!.tomlValue.table!
            var values: [CostInput: Double] = [:]
            for key in inputs.keys {
                let item = inputs[key]!.tomlValue
                let fail = { (message: String) in
                    ScenarioFileError(file: file, line: lines.line(of: [costKey, profile, key]), key: "\(costKey).\(profile).\(key)", message: message)
                }
                guard let input = CostInput.allCases.first(where: { Self.key(of: $0) == key }) else {
                    throw fail("unknown cost input\(nearest(key, in: known).map { "; did you mean \($0)?" } ?? ""); the inputs: \(known.joined(separator: ", "))")
                }
                guard let number = number(item), input.accepts(number) else {
                    throw fail("expected \(input.unit) \(input.expected), found \(shown(item))")
                }
                values[input] = number
            }
            costs[profile] = values
        }
        return costs
    }

    /// An integer or a float as a Double.
    static func number(_ value: TOMLValue) -> Double? {
        value.double ?? value.int.map(Double.init)
    }

    /// A value as an error message quotes it, sanitised.
    static func shown(_ value: TOMLValue) -> String {
        switch value.type {
        case .table: "a table"
        case .array: "an array"
        default: Sanitize.line(value.debugDescription)
        }
    }

    /// The known key nearest to `key` (at most two edits away), for "did you mean".
    static func nearest(_ key: String, in known: [String]) -> String? {
        known.map { ($0, HardwareName.editDistance(key, $0)) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
    }
}

/// What is wrong with a scenario file: "a.toml: line 4: budget: expected …".
public struct ScenarioFileError: Error, Equatable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let key: String?
    public let message: String

    public var description: String {
        Sanitize.line([file, line.map { "line \($0)" }, key].compactMap { $0 }.joined(separator: ": ") + ": " + message)
    }
}
