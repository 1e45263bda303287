import FrontierCore

/// SemiAnalysis InferenceX's aggregated result, `agg_${RESULT_FILENAME}.json` as
/// `utils/process_result.py` writes it (one object; a JSON array of them is read too): the
/// setup (`hw`, `model`, `framework`, `precision`, `isl`, `osl`, `conc`, `tp`, `ep`,
/// `dp_attention`, `spec_decoding`, `disagg`; multi-node: `num_prefill_gpu`,
/// `num_decode_gpu`, `prefill_tp`, `decode_tp`, …), throughput per GPU (`tput_per_gpu`
/// over all GPUs, `output_tput_per_gpu` over the decode GPUs) and vLLM's latency keys with
/// `_ms` dropped and the values in seconds. It has no request counts: req/s follows from the
/// output throughput and `osl`.
enum InferenceXRow {
    static func isRow(_ value: JSONValue) -> Bool {
        value["tput_per_gpu"] != nil && value["conc"] != nil && value["model"] != nil
    }

    static func isResult(_ root: JSONValue) -> Bool {
        if case .array(let rows) = root, let first = rows.first { return isRow(first) }
        return isRow(root)
    }

    /// The aggregated row `process_result.py` writes beside a vLLM result, `agg_` + its name;
    /// nil for a row itself.
    static func aggregated(of result: String) -> String? {
        let name = result.split(separator: "/").last.map(String.init) ?? result
        guard !name.hasPrefix("agg_") else { return nil }
        return String(result.dropLast(name.count)) + "agg_" + name
    }

    /// Labels read from the row as they are (numbers and booleans as text).
    static let labelKeys = ["tp", "ep", "dp_attention", "spec_decoding", "prefill_tp", "prefill_ep", "prefill_dp_attention",
                            "decode_tp", "decode_ep", "decode_dp_attention"]
    /// Values that say a feature is off: no label.
    static let off: Set<String> = ["none", "false", ""]

    static func read(_ root: JSONValue, log: inout ProblemLog) -> [ImportedRun] {
        guard case .array(let rows) = root else { return read(ResultObject(root, at: "$"), log: &log).map { [$0] } ?? [] }
        return rows.enumerated().compactMap { i, row in
            guard case .object = row else {
                log.error("$[\(i)]", nil, "expected an object (an InferenceX row), found \(row.kind)")
                return nil
            }
            return read(ResultObject(row, at: "$[\(i)]"), log: &log)
        }
    }

    private static func read(_ r: ResultObject, log: inout ProblemLog) -> ImportedRun? {
        let before = log.errorCount
        let model = r.text("model", required: true, log: &log)
        let multinode = if case .bool(true)? = r.value["is_multinode"] { true } else { false }
        let gpus: Double?, decodeGPUs: Double?
        if multinode {
            let prefill = r.number("num_prefill_gpu", .wholeAtLeastOne, required: true, log: &log)
            decodeGPUs = r.number("num_decode_gpu", .wholeAtLeastOne, required: true, log: &log)
            gpus = prefill.flatMap { p in decodeGPUs.map { p + $0 } }
        } else {
            gpus = r.number("tp", .wholeAtLeastOne, required: true, log: &log)
            decodeGPUs = gpus
        }
        var m = Measurements()
        m[.totalTokensPerS] = r.number("tput_per_gpu", .positive, required: true, log: &log).flatMap { t in gpus.map { t * $0 } }
        m[.outputTokensPerS] = r.number("output_tput_per_gpu", .positive, log: &log).flatMap { t in decodeGPUs.map { t * $0 } }
        for (key, field) in VLLMResult.latencyKeys {
            m[field] = r.number(String(key.dropLast(3)), .nonNegative, log: &log).map { $0 * 1000 }
        }
        let isl = r.number("isl", .wholeAtLeastOne, log: &log)
        let osl = r.number("osl", .wholeAtLeastOne, log: &log)
        let concurrency = r.number("conc", .wholeAtLeastOne, required: true, log: &log)
        let meta = ResultObject(r.value, at: r.path, numbersFromText: true)
        var labels: [SetupLabel] = []
        for key in labelKeys {
            let text: String? = switch r.value[key] {
            case .bool(let b)?: String(b)
            case .number?: meta.number(key, .wholeAtLeastOne, log: &log).map { JSONWriter.number($0) }
            case .string?: meta.text(key, log: &log)
            default: nil
            }
            if let text, !off.contains(text.lowercased()) { labels.append(SetupLabel(key, fromFile: text)) }
        }
        if case .bool(true)? = r.value["disagg"] { labels.append(SetupLabel("disagg", "true")) }
        let hardware = r.text("hw", log: &log)
        let precision = r.text("precision", log: &log)
        let framework = r.text("framework", log: &log)
        guard log.errorCount == before, let model else { return nil }
        var run = ImportedRun(location: r.path, model: model, modelField: "model",
                              version: "aggregated row" + (multinode ? ", multi-node" : "") + ", latencies in seconds (converted to ms)")
        run.measurements = m
        run.derive(.meanInputTokens, isl)
        run.derive(.meanOutputTokens, osl)
        run.concurrency = concurrency
        run.hardware = hardware
        run.gpus = gpus.map { Int($0) }
        run.precision = precision
        run.engine = framework
        run.labels = labels
        run.notes = ["mean tokens are the requested isl/osl; req/s from the output throughput ÷ osl"]
        return run
    }
}
