import Foundation
import FrontierCore

/// Deterministic benchmark result files for the import figures, written the way the tools
/// write them: a vLLM `--save-detailed` result of any size (per-request arrays, one list
/// of token gaps and one generated text per request), and small result files of vLLM,
/// LLMPerf and AIPerf in turn.
enum SyntheticResults {
    /// Writes a vLLM `--save-detailed` result of about `megabytes` MB (10⁶ bytes) and
    /// returns its size in bytes. Requests produce 256 tokens each; one in 50 fails.
    static func writeDetailed(to path: String, megabytes: Int) throws -> Int {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let file = FileHandle(forWritingAtPath: path) else { throw CocoaError(.fileWriteUnknown) }
        defer { try? file.close() }
        var rng = SplitMix64(seed: 42)
        let outputTokens = 256
        // About 6.4 KB a request: 255 token gaps, a generated text, six per-request numbers.
        let requests = max(10, megabytes * 1_000_000 / 6_400)
        let failed = (0..<requests).map { $0 % 50 == 49 }
        let ttfts = failed.map { $0 ? 0 : rng.uniform(0.03, 0.3) }
        let gaps = failed.map { $0 ? [] : (1..<outputTokens).map { _ in rng.uniform(0.008, 0.02) } }
        let latencies = zip(ttfts, gaps).map { $0 + $1.reduce(0, +) }
        let completed = failed.count { !$0 }
        let duration = latencies.reduce(0, +) / 64   // as if 64 requests ran at once
        var text = "{\"date\": \"20250612-101500\", \"endpoint_type\": \"vllm\", \"backend\": \"vllm\", \"label\": null, "
            + "\"model_id\": \"meta-llama/Llama-3.1-8B-Instruct\", \"tokenizer_id\": \"meta-llama/Llama-3.1-8B-Instruct\", "
            + "\"num_prompts\": \(requests), \"request_rate\": \"inf\", \"burstiness\": 1.0, \"max_concurrency\": 64, "
            + "\"duration\": \(duration), \"completed\": \(completed), \"failed\": \(requests - completed), "
            + "\"total_input_tokens\": \(completed * 512), \"total_output_tokens\": \(completed * outputTokens), "
            + "\"request_throughput\": \(Double(completed) / duration), \"request_goodput\": null, "
            + "\"output_throughput\": \(Double(completed * outputTokens) / duration), "
            + "\"mean_ttft_ms\": 150.0, \"median_ttft_ms\": 150.0, \"std_ttft_ms\": 70.0, \"p99_ttft_ms\": 297.0, "
            + "\"mean_tpot_ms\": 14.0, \"median_tpot_ms\": 14.0, \"std_tpot_ms\": 1.0, \"p99_tpot_ms\": 16.0, "
            + "\"mean_itl_ms\": 14.0, \"median_itl_ms\": 14.0, \"std_itl_ms\": 3.5, \"p99_itl_ms\": 19.9, "
        func flush() {
            file.write(Data(text.utf8))
            text = ""
        }
        func array<T>(_ key: String, _ items: [T], _ write: (T, inout String) -> Void) {
            text += "\"\(key)\": ["
            for (i, item) in items.enumerated() {
                if i > 0 { text += ", " }
                write(item, &text)
                if text.utf8.count > 1 << 20 { flush() }
            }
            text += "], "
        }
        array("input_lens", failed) { _, out in out += "512" }
        array("output_lens", failed) { f, out in out += f ? "0" : "\(outputTokens)" }
        array("ttfts", ttfts) { t, out in out += "\(t)" }
        array("itls", gaps) { g, out in out += "[" + g.map { "\($0)" }.joined(separator: ", ") + "]" }
        array("start_times", Array(0..<requests)) { i, out in out += "\(Double(i) * duration / Double(requests))" }
        let sentence = "The capital of France is Paris, and it has been for a long time. "
        array("generated_texts", failed) { f, out in out += f ? "\"\"" : "\"" + String(repeating: sentence, count: 16) + "\"" }
        array("errors", failed) { f, out in out += f ? "\"Connection reset by peer\"" : "\"\"" }
        array("latencies", latencies) { l, out in out += "\(l)" }
        text.removeLast(2)
        text += "}"
        flush()
        return Int(try file.offset())
    }

