import FrontierCore

/// The fast reading of a native JSON run from its bytes (`FlatObject`): the run `RunReader`
/// would read from the parsed item, or nil when any member is not plain, and the item then
/// takes the general path, which says what is wrong.
enum JSONRunMembers {
    /// Every key a run may have that the fast path reads, in id order: the names, then each
    /// measured field at `ID.fields + rawValue`. A run with another key (`derived`) takes the
    /// general path.
    static let keys = ["model", "hardware", "gpus", "concurrency", "source", "concurrency_estimated", "labels"]
        + RunField.allCases.map(\.key)
    private enum ID {
        static let model = 0, hardware = 1, gpus = 2, concurrency = 3, source = 4, estimated = 5, labels = 6, fields = 7
    }

    /// The run, checked field by field but not across fields (`RunReader.finish`). `labels`
    /// holds the labels parsed so far by their text, so that the runs of one setup share one array.
    static func run(_ object: FlatObject, options: LoadOptions, labels known: inout [String: [SetupLabel]]) -> Run? {
        /// A name: nil to take the general path (a surrounding space it trims, a wrong kind);
        /// nil inside for none (missing, null, empty).
        func text(_ id: Int) -> String?? {
            switch object[id] {
            case nil, .null?: return .some(nil)
            case .string(let s, let e)?:
                if s == e { return .some(nil) }
                guard object.bytes[s] != 0x20, object.bytes[e - 1] != 0x20 else { return nil }
                return object.string(s, e)
            default: return nil
            }
        }
        func number(_ id: Int, _ rule: RecordReader.Rule) -> Double?? {
            switch object[id] {
            case nil, .null?: return .some(nil)
            case .number(let v)? where rule.accepts(v): return v
            default: return nil
            }
        }
        guard let model = text(ID.model), let model,
              let named = text(ID.hardware), let hardware = named ?? options.hardware,
              let gpus = number(ID.gpus, .wholeAtLeastOne),
              let concurrency = number(ID.concurrency, .positive), let concurrency,
              let source = text(ID.source) else { return nil }
        var measurements = Measurements()
        for (field, rule) in RunReader.rules {
            guard let value = number(ID.fields + field.rawValue, rule) else { return nil }
            measurements[field] = value
        }
        let isEstimated: Bool
        switch object[ID.estimated] {
        case nil, .null?: isEstimated = false
        case .bool(let b)?: isEstimated = b
        default: return nil
        }
        var run = Run(model: model, hardware: hardware, gpus: gpus.map { Int($0) } ?? RunReader.defaultGPUs(options),
                      concurrency: concurrency, concurrencyEstimated: isEstimated, measurements: measurements, source: source)
        guard let written = text(ID.labels) else { return nil }
        if let written {
            guard let parsed = known[written] ?? SetupLabel.parse(written) else { return nil }
            known[written] = parsed
            run.labels = parsed
        }
        return run
    }
}
