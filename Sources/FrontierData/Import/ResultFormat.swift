/// The file formats Frontier reads: its own datasets and the result files of the
/// benchmarking tools operators already use. The raw value is the `--format` name.
public enum ResultFormat: String, CaseIterable, Sendable {
    case native
    case vllm
    case guidellm
    case aiperf
    case aiperfAggregate = "aiperf-aggregate"
    case genaiPerf = "genai-perf"
    case genaiPerfCSV = "genai-perf-csv"
    case llmperf
    case llmd = "llm-d"
    case inferencePerf = "inference-perf"
    case inferenceX = "inferencex"

    /// How provenance and messages name the format.
    public var title: String {
        switch self {
        case .native: "Frontier dataset"
        case .vllm: "vLLM bench serve result"
        case .guidellm: "GuideLLM benchmarks.json"
        case .aiperf: "AIPerf profile_export_aiperf.json"
        case .aiperfAggregate: "AIPerf aggregate (profile_export_aiperf_sweep.json, _aggregate.json)"
        case .genaiPerf: "GenAI-Perf profile_export_genai_perf.json"
        case .genaiPerfCSV: "GenAI-Perf CSV export"
        case .llmperf: "LLMPerf summary"
        case .llmd: "llm-d benchmark report"
        case .inferencePerf: "inference-perf lifecycle report"
        case .inferenceX: "InferenceX aggregated result"
        }
    }

    /// Whether files of this format are JSON (the GenAI-Perf CSV and native CSV are not).
    var isJSON: Bool { self != .genaiPerfCSV }

    /// The format a parsed JSON document is in, from the keys only it has; nil when none
    /// fits. Unknown extra keys never matter, so newer files of a known tool still match.
    static func detect(json root: JSONValue) -> ResultFormat? {
        if InferenceXRow.isResult(root) { return .inferenceX }
        guard case .object(let members) = root else { return nil }
        let keys = Set(members.map(\.key))
        if keys.contains("frontier_dataset") { return .native }
        if LLMDReport.isReport(root) { return .llmd }
        if keys.contains("load_summary") && keys.contains("successes") { return .inferencePerf }
        if case .array? = root["benchmarks"] { return .guidellm }
        if AIPerfAggregate.kind(root) != nil { return .aiperfAggregate }
        if keys.contains("aiperf_version") || keys.contains("schema_version") { return .aiperf }
        // AIPerf 0.1: the metric blocks under `records`, beside `input_config`.
        if case .object? = root["records"], keys.contains("input_config") { return .aiperf }
        if keys.contains(where: { $0.hasPrefix("results_") }),
           keys.contains("model") || keys.contains("num_concurrent_requests") { return .llmperf }
        if hasMetricBlocks(root) {
            if case .object? = root["input_config"]?["endpoint"] { return .aiperf }
            return .genaiPerf
        }
        let vllmKeys = ["model_id", "completed", "duration", "request_throughput", "mean_ttft_ms", "total_output_tokens"]
        if vllmKeys.filter(keys.contains).count >= 2 { return .vllm }
        return nil
    }

    /// AIPerf and GenAI-Perf write each metric as `{"unit": …, "avg": …}`.
    static func hasMetricBlocks(_ root: JSONValue) -> Bool {
        for key in ["request_throughput", "request_latency", "time_to_first_token"] {
            if root[key]?["unit"] != nil && root[key]?["avg"] != nil { return true }
        }
        return false
    }

    /// The format of CSV text from its first line: GenAI-Perf and AIPerf start with a
    /// `Metric,avg,…` table (or `Metric;avg;…`); anything else is taken for a native CSV.
    static func detect(csvHeader line: Substring) -> ResultFormat {
        let cells = line.split(separator: CSVReader.separator(of: line), omittingEmptySubsequences: false).prefix(2)
            .map { String($0.filter { $0 != "\"" && $0 != "\r" }).trimmingSpaces.lowercased() }
        return cells == ["metric", "avg"] ? .genaiPerfCSV : .native
    }

    /// A guess from the first bytes alone, for files that do not parse (truncated): the
    /// format whose characteristic key appears first. Nil when none does.
    static func sniff(_ prefix: ArraySlice<UInt8>) -> ResultFormat? {
        let text = String(decoding: prefix, as: UTF8.self)
        let signs: [(String, ResultFormat)] = [
            ("\"frontier_dataset\"", .native), ("\"benchmarks\"", .guidellm), ("\"aiperf_version\"", .aiperf),
            ("\"schema_version\"", .aiperf), ("\"per_combination_metrics\"", .aiperfAggregate), ("\"results_", .llmperf), ("\"input_config\"", .genaiPerf),
            ("\"load_summary\"", .inferencePerf), ("\"tput_per_gpu\"", .inferenceX), ("\"model_id\"", .vllm), ("\"mean_ttft_ms\"", .vllm), ("\"request_throughput\"", .vllm),
        ]
        return signs.compactMap { sign, format in text.range(of: sign).map { ($0.lowerBound, format) } }
            .min { $0.0 < $1.0 }?.1
    }
}
