import FrontierCore

/// Where each part of a run is in a native CSV row, found once from the header, and the
/// fast reading of a row from its bytes: the run `RunReader` would read, or nil when any
/// cell is not plain (then the row takes the text path, which says what is wrong).
struct CSVRunColumns {
    let model: Int?
    let hardware: Int?
    let gpus: Int?
    let concurrency: Int?
    let source: Int?
    let estimated: Int?
    let labels: Int?
    let measured: [(field: RunField, rule: RecordReader.Rule, index: Int)]

    init(_ columns: [String]) {
        // The first column of a name is the one a record reads.
        func index(_ key: String) -> Int? { columns.firstIndex(of: key) }
        model = index("model")
        hardware = index("hardware")
        gpus = index("gpus")
        concurrency = index("concurrency")
        source = index("source")
        estimated = index("concurrency_estimated")
        labels = index("labels")
        measured = RunReader.rules.compactMap { field, rule in index(field.key).map { (field, rule, $0) } }
    }

    /// The run in the row, checked field by field but not across fields (`RunReader.finish`).
    /// `labels` holds the labels parsed so far by their text, so that the runs of one setup
    /// share one array instead of a copy a row.
    func fields(_ bytes: UnsafeBufferPointer<UInt8>, _ fields: [CSVReader.Field], options: LoadOptions,
                labels known: inout [String: [SetupLabel]]) -> Run? {
        /// The cell's plain bytes: nil for a cell to read as text; empty for a missing one.
        func cell(_ index: Int?) -> (Int, Int)?? {
            guard let index else { return .some(nil) }
            let field = fields[index]
            guard !field.escaped, let (s, e) = DecimalBytes.trimmed(bytes, field.start, field.end) else { return nil }
            return s == e ? .some(nil) : (s, e)
        }
        func number(_ index: Int?, _ rule: RecordReader.Rule) -> Double?? {
            guard let range = cell(index) else { return nil }
            guard let (s, e) = range else { return .some(nil) }
            guard let v = DecimalBytes.number(bytes, s, e), v.isFinite, rule.accepts(v) else { return nil }
            return v
        }
        func text(_ index: Int?) -> String?? {
            guard let range = cell(index) else { return nil }
            guard let (s, e) = range else { return .some(nil) }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<e]), as: UTF8.self)
        }
        guard let model = text(model), let model,
              let named = text(hardware), let hardware = named ?? options.hardware,
              let gpus = number(gpus, .wholeAtLeastOne),
              let concurrency = number(concurrency, .positive), let concurrency,
              let source = text(source) else { return nil }
        var measurements = Measurements()
        for (field, rule, index) in measured {
            guard let value = number(index, rule) else { return nil }
            measurements[field] = value
        }
        var isEstimated = false
        if estimated != nil {
            guard let flag = text(estimated) else { return nil }
            switch flag?.lowercased() {
            case nil, "false", "no", "0": isEstimated = false
            case "true", "yes", "1": isEstimated = true
            default: return nil
            }
        }
        var run = Run(model: model, hardware: hardware, gpus: gpus.map { Int($0) } ?? RunReader.defaultGPUs(options),
                      concurrency: concurrency, concurrencyEstimated: isEstimated, measurements: measurements, source: source)
        if labels != nil {
            guard let written = text(labels) else { return nil }
            if let written {
                guard let parsed = known[written] ?? SetupLabel.parse(written) else { return nil }
                known[written] = parsed
                run.labels = parsed
            }
        }
        return run
    }
}
