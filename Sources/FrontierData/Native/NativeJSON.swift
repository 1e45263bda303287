import FrontierCore
import FrontierFiles

/// The native JSON dataset format (README.md, "Data"): reading with every problem reported
/// by JSON path, and writing so that what is written reads back identical.
public enum NativeJSON {
    public static let formatVersion = 1

    /// `numbersFromText` reads numbers written as strings (vLLM's `--metadata` values).
    static func record(_ value: JSONValue, at path: String, numbersFromText: Bool = false) -> RecordReader {
        RecordReader(location: path, numbersFromText: numbersFromText) { key in
            switch value[key] {
            case nil, .null?: .missing
            case .number(let n)?: .number(n)
            case .string(let s)?: .text(s)
            case .bool(let b)?: .bool(b)
            case let other?: .other(other.kind)
            }
        }
    }

    /// Reads a dataset from its bytes; the runs are read as the parser reaches each one
    /// (their problems kept apart and logged in their place, after the models'), from their
    /// bytes where every member is plain (`JSONRunMembers`).
    static func read(_ bytes: [UInt8], file: String, options: LoadOptions) throws(JSONParser.SyntaxError) -> (Dataset?, [DataProblem]) {
        try read(bytes, more: nil, total: bytes.count, file: file, options: options)
    }

    /// The file at `path` read a block at a time: what `read` gives for its bytes, holding
    /// only the runs' last block or two (and an item longer than that) instead of the file.
    /// Its syntax error is a problem of the file; a failure to read it, the error.
    static func read(path: String, options: LoadOptions, blockBytes: Int = NativeCSV.blockBytes) throws(FileSource.Failure) -> (Dataset?, [DataProblem]) {
        let blocks = try DataFile.Blocks(path)
        var first: [UInt8] = []
        first.reserveCapacity(2 * blockBytes)
        var failure: FileSource.Failure? = nil
        _ = try blocks.next(into: &first, count: blockBytes)
        // The parser's reads cannot throw: a failure ends the document there and is what the read gives.
        let more = { (buffer: inout [UInt8]) -> Bool in
            guard failure == nil else { return false }
            do throws(FileSource.Failure) {
                return try blocks.next(into: &buffer, count: max(blockBytes, buffer.count))
            } catch {
                failure = error
                return false
            }
        }
        let result: (Dataset?, [DataProblem])
        do throws(JSONParser.SyntaxError) {
            result = try read(first, more: more, ahead: blockBytes, total: blocks.size, file: path, options: options)
        } catch {
            if let failure { throw failure }
            return (nil, [error.problem(file: path)])
        }
        if let failure { throw failure }
        return result
    }

    private static func read(_ bytes: [UInt8], more: ((inout [UInt8]) -> Bool)?, ahead: Int = NativeCSV.blockBytes, total: Int,
                             file: String, options: LoadOptions) throws(JSONParser.SyntaxError) -> (Dataset?, [DataProblem]) {
        var runs = RunsRead(assembler: DatasetAssembler(options: options), log: ProblemLog(file: file))
        var runsStart = 0
        let root = try JSONParser.parse(bytes, more: more, ahead: ahead, streaming: "runs", flat: JSONKeys(JSONRunMembers.keys), flatItem: { object, i in
            if i == 0 { runsStart = object.base + object.start }
            if i == 255 { runs.assembler.reserve(runs: 256, read: object.base + object.index - runsStart, total: total - runsStart) }
            guard let run = JSONRunMembers.run(object, options: options, labels: &runs.labels) else { return false }
            let hardware = run.hardware
            guard let checked = RunReader.finish(consume run, at: runPath(i), log: &runs.log) else {
                runs.assembler.rejectedHardware.append((hardware, runPath(i)))
                return true
            }
            runs.assembler.add(checked, at: .item(Int32(i)))
            return true
        }) { item, i in
            readRun(item, index: i, options: options, into: &runs)
        }
        return read(root, file: file, options: options, streamed: &runs)
    }

    /// Where run `i` is, in messages.
    static func runPath(_ i: Int) -> String { "$.runs[\(i)]" }

    /// The runs read so far and their problems.
    struct RunsRead {
        var assembler: DatasetAssembler
        var log: ProblemLog
        /// Each setup's labels once, by their text (the fast path's).
        var labels: [String: [SetupLabel]] = [:]
    }

