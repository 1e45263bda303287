import FrontierCore

/// The llm-d-benchmark "benchmark report" (llm-d/llm-d-benchmark
/// `llmdbenchmark/analysis/benchmark_report/`), as JSON: one point of a sweep, from any
/// harness it drives (inference-perf, GuideLLM, vllm-benchmark) in Kubernetes. It states
/// the accelerator and its count, so the GPU count comes from the file.
/// - v0.1: `scenario.host.accelerator[]`, `scenario.model`, `scenario.load.args`, `metrics`.
/// - v0.2: `scenario.stack[]` (inference engines with replicas × accelerator count),
///   `scenario.load.standardized.concurrency`, `results.request_performance.aggregate`.
/// Every statistic carries its `units` (ms or s, ms/token or s/token), converted to ms.
enum LLMDReport {
    static func isReport(_ root: JSONValue) -> Bool {
        guard case .string(let version)? = root["version"] else { return false }
        if version.hasPrefix("0.1") { if case .object? = root["metrics"] { return true } }
        if version.hasPrefix("0.2") { if case .object? = root["results"] { return true } }
        return false
    }

    /// (key under latency, statistic, field).
    static let latencies = latencyKeys(median: "p50")

    /// Every statistic of the four latencies under the names llm-d and inference-perf
    /// share (`time_to_first_token` … `request_latency`; `mean`, `p90` …), the median
    /// named `median`.
    static func latencyKeys(median: String) -> [(String, String, RunField)] {
        [(LatencyMetric.ttft, "time_to_first_token"), (.tpot, "time_per_output_token"),
         (.itl, "inter_token_latency"), (.e2e, "request_latency")].flatMap { metric, name in
            LatencyStatistic.allCases.map { ($0 == .p50 ? median : $0.rawValue, $0) }.map { key, statistic in
                (name, key, RunField(metric, statistic))
            }
        }
    }

    static func read(_ root: JSONValue, log: inout ProblemLog) -> ImportedRun? {
        guard case .object = root, case .string(let version)? = root["version"] else {
            log.error("$", "version", "expected an llm-d benchmark report with a version string")
            return nil
        }
        let r = ResultObject(root, at: "$")
        let before = log.errorCount
        var setup = Setup()
        let aggregate: ResultObject?
        var durationS: Double? = nil
        if version.hasPrefix("0.1") {
            setup = v01Setup(r, log: &log)
            aggregate = r.object("metrics", required: true, log: &log)
            durationS = aggregate?.object("time", log: &log)?.number("duration", .positive, log: &log)
        } else {
            setup = v02Setup(r, log: &log)
            aggregate = r.object("results", required: true, log: &log)?.object("request_performance", required: true, log: &log)?
                .object("aggregate", required: true, log: &log)
            if let text = r.object("run", log: &log)?.object("time", log: &log)?.text("duration", log: &log) {
                durationS = isoDuration(text)
                if durationS == nil { log.error("$.run.time", "duration", "expected an ISO-8601 duration such as PT49.9S, found \(quoted(text))") }
            }
        }
        var m = Measurements()
        let requests = aggregate?.object("requests", required: true, log: &log)
        let total = requests?.number("total", .wholeAtLeastOne, required: true, log: &log)
        let failures = requests?.number("failures", .wholeNonNegative, log: &log) ?? 0
        if let total {
            if failures >= total { log.error(requests!.path, "failures", "all \(Int(total)) requests failed; expected some to succeed") }
            m[.requests] = total - failures
        }
        m[.failed] = failures
        m[.durationS] = durationS
        m[.meanInputTokens] = requests?.object("input_length", log: &log)?.number("mean", .nonNegative, log: &log)
        m[.meanOutputTokens] = requests?.object("output_length", log: &log)?.number("mean", .nonNegative, log: &log)
        let latency = aggregate?.object("latency", log: &log)
        for (key, stat, field) in latencies {
            guard let block = latency?.object(key, log: &log), let value = block.number(stat, .nonNegative, log: &log) else { continue }
            guard let factor = toMilliseconds(block, log: &log) else { continue }
            m[field] = value * factor
        }
        let throughput = aggregate?.object("throughput", log: &log)
        if version.hasPrefix("0.1") {
            m[.requestThroughput] = throughput?.number("requests_per_sec", .positive, log: &log)
            m[.outputTokensPerS] = throughput?.number("output_tokens_per_sec", .positive, log: &log)
            m[.totalTokensPerS] = throughput?.number("total_tokens_per_sec", .positive, log: &log)
        } else {
            m[.requestThroughput] = throughput?.object("request_rate", log: &log)?.number("mean", .positive, log: &log)
            m[.outputTokensPerS] = throughput?.object("output_token_rate", log: &log)?.number("mean", .positive, log: &log)
            m[.totalTokensPerS] = throughput?.object("total_token_rate", log: &log)?.number("mean", .positive, log: &log)
        }
        guard log.errorCount == before, let model = setup.model else { return nil }
        var run = ImportedRun(location: "$", model: model, modelField: setup.modelField, version: "benchmark report v\(version)")
        run.measurements = m
        run.concurrency = setup.concurrency
        run.gpus = setup.gpus
        run.hardware = setup.accelerator
        run.engine = setup.engine
        run.precision = setup.precision
        var notes: [String] = []
        if let accelerator = setup.accelerator { notes.append("accelerator \(accelerator) × \(setup.gpus.map(String.init) ?? "?")") }
        if let harness = setup.harness { notes.append("harness \(harness)") }
        run.notes = notes
        return run
    }

