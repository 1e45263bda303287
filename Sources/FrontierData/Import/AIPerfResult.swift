import FrontierCore

/// NVIDIA AIPerf's `profile_export_aiperf.json` and its predecessor GenAI-Perf's
/// `profile_export_genai_perf.json`: each metric a block `{unit, avg, p50, p99, …}` at the
/// top level, the load in `input_config`. The unit is authoritative.
enum AIPerfResult {
    /// The per-run export's name.
    static let exportName = "profile_export_aiperf.json"

    /// Why a named multi-phase workflow's phase export (`phases/<phase>/profile_export_aiperf.json`)
    /// met in a folder is not read, or nil when it is: the export two folders above holds
    /// the same requests, and is read instead.
    static func phaseSkipReason(_ path: String, siblings: Set<String>) -> String? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts.last == Substring(exportName), parts[parts.count - 3] == "phases" else { return nil }
        let root = (parts.dropLast(3) + [Substring(exportName)]).joined(separator: "/")
        guard siblings.contains(root) else { return nil }
        return "the \(parts[parts.count - 2]) phase's own export; the \(exportName) two folders above holds its requests and is read instead"
    }

    /// Schema versions read (the major number).
    static let supportedSchema = 1

    /// Metric blocks read: (tag, what its unit must measure, [(statistic, field)]).
    static let metrics: [(String, MetricUnit.Kind, [(String, RunField)])] = [
        ("request_throughput", .perSecond, [("avg", .requestThroughput)]),
        ("output_token_throughput", .perSecond, [("avg", .outputTokensPerS)]),
        ("total_token_throughput", .perSecond, [("avg", .totalTokensPerS)]),
        ("request_latency", .time, latencyStatistics(.e2e)),
        ("time_to_first_token", .time, latencyStatistics(.ttft)),
        ("inter_token_latency", .time, latencyStatistics(.itl)),
        ("input_sequence_length", .count, [("avg", .meanInputTokens)]),
        ("output_sequence_length", .count, [("avg", .meanOutputTokens)]),
        ("request_count", .count, [("avg", .requests)]),
        ("benchmark_duration", .time, [("avg", .durationS)]),
        ("error_request_count", .count, [("avg", .failed)]),
    ]
    /// A latency's columns as AIPerf and GenAI-Perf name them (`avg`, `p50` … `p99`), and
    /// the fields they fill.
    static func latencyStatistics(_ metric: LatencyMetric) -> [(String, RunField)] {
        LatencyStatistic.allCases.map { ($0 == .mean ? "avg" : $0.rawValue, RunField(metric, $0)) }
    }

    static let concurrencyPlaces: [[String]] = [
        ["input_config", "loadgen", "concurrency"], ["input_config", "concurrency"],
        ["input_config", "perf_analyzer", "stimulus", "concurrency"], ["input_config", "phases", "profiling", "concurrency"],
    ]
    static let modelPlaces: [[String]] = [
        ["input_config", "endpoint", "model_names"], ["input_config", "model_names"], ["input_config", "model"],
        ["input_config", "models", "items"],
    ]

    static func read(_ root: JSONValue, format: ResultFormat, log: inout ProblemLog) -> ImportedRun? {
        guard case .object = root else {
            log.error("$", nil, "expected a JSON object, found \(root.kind)")
            return nil
        }
        let top = ResultObject(root, at: "$")
        let errorsBefore = log.errorCount
        var version = format == .aiperf ? "" : "legacy JSON"
        if format == .aiperf {
            let schema: String? = switch root["schema_version"] {
            case .string(let s)?: s
            case .number(let n)?: JSONWriter.number(n)
            default: nil
            }
            if let schema, Int(schema.split(separator: ".").first ?? "") != supportedSchema {
                log.error("$", "schema_version", "version \(quoted(schema)) is not supported; expected \(supportedSchema).x")
                return nil
            }
            let release = top.text("aiperf_version", log: &log)
            version = [schema.map { "schema \($0)" }, release.map { "AIPerf \($0)" }].compactMap { $0 }.joined(separator: ", ")
            if version.isEmpty { version = "no schema_version" }
        }
        // AIPerf 0.1 keeps the metric blocks under `records`; later releases at the top.
        let blocks = top.object("records", log: &log) ?? top
        if blocks.path != top.path { version = version == "no schema_version" ? "records layout" : version + ", records layout" }
        var m = Measurements()
        for (tag, kind, stats) in metrics {
            guard let block = blocks.object(tag, log: &log), let unit = MetricUnit.read(block, kind: kind, log: &log) else { continue }
            for (stat, field) in stats {
                guard let value = block.number(stat, field.isCount ? .wholeNonNegative : .nonNegative, log: &log) else { continue }
                m[field] = field == .durationS ? unit.convert(value) / 1000 : unit.convert(value)
            }
        }
        if m[.requestThroughput] == nil && m[.outputTokensPerS] == nil {
            log.error("$", "request_throughput", "missing; expected a block {\"unit\": \"requests/sec\", \"avg\": …}")
        }
        if m[.failed] == nil, case .array(let errors)? = root["error_summary"] {
            m[.failed] = errors.reduce(0) { sum, item in if case .number(let n)? = item["count"] { sum + n } else { sum } }
        }
        var model: (String, String)? = nil
        for place in modelPlaces where model == nil {
            guard let (value, path) = top.find(place) else { continue }
            switch value {
            case .string(let s): model = (s, path)
            case .array(let names):
                if case .string(let s)? = names.first { model = (s, path + "[0]") }
                // 0.10 (schema 1.3): `models.items[]` of objects with a `name`.
                if case .string(let s)? = names.first?["name"] { model = (s, path + "[0].name") }
                if names.count > 1 { log.warning(path, nil, "\(names.count) models were benchmarked together; the figures are taken as the first's") }
            default: log.error(path, nil, "expected a model name or a list of them, found \(value.kind)")
            }
        }
        if model == nil {
            log.error("$", "input_config", "no model name; expected one at \(modelPlaces.map { "$." + $0.joined(separator: ".") }.joined(separator: ", "))")
        }
        var concurrency: Double? = nil
        for place in concurrencyPlaces where concurrency == nil {
            guard let (value, path) = top.find(place) else { continue }
            let parent = ResultObject(.object([.init("concurrency", value)]), at: String(path.dropLast(".concurrency".count)))
            concurrency = parent.number("concurrency", .wholeAtLeastOne, required: true, log: &log)
        }
        // 0.10 (schema 1.3): the load of each phase, in `input_config.phases[]`.
        if concurrency == nil, let (value, path) = top.find(["input_config", "phases"]), case .array(let phases) = value {
            let profiling = phases.firstIndex { if case .string("profiling")? = $0["name"] { true } else { false } }
            if let i = profiling ?? (phases.count == 1 ? 0 : nil), phases[i]["concurrency"] != nil {
                concurrency = ResultObject(phases[i], at: "\(path)[\(i)]").number("concurrency", .wholeAtLeastOne, required: true, log: &log)
            }
        }
        // Schema 1.2: a sweep's per-run export names its point; what it varies besides the
        // concurrency is the setup, as in the sweep's aggregate.
        let point = top.object("run_info", log: &log)?.object("variation_values", log: &log)
        let swept = point.map { AIPerfAggregate.swept($0, log: &log) }
        if concurrency == nil { concurrency = swept?.concurrency }
        var notes: [String] = []
        if case .bool(true)? = root["was_cancelled"] {
            log.warning("$", "was_cancelled", "the benchmark was cancelled before it finished; its figures cover the part that ran")
            notes.append("cancelled before the end")
        }
        // Schema 1.4: a run that degraded (the record-stall watchdog fired) says so, for
        // tools to refuse it rather than compare it with complete runs.
        if case .bool(false)? = root["is_complete"] {
            let reason = top.text("incomplete_reason", log: &log)
            log.error("$", "is_complete", "false: the run degraded before it finished\(reason.map { " (\(quoted($0)))" } ?? ""); AIPerf marks such a run so that it is not compared with complete ones")
        }
        guard log.errorCount == errorsBefore, let (name, field) = model else { return nil }
        var run = ImportedRun(location: "$", model: name, modelField: field, version: version)
        run.measurements = m
        run.concurrency = concurrency
        run.labels = swept?.labels ?? []
        if concurrency == nil { notes.insert("no concurrency in input_config (request-rate mode)", at: 0) }
        run.notes = notes
        return run
    }
}