    private static func readRun(_ item: JSONValue, index i: Int, options: LoadOptions, into runs: inout RunsRead) {
        let path = runPath(i)
        guard case .object = item else {
            runs.log.error(path, nil, "expected an object, found \(item.kind)")
            return
        }
        let reader = record(item, at: path)
        guard var run = RunReader.read(reader, options: options, log: &runs.log) else {
            runs.assembler.reject(reader, options: options)
            return
        }
        let derived = readDerived(item, at: path, log: &runs.log)
        if !derived.isEmpty { run.derived.formUnion(derived) }
        runs.assembler.add(run, at: .item(Int32(i)))
    }

    /// The dataset of the document, with the runs `read(_:file:options:)` streamed. In place:
    /// a copy of those runs would be copied again, whole, when they are assembled.
    private static func read(_ root: JSONValue, file: String, options: LoadOptions, streamed runs: inout RunsRead) -> (Dataset?, [DataProblem]) {
        var log = ProblemLog(file: file)
        guard case .object = root else {
            log.error("$", nil, "expected a JSON object (a Frontier dataset), found \(root.kind)")
            return (nil, log.problems)
        }
        let top = record(root, at: "$")
        if let version = top.number("frontier_dataset", .wholeAtLeastOne, required: true, log: &log), Int(version) != formatVersion {
            log.error("$", "frontier_dataset", "format version \(Int(version)) is not supported; expected \(formatVersion)")
        }
        let name = top.text("name", required: true, log: &log) ?? file
        let description = top.text("description", log: &log)
        let provenance = top.text("provenance", log: &log)
        let defaultMetric = top.text("default_metric", log: &log)

        var workload = Workload(name: "workload", requests: 1000)
        if let w = root["workload"], case .object = w {
            let r = record(w, at: "$.workload")
            workload.name = r.text("name", log: &log) ?? workload.name
            workload.requests = r.number("requests", .wholeAtLeastOne, required: true, log: &log).map { Int($0) } ?? workload.requests
        } else {
            log.error("$", "workload", root["workload"] == nil ? "missing; expected {\"name\": …, \"requests\": N}" : "expected an object")
        }

        var hardwareAt: [String: String] = [:]
        runs.assembler.hardware = array(root, "hardware", log: &log).compactMap { item, path in
            guard let profile = HardwareReader.read(record(item, at: path), presets: options.presets, log: &log) else { return nil }
            return unique(profile, name: profile.name, at: path, seen: &hardwareAt, log: &log)
        }
        var modelAt: [String: String] = [:]
        runs.assembler.models = array(root, "models", log: &log).compactMap { item, path in
            readModel(item, at: path, log: &log).flatMap { unique($0, name: $0.name, at: path, seen: &modelAt, log: &log) }
        }
        if root["runs"] == nil { log.error("$", "runs", "missing; expected an array of runs") }
        if case .array(let items)? = root["runs"] {
            for (i, item) in items.enumerated() { readRun(item, index: i, options: options, into: &runs) }
        } else if let value = root["runs"] {
            log.error("$", "runs", "expected an array, found \(value.kind)")
        }
        log.append(runs.log.problems)
        let dataset = runs.assembler.assemble(name: name, description: description, provenance: provenance, workload: workload,
                                         defaultMetric: defaultMetric, log: &log)
        return (log.hasErrors ? nil : dataset, log.problems)
    }

    /// The items of an optional array member, each with its path; wrong kinds are logged.
    private static func array(_ root: JSONValue, _ key: String, log: inout ProblemLog) -> [(JSONValue, String)] {
        guard let value = root[key] else { return [] }
        guard case .array(let items) = value else {
            log.error("$", key, "expected an array, found \(value.kind)")
            return []
        }
        return items.enumerated().compactMap { i, item in
            let path = "$.\(key)[\(i)]"
            guard case .object = item else {
                log.error(path, nil, "expected an object, found \(item.kind)")
                return nil
            }
            return (item, path)
        }
    }

    /// The item, or nil with an error when an earlier one has the same name.
    private static func unique<T>(_ item: T, name: String, at path: String, seen: inout [String: String],
                                  log: inout ProblemLog) -> T? {
        if let first = seen[name] {
            log.error(path, "name", "\(quoted(name)) is already defined at \(first); expected each name once")
            return nil
        }
        seen[name] = path
        return item
    }

