import FrontierCore

/// GuideLLM's `benchmarks.json`: every benchmark of the report is a run. Metrics are
/// distributions by request status (`metrics.<metric>.successful.mean`, …); the load
/// setting sits in the benchmark's strategy, whose place moved between releases.
enum GuideLLMResult {
    /// Per-request records (`benchmarks[i].requests`), which no figure needs.
    static let discarded: Set<String> = ["requests"]

    /// Where releases put the strategy, and the layout each place marks.
    static let strategyPlaces: [([String], String)] = [
        (["config", "strategy"], "config.strategy layout"),
        (["args", "strategy"], "args.strategy layout"),
        (["scheduler", "strategy"], "scheduler.strategy layout"),
        (["strategy"], "strategy layout"),
    ]
    /// Where releases put the model, in each benchmark and then at the top.
    static let modelPlaces: [[String]] = [
        ["worker", "backend_model"], ["config", "model"], ["config", "backend", "model"], ["backend", "model"], ["args", "model"],
    ]
    static let topModelPlaces: [[String]] = [["args", "model"], ["metadata", "model"], ["model"]]

    static func read(_ root: JSONValue, log: inout ProblemLog) -> [ImportedRun] {
        let top = ResultObject(root, at: "$")
        if let meta = top.object("metadata", log: &log), let schema = meta.number("version", .wholeAtLeastOne, log: &log), schema != 1 {
            log.error(meta.path, "version", "schema version \(JSONWriter.number(schema)) is not supported; expected 1")
            return []
        }
        guard case .array(let benchmarks)? = root["benchmarks"] else { return [] }
        if benchmarks.isEmpty { log.error("$", "benchmarks", "empty; expected at least one benchmark") }
        let release = top.find(["metadata", "guidellm_version"]).flatMap { if case .string(let s) = $0.value { s } else { nil } }
        return benchmarks.enumerated().compactMap { i, item in
            read(item, at: "$.benchmarks[\(i)]", top: top, release: release, log: &log)
        }
    }

    /// The latency metrics read (each's mean, median and p90/p95/p99), and the factor to ms.
    static let latencyMetrics: [(LatencyMetric, String, Double)] = [
        (.ttft, "time_to_first_token_ms", 1), (.tpot, "time_per_output_token_ms", 1),
        (.itl, "inter_token_latency_ms", 1), (.e2e, "request_latency", 1000),
    ]

    private static func read(_ item: JSONValue, at path: String, top: ResultObject, release: String?,
                             log: inout ProblemLog) -> ImportedRun? {
        guard case .object = item else {
            log.error(path, nil, "expected an object (a benchmark), found \(item.kind)")
            return nil
        }
        let b = ResultObject(item, at: path)
        let before = log.problems.count
        let model = findModel(b, top: top, log: &log)
        guard let metrics = b.object("metrics", required: true, log: &log) else { return nil }
        func stat(_ metric: String, _ key: String, _ rule: RecordReader.Rule, required: Bool = false) -> Double? {
            guard let m = metrics.object(metric, required: required, log: &log) else { return nil }
            guard let s = m.object("successful", required: required, log: &log) else { return nil }
            if key.hasPrefix("p") && key != "percentiles" {
                return s.object("percentiles", log: &log)?.number(key, rule, log: &log)
            }
            return s.number(key, rule, required: required, log: &log)
        }
        var m = Measurements()
        m[.requestThroughput] = stat("requests_per_second", "mean", .positive, required: true)
        m[.outputTokensPerS] = stat("output_tokens_per_second", "mean", .positive)
        m[.totalTokensPerS] = stat("tokens_per_second", "mean", .positive)
        for (metric, name, scale) in latencyMetrics {
            for statistic in LatencyStatistic.allCases {
                let key = statistic == .mean ? "mean" : statistic == .p50 ? "median" : statistic.rawValue
                m[RunField(metric, statistic)] = stat(name, key, .nonNegative).map { $0 * scale }
            }
        }
        m[.meanInputTokens] = stat("prompt_token_count", "mean", .nonNegative)
        m[.meanOutputTokens] = stat("output_token_count", "mean", .nonNegative)
        let measuredConcurrency = stat("request_concurrency", "mean", .positive)
        if let totals = metrics.object("request_totals", log: &log) {
            m[.requests] = totals.number("successful", .wholeAtLeastOne, log: &log)
            m[.failed] = totals.number("errored", .wholeNonNegative, log: &log)
        }
        var version = release.map { "GuideLLM \($0), " } ?? ""
        var concurrency: Double? = nil, estimated = false, note: String? = nil
        if let (place, layout) = strategyPlaces.lazy.compactMap({ keys, layout in b.find(keys).map { ($0, layout) } }).first {
            version += layout
            guard case .object = place.value else {
                log.error(place.path, nil, "expected an object (the load strategy), found \(place.value.kind)")
                return nil
            }
            let strategy = ResultObject(place.value, at: place.path)
            let kind = strategy.text("type_", log: &log) ?? strategy.text("type", log: &log)
            switch kind {
            case "synchronous"?: concurrency = 1
            case "concurrent"?:
                concurrency = strategy.number("streams", .wholeAtLeastOne, log: &log)
                    ?? strategy.number("concurrency", .wholeAtLeastOne, required: true, log: &log)
            default:
                note = "a \(kind ?? "rate-driven") load: concurrency is the measured mean (request_concurrency)"
            }
        } else {
            version += "no strategy"
            note = "no load strategy in the file: concurrency is the measured mean (request_concurrency)"
        }
        if note != nil {
            guard let measured = measuredConcurrency else {
                log.error(metrics.path, "request_concurrency", "missing; expected the measured concurrency of a load that set none")
                return nil
            }
            concurrency = (measured * 100).rounded() / 100
            estimated = true
            guard concurrency!.isFinite, concurrency! > 0 else {
                log.error(metrics.path, "request_concurrency", "measured mean \(JSONWriter.number(measured)) is no usable concurrency")
                return nil
            }
        }
        guard log.problems.count == before, let model else { return nil }
        var run = ImportedRun(location: path, model: model.name, modelField: model.field, version: version)
        run.measurements = m
        run.concurrency = concurrency
        run.concurrencyEstimated = estimated
        run.notes = note.map { [$0] } ?? []
        return run
    }

    private static func findModel(_ b: ResultObject, top: ResultObject, log: inout ProblemLog) -> (name: String, field: String)? {
        let candidates = modelPlaces.compactMap { b.find($0) } + topModelPlaces.compactMap { top.find($0) }
        for (value, path) in candidates {
            if case .string(let s) = value, !s.trimmingSpaces.isEmpty { return (s.trimmingSpaces, path) }
        }
        let looked = modelPlaces.map { $0.joined(separator: ".") } + topModelPlaces.map { "$." + $0.joined(separator: ".") }
        log.error(b.path, "model", "missing; expected a model name at one of \(looked.joined(separator: ", "))")
        return nil
    }
}
