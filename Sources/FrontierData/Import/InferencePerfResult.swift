import Foundation
import FrontierCore

/// inference-perf's lifecycle reports (kubernetes-sigs/inference-perf `docs/reports.md`):
/// `stage_N_lifecycle_metrics.json` for one load stage, `summary_lifecycle_metrics.json`
/// for the whole run. Latencies of the successes in seconds (converted to ms), throughput
/// per second. Stages are set by request rate, so the concurrency is estimated by
/// Little's law. The reports name no model: it is read from `server.model_name` in the
/// `config.yaml` that inference-perf writes beside them.
enum InferencePerfResult {
    /// (key under `successes.latency`, statistic, field).
    static let latencies = LLMDReport.latencyKeys(median: "median")

    static func read(_ root: JSONValue, log: inout ProblemLog) -> ImportedRun? {
        guard case .object = root else {
            log.error("$", nil, "expected a JSON object (an inference-perf lifecycle report), found \(root.kind)")
            return nil
        }
        let r = ResultObject(root, at: "$")
        let before = log.errorCount
        let successes = r.object("successes", required: true, log: &log)
        var m = Measurements()
        m[.requests] = successes?.number("count", .wholeAtLeastOne, required: true, log: &log)
        m[.failed] = r.object("failures", log: &log)?.number("count", .wholeNonNegative, log: &log)
        let throughput = successes?.object("throughput", required: true, log: &log)
        m[.requestThroughput] = throughput?.number("requests_per_sec", .positive, required: true, log: &log)
        m[.outputTokensPerS] = throughput?.number("output_tokens_per_sec", .positive, log: &log)
        m[.totalTokensPerS] = throughput?.number("total_tokens_per_sec", .positive, log: &log)
        let latency = successes?.object("latency", log: &log)
        for (key, stat, field) in latencies {
            m[field] = latency?.object(key, log: &log)?.number(stat, .nonNegative, log: &log).map { $0 * 1000 }
        }
        m[.meanInputTokens] = successes?.object("prompt_len", log: &log)?.number("mean", .nonNegative, log: &log)
        m[.meanOutputTokens] = successes?.object("output_len", log: &log)?.number("mean", .nonNegative, log: &log)
        let load = r.object("load_summary", log: &log)
        let requested = load?.number("requested_rate", .positive, log: &log)
        let achieved = load?.number("achieved_rate", .positive, log: &log)
        let config = (log.file as NSString).deletingLastPathComponent.appendingPath("config.yaml")
        let model = modelName(inConfig: config)
        if model == nil {
            log.error("$", nil, "the report names no model, and no server.model_name was found in \(config); expected the config.yaml inference-perf writes beside its reports")
        }
        guard log.errorCount == before, let model else { return nil }
        var run = ImportedRun(location: "$", model: model, modelField: "server.model_name in config.yaml", version: "lifecycle metrics")
        run.measurements = m
        var notes = ["model from config.yaml"]
        if let requested { notes.append("requested \(Format.significant(requested, digits: 4)) req/s") }
        if let achieved { notes.append("sent at \(Format.significant(achieved, digits: 4)) req/s") }
        run.notes = notes
        return run
    }

    /// The `model_name:` value of a YAML config, read line by line (the one key needed;
    /// Frontier has no YAML reader). Nil when the file or the key is missing.
    static func modelName(inConfig path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path), data.count < 1 << 20 else { return nil }
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
            let text = line.trimmingCharacters(in: .whitespaces)
            guard text.hasPrefix("model_name:") else { continue }
            var value = text.dropFirst("model_name:".count).trimmingCharacters(in: .whitespaces)
            if let hash = value.range(of: " #") { value = String(value[..<hash.lowerBound]) }
            value = value.trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
            return value.isEmpty || value == "null" ? nil : value
        }
        return nil
    }

    /// A whole-run summary beside stage reports repeats them.
    static func isSummary(_ path: String) -> Bool { path.hasSuffix("summary_lifecycle_metrics.json") }

    static func stageSibling(of path: String) -> String {
        (path as NSString).deletingLastPathComponent.appendingPath("stage_0_lifecycle_metrics.json")
    }
}

extension String {
    fileprivate func appendingPath(_ name: String) -> String {
        isEmpty ? name : (hasSuffix("/") ? self + name : self + "/" + name)
    }
}