    private static func readModel(_ item: JSONValue, at path: String, log: inout ProblemLog) -> Model? {
        let r = record(item, at: path)
        guard let name = r.text("name", required: true, log: &log) else { return nil }
        var model = Model(name: name, size: r.text("size", log: &log), precision: r.text("precision", log: &log),
                          engine: r.text("engine", log: &log), notes: r.text("notes", log: &log))
        switch item["quality"] {
        case nil, .null?: break
        case .object(let members)?:
            let scores = record(item["quality"]!, at: path + ".quality")
            for member in members {
                if let score = scores.number(member.key, .nonNegative, log: &log) { model.quality[member.key] = score }
            }
        case let other?:
            log.error(path, "quality", "expected an object of metric name → score, found \(other.kind)")
        }
        return model
    }

    private static func readDerived(_ item: JSONValue, at path: String, log: inout ProblemLog) -> RunFields {
        guard let value = item["derived"] else { return [] }
        guard case .array(let names) = value else {
            log.error(path, "derived", "expected an array of field names, found \(value.kind)")
            return []
        }
        var fields = RunFields()
        for name in names {
            guard case .string(let key) = name, let field = RunField(key: key) else {
                log.error(path, "derived", "expected measured field names such as \"request_throughput\"")
                continue
            }
            fields.insert(field)
        }
        return fields
    }

    /// The dataset as native JSON, complete: hardware written out in full, derived fields
    /// listed, so that reading it back gives the same dataset.
    public static func encode(_ dataset: Dataset) -> JSONValue {
        .object(head(dataset) + [.init("runs", .array(dataset.runs.map(encode)))])
    }

    /// The text `JSONWriter.write(encode(dataset))` gives, each run made as it is written:
    /// the values of a million runs (about 1.5 GB) are never all in memory.
    public static func text(_ dataset: Dataset) -> [UInt8] {
        JSONWriter.bytes(object: head(dataset), then: "runs", count: dataset.runs.count) { encode(dataset.runs[$0]) }
    }

    /// Every member but `runs`, which comes last.
    private static func head(_ dataset: Dataset) -> [JSONValue.Member] {
        guard case .object(let members) = JSONValue.object([
            "frontier_dataset": .number(Double(formatVersion)),
            "name": .string(dataset.name),
            "description": dataset.description.map(JSONValue.string),
            "provenance": dataset.provenance.map(JSONValue.string),
            "workload": .object(["name": .string(dataset.workload.name), "requests": .number(Double(dataset.workload.requests))]),
            "default_metric": dataset.defaultMetric.map(JSONValue.string),
            "hardware": .array(dataset.hardware.map(HardwareReader.json)),
            "models": .array(dataset.models.map(encode)),
        ]) else { return [] }
        return members
    }

    private static func encode(_ model: Model) -> JSONValue {
        .object([
            "name": .string(model.name),
            "size": model.size.map(JSONValue.string),
            "precision": model.precision.map(JSONValue.string),
            "engine": model.engine.map(JSONValue.string),
            "notes": model.notes.map(JSONValue.string),
            "quality": model.quality.isEmpty ? nil
                : .object(model.quality.keys.sorted().map { .init($0, .number(model.quality[$0]!)) }),
        ])
    }

    private static func encode(_ run: Run) -> JSONValue {
        var members: [JSONValue.Member] = [
            .init("model", .string(run.model)), .init("hardware", .string(run.hardware)),
            .init("gpus", .number(Double(run.gpus))), .init("concurrency", .number(run.concurrency)),
        ]
        if !run.labels.isEmpty { members.append(.init("labels", .string(SetupLabel.text(run.labels)))) }
        if run.concurrencyEstimated { members.append(.init("concurrency_estimated", .bool(true))) }
        for field in RunField.allCases {
            if let value = run[field] { members.append(.init(field.key, .number(value))) }
        }
        if !run.derived.isEmpty { members.append(.init("derived", .array(run.derived.sorted().map { .string($0.key) }))) }
        if let source = run.source { members.append(.init("source", .string(source))) }
        return .object(members)
    }
}