    struct Setup {
        var model: String?
        var modelField = "scenario.model.name"
        var accelerator: String?
        var gpus: Int?
        var engine: String?
        var precision: String?
        var harness: String?
        var concurrency: Double?
    }

    /// Keys of `scenario.load.args` that hold the concurrency, by harness.
    static let concurrencyKeys = ["max_concurrency", "concurrency", "num_concurrent_requests", "max-concurrency"]

    private static func v01Setup(_ r: ResultObject, log: inout ProblemLog) -> Setup {
        var s = Setup()
        let scenario = r.object("scenario", required: true, log: &log)
        let model = scenario?.object("model", required: true, log: &log)
        s.model = model?.text("name", required: true, log: &log)
        s.precision = model?.text("quantization", log: &log)
        if let host = scenario?.object("host", log: &log), case .array(let items)? = host.value["accelerator"] {
            var count = 0
            for (i, item) in items.enumerated() {
                let a = ResultObject(item, at: "\(host.path).accelerator[\(i)]")
                s.accelerator = s.accelerator ?? a.text("model", log: &log)
                count += Int(a.number("count", .wholeAtLeastOne, log: &log) ?? 0)
            }
            s.gpus = count > 0 ? count : nil
        }
        if case .array(let engines)? = scenario?.object("platform", log: &log)?.value["engine"], let first = engines.first {
            let e = ResultObject(first, at: "$.scenario.platform.engine[0]")
            s.engine = [e.text("name", log: &log), e.text("version", log: &log)].compactMap { $0 }.joined(separator: " ")
        }
        let load = scenario?.object("load", log: &log)
        s.harness = load?.text("name", log: &log)
        if let args = load?.object("args", log: &log) {
            let numbers = ResultObject(args.value, at: args.path, numbersFromText: true)
            for key in concurrencyKeys where s.concurrency == nil {
                s.concurrency = numbers.number(key, .wholeAtLeastOne, log: &log)
            }
        }
        return s
    }

    private static func v02Setup(_ r: ResultObject, log: inout ProblemLog) -> Setup {
        var s = Setup()
        s.modelField = "scenario.stack[].standardized.model.name"
        let scenario = r.object("scenario", required: true, log: &log)
        var gpus = 0
        if case .array(let stack)? = scenario?.value["stack"] {
            for (i, item) in stack.enumerated() {
                let c = ResultObject(item, at: "$.scenario.stack[\(i)]")
                guard let std = c.object("standardized", log: &log), std.text("kind", log: &log) == "inference_engine" else { continue }
                s.model = s.model ?? std.object("model", log: &log)?.text("name", log: &log)
                let replicas = std.number("replicas", .wholeAtLeastOne, log: &log) ?? 1
                if let a = std.object("accelerator", log: &log) {
                    s.accelerator = s.accelerator ?? a.text("model", log: &log)
                    gpus += Int(replicas * (a.number("count", .wholeAtLeastOne, log: &log) ?? 0))
                }
                if s.engine == nil {
                    s.engine = [std.text("tool", log: &log), std.text("tool_version", log: &log)].compactMap { $0 }.joined(separator: " ")
                }
            }
        }
        if s.model == nil { log.error("$.scenario", "stack", "no inference_engine component names its model; expected standardized.model.name") }
        s.gpus = gpus > 0 ? gpus : nil
        let load = scenario?.object("load", log: &log)?.object("standardized", log: &log)
        s.harness = load?.text("tool", log: &log)
        // `concurrency: .inf` (YAML) or Infinity: rate-driven, estimated by Little's law.
        if case .number(let n)? = load?.value["concurrency"], n.isFinite {
            s.concurrency = load?.number("concurrency", .wholeAtLeastOne, log: &log)
        }
        return s
    }

    /// The factor from a statistic's `units` to milliseconds; nil with an error for units
    /// of another quantity.
    private static func toMilliseconds(_ block: ResultObject, log: inout ProblemLog) -> Double? {
        guard let units = block.text("units", log: &log) else { return 1 }
        switch units {
        case "ms", "ms/token": return 1
        case "s", "s/token": return 1000
        default:
            log.error(block.path, "units", "expected ms, s, ms/token or s/token, found \(quoted(units))")
            return nil
        }
    }

    /// Seconds of an ISO-8601 duration of hours, minutes and seconds (`PT1H2M3.5S`).
    static func isoDuration(_ text: String) -> Double? {
        guard text.hasPrefix("PT") else { return nil }
        var total = 0.0, number = ""
        for ch in text.dropFirst(2) {
            if ch.isNumber || ch == "." { number.append(ch); continue }
            guard let value = Double(number) else { return nil }
            switch ch {
            case "H": total += value * 3600
            case "M": total += value * 60
            case "S": total += value
            default: return nil
            }
            number = ""
        }
        return number.isEmpty && total > 0 ? total : nil
    }
}