    /// Writes `count` small result files into `folder`, vLLM, LLMPerf and AIPerf in turn,
    /// each a different model or level (100 models), so that none repeats another.
    static func writeSmallFiles(count: Int, to folder: String) throws -> Int {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var bytes = 0
        for i in 0..<count {
            let model = "model-\(i % 100)", c = i / 100 + 1
            let rps = 10 * Double(c) / (Double(c) + 8), e2e = Double(c) / rps
            let (name, text): (String, String)
            switch i % 3 {
            case 0:
                name = "vllm-\(i).json"
                text = "{\"model_id\": \"\(model)\", \"endpoint_type\": \"vllm\", \"num_prompts\": 1000, \"max_concurrency\": \(c), "
                    + "\"duration\": \(1000 / rps), \"completed\": 1000, \"failed\": 0, \"total_input_tokens\": 512000, "
                    + "\"total_output_tokens\": 256000, \"request_throughput\": \(rps), \"output_throughput\": \(rps * 256), "
                    + "\"mean_ttft_ms\": 80.0, \"median_ttft_ms\": 75.0, \"p99_ttft_ms\": 200.0, \"mean_tpot_ms\": \((e2e * 1000 - 80) / 255), "
                    + "\"mean_itl_ms\": \((e2e * 1000 - 80) / 255), \"mean_e2el_ms\": \(e2e * 1000)}"
            case 1:
                name = "\(model)_512_256_c\(c)_summary.json"
                text = "{\"model\": \"\(model)\", \"num_concurrent_requests\": \(c), \"results_ttft_s_mean\": 0.08, "
                    + "\"results_ttft_s_quantiles_p50\": 0.075, \"results_ttft_s_quantiles_p99\": 0.2, "
                    + "\"results_end_to_end_latency_s_mean\": \(e2e), \"results_inter_token_latency_s_mean\": 0.014, "
                    + "\"results_number_input_tokens_mean\": 512, \"results_number_output_tokens_mean\": 256, "
                    + "\"results_mean_output_throughput_token_per_s\": \(rps * 256), \"results_num_completed_requests\": 1000, "
                    + "\"results_num_completed_requests_per_min\": \(rps * 60), \"results_number_errors\": 0}"
            default:
                name = "aiperf-\(i)/profile_export_aiperf.json"
                text = "{\"schema_version\": \"1.0\", \"aiperf_version\": \"0.3.0\", "
                    + "\"request_throughput\": {\"unit\": \"requests/sec\", \"avg\": \(rps)}, "
                    + "\"request_latency\": {\"unit\": \"ms\", \"avg\": \(e2e * 1000), \"p50\": \(e2e * 1000), \"p99\": \(e2e * 1500)}, "
                    + "\"time_to_first_token\": {\"unit\": \"ms\", \"avg\": 80.0, \"p50\": 75.0, \"p99\": 200.0}, "
                    + "\"inter_token_latency\": {\"unit\": \"ms\", \"avg\": 14.0, \"p50\": 14.0, \"p99\": 20.0}, "
                    + "\"output_token_throughput\": {\"unit\": \"tokens/sec\", \"avg\": \(rps * 256)}, "
                    + "\"output_sequence_length\": {\"unit\": \"tokens\", \"avg\": 256.0}, "
                    + "\"error_summary\": [], "
                    + "\"input_config\": {\"endpoint\": {\"model_names\": [\"\(model)\"]}, \"loadgen\": {\"concurrency\": \(c)}}}"
            }
            let path = folder + "/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else { throw CocoaError(.fileWriteUnknown) }
            bytes += text.utf8.count
        }
        return bytes
    }
}
