import FrontierCore

/// LLMPerf's `*_summary.json`: flat `results_<metric>_<stat>` keys, times in seconds
/// (converted to ms), throughput of completed requests per minute (converted to req/s).
enum LLMPerfResult {
    /// (key, field, factor to the native unit, rule).
    static let fields: [(String, RunField, Double, RecordReader.Rule)] = latencyFields + [
        ("results_number_input_tokens_mean", .meanInputTokens, 1, .nonNegative),
        ("results_number_output_tokens_mean", .meanOutputTokens, 1, .nonNegative),
        ("results_mean_output_throughput_token_per_s", .outputTokensPerS, 1, .positive),
        ("results_num_completed_requests", .requests, 1, .wholeAtLeastOne),
        ("results_num_completed_requests_per_min", .requestThroughput, 1.0 / 60, .positive),
        ("results_number_errors", .failed, 1, .wholeNonNegative),
    ]

    /// Latencies in seconds: `results_<metric>_s_mean` and `…_s_quantiles_pNN`.
    static let latencyFields: [(String, RunField, Double, RecordReader.Rule)] =
        [(LatencyMetric.ttft, "ttft"), (.itl, "inter_token_latency"), (.e2e, "end_to_end_latency")].flatMap { metric, name in
            LatencyStatistic.allCases.map { statistic in
                ("results_\(name)_s_\(statistic == .mean ? "mean" : "quantiles_" + statistic.rawValue)",
                 RunField(metric, statistic), 1000, RecordReader.Rule.nonNegative)
            }
        }

    static func read(_ root: JSONValue, log: inout ProblemLog) -> ImportedRun? {
        guard case .object = root else {
            log.error("$", nil, "expected a JSON object (an LLMPerf summary), found \(root.kind)")
            return nil
        }
        let r = ResultObject(root, at: "$")
        let before = log.errorCount
        let model = r.text("model", required: true, log: &log)
        let concurrency = r.number("num_concurrent_requests", .wholeAtLeastOne, required: true, log: &log)
        var m = Measurements()
        for (key, field, factor, rule) in fields {
            m[field] = r.number(key, rule, log: &log).map { $0 * factor }
        }
        _ = r.number("results_error_rate", .nonNegative, log: &log)
        if m[.requestThroughput] == nil && m[.outputTokensPerS] == nil {
            log.error("$", "results_num_completed_requests_per_min", "missing; expected a number > 0 (or results_mean_output_throughput_token_per_s)")
        }
        guard log.errorCount == before, let model, let concurrency else { return nil }
        var run = ImportedRun(location: "$", model: model, modelField: "model", version: "results_* keys")
        run.measurements = m
        run.concurrency = concurrency
        return run
    }
}
