import FrontierCore

/// Quality scores by model name from a small file (`--quality`), joined to the runs'
/// models. Three shapes:
///
/// ```text
/// model,metric,score          model,MMLU-Pro,GPQA          {"model-a": {"MMLU-Pro": 61.0}}
/// model-a,MMLU-Pro,61.0       model-a,61.0,40.2
/// ```
///
/// A name matches exactly, else ignoring case, else by its last path component
/// ("meta-llama/Llama-3.1-8B" matches "llama-3.1-8b").
public struct QualityTable: Sendable {
    public let file: String
    /// In file order: each model's scores and where they were read.
    public private(set) var entries: [Entry] = []
    /// Every metric named, in file order.
    public private(set) var metrics: [String] = []

    public struct Entry: Sendable {
        public var model: String
        public var location: String
        public var scores: [String: Double]
    }

    init(file: String) { self.file = file }

    public static func load(path: String) throws(DataError) -> QualityTable {
        try parse(try DataFile.read(path), file: path)
    }

    public static func parse(_ bytes: [UInt8], file: String) throws(DataError) -> QualityTable {
        let bytes = DataFile.withoutBOM(bytes)
        if bytes.contains(0) {
            throw DataError([DataProblem(.error, file: file, message: "contains NUL bytes: a binary file, not a quality file (expected CSV or JSON)")])
        }
        var table = QualityTable(file: file)
        var log = ProblemLog(file: file)
        if bytes.first(where: { !$0.isASCIIWhitespace }) == UInt8(ascii: "{") {
            table.readJSON(bytes, log: &log)
        } else if let text = String(validating: bytes, as: UTF8.self) {
            table.readCSV(text, log: &log)
        } else {
            log.error(nil, nil, "not valid UTF-8 text; expected a CSV or JSON quality file")
        }
        if !log.hasErrors && table.entries.isEmpty {
            log.error(nil, nil, "no scores; expected model,metric,score rows, model,<metric>… rows, or {\"model\": {\"metric\": score}}")
        }
        if log.hasErrors { throw DataError(log.problems) }
        return table
    }

    /// The scores for a run's model, matched as the type's documentation says.
    public func scores(for model: String) -> [String: Double]? {
        entry(for: model)?.scores
    }

    private func entry(for model: String) -> Entry? {
        if let exact = entries.first(where: { $0.model == model }) { return exact }
        let lower = model.lowercased()
        if let folded = entries.first(where: { $0.model.lowercased() == lower }) { return folded }
        let last = Self.lastComponent(lower)
        return entries.first { Self.lastComponent($0.model.lowercased()) == last }
    }

    private static func lastComponent(_ name: String) -> Substring {
        name.split(separator: "/").last ?? Substring(name)
    }

    /// A warning for each entry that names no model of `models`.
    func unmatched(_ models: [String]) -> [DataProblem] {
        let used = Set(models.compactMap { entry(for: $0)?.location })
        return entries.filter { !used.contains($0.location) }.map {
            DataProblem(.warning, file: file, location: $0.location, field: "model",
                        message: "no run of a model named \(quoted($0.model)); its scores are not used")
        }
    }

    private mutating func add(_ model: String, _ metric: String, _ score: Double, at location: String, log: inout ProblemLog) {
        if !metrics.contains(metric) { metrics.append(metric) }
        guard let i = entries.firstIndex(where: { $0.model == model }) else {
            entries.append(Entry(model: model, location: location, scores: [metric: score]))
            return
        }
        if let earlier = entries[i].scores[metric], earlier != score {
            log.error(location, metric, "\(quoted(model)) scores \(JSONWriter.number(score)) here but \(JSONWriter.number(earlier)) at \(entries[i].location); expected one score per model and metric")
        }
        entries[i].scores[metric] = score
    }

    private mutating func readJSON(_ bytes: [UInt8], log: inout ProblemLog) {
        let root: JSONValue
        do { root = try JSONParser.parse(bytes) } catch {
            log.error(error.location, nil, error.message)
            return
        }
        guard case .object(let models) = root else {
            log.error("$", nil, "expected an object of model name → {metric: score}, found \(root.kind)")
            return
        }
        for member in models {
            let path = ResultObject.path("$", member.key)
            guard case .object(let scores) = member.value else {
                log.error(path, nil, "expected an object of metric name → score, found \(member.value.kind)")
                continue
            }
            let record = NativeJSON.record(member.value, at: path)
            for score in scores {
                if let value = record.number(score.key, .nonNegative, log: &log) {
                    add(member.key, score.key, value, at: path, log: &log)
                }
            }
        }
    }

    private mutating func readCSV(_ text: String, log: inout ProblemLog) {
        let records: [CSVReader.Record]
        do { records = try CSVReader.records(text) } catch {
            log.error(error.location, nil, error.message)
            return
        }
        guard let header = records.first else { return }
        let columns = header.fields.map(\.trimmingSpaces)
        guard columns.first?.lowercased() == "model", columns.count >= 2 else {
            log.error("line 1", nil, "expected a header model,metric,score or model,<metric>,…; found \(quoted(header.fields.joined(separator: ",")))")
            return
        }
        let long = columns.map { $0.lowercased() } == ["model", "metric", "score"]
        for row in records.dropFirst() {
            let location = "line \(row.line)"
            guard let record = RecordReader.csvRow(row, columns: columns, log: &log) else { continue }
            guard let model = record.text(columns[0], required: true, log: &log) else { continue }
            if long {
                guard let metric = record.text(columns[1], required: true, log: &log),
                      let score = record.number(columns[2], .nonNegative, required: true, log: &log) else { continue }
                add(model, metric, score, at: location, log: &log)
            } else {
                for metric in columns.dropFirst() {
                    if let score = record.number(metric, .nonNegative, log: &log) { add(model, metric, score, at: location, log: &log) }
                }
            }
        }
    }
}