/// A metric block's unit, and the conversion to the native one.
struct MetricUnit {
    enum Kind { case time, perSecond, count }

    /// Factor to the native unit: ms for times, per second for rates, 1 for counts.
    let factor: Double

    func convert(_ value: Double) -> Double { value * factor }

    static let times: [String: Double] = ["ns": 1e-6, "us": 1e-3, "µs": 1e-3, "ms": 1, "s": 1000, "sec": 1000, "seconds": 1000]
    static let rates: [String: Double] = [
        "requests/sec": 1, "requests/s": 1, "req/s": 1, "tokens/sec": 1, "tokens/s": 1, "tok/s": 1, "per sec": 1,
        "requests/min": 1.0 / 60, "tokens/sec/user": 1,
    ]
    static let counts: Set<String> = ["tokens", "requests", "count", ""]

    /// Reads `unit` of a block and checks it measures `kind`.
    static func read(_ block: ResultObject, kind: Kind, log: inout ProblemLog) -> MetricUnit? {
        let unit = (block.text("unit", log: &log) ?? "").lowercased()
        if let unit = parse(unit, kind: kind) { return unit }
        let expected = switch kind {
        case .time: "a time unit (ns, us, ms, s, sec)"
        case .perSecond: "a rate (requests/sec, tokens/sec)"
        case .count: "a count (tokens, requests)"
        }
        log.error(block.path, "unit", "expected \(expected), found \(quoted(unit))")
        return nil
    }

    static func parse(_ unit: String, kind: Kind) -> MetricUnit? {
        switch kind {
        case .time: times[unit].map(MetricUnit.init)
        case .perSecond: rates[unit].map(MetricUnit.init)
        case .count: counts.contains(unit) ? MetricUnit(factor: 1) : nil
        }
    }
}
