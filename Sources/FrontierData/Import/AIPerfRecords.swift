import Foundation
import FrontierCore
import FrontierFiles

/// AIPerf's per-request records, `profile_export.jsonl` beside `profile_export_aiperf.json`
/// (export level `records`): a line a request, `{"metadata": {…, "benchmark_phase":
/// "profiling"}, "metrics": {"time_to_first_token": {"value": 255.9, "unit": "ms"},
/// "request_latency": {…}, …}, "error": null}`; a failed request has an `error` object.
/// The successful profiling requests' TTFTs and latencies are bootstrapped into intervals
/// (`RequestIntervals`), as vLLM's `--save-detailed` arrays are.
enum AIPerfRecords {
    static let fileName = "profile_export.jsonl"

    /// The records file beside an export.
    static func beside(_ export: String) -> String {
        ((export as NSString).deletingLastPathComponent as NSString).appendingPathComponent(fileName)
    }

    /// Whether a parsed line is an AIPerf record.
    static func isRecord(_ line: JSONValue) -> Bool {
        if case .object? = line["metadata"], line["metrics"] != nil, line["error"] != nil { return true }
        return false
    }

    /// The successful requests' TTFTs and latencies in ms, in file order, and the number
    /// that failed.
    struct Samples {
        var ttfts: [Double] = []
        var latencies: [Double] = []
        var failed = 0
    }

    /// Nil, with errors in `log` (the records file's), when a line is broken.
    static func read(_ bytes: [UInt8], log: inout ProblemLog) -> Samples? {
        let before = log.errorCount
        var samples = Samples()
        for (range, line) in Importer.lineRanges(bytes) {
            let at = "line \(line)"
            let root: JSONValue
            do { root = try JSONParser.parse(bytes, in: range, line: line, options: JSONParser.Options(nonFiniteNumbers: true)) } catch {
                log.error(error.location, nil, error.message)
                continue
            }
            guard isRecord(root) else {
                log.error(at, nil, "expected an AIPerf record {\"metadata\": …, \"metrics\": …, \"error\": …}")
                continue
            }
            if case .string(let phase)? = root["metadata"]?["benchmark_phase"], phase != "profiling" { continue }
            if case .object? = root["error"] {
                samples.failed += 1
                continue
            }
            let metrics = ResultObject(root, at: at).object("metrics", log: &log)
            for (tag, keep) in [("time_to_first_token", \Samples.ttfts), ("request_latency", \Samples.latencies)] {
                guard let block = metrics?.object(tag, log: &log) else { continue }
                guard let unit = MetricUnit.read(block, kind: .time, log: &log) else { continue }
                if let value = block.number("value", .nonNegative, required: true, log: &log) { samples[keyPath: keep].append(unit.convert(value)) }
            }
        }
        return log.errorCount == before ? samples : nil
    }
}
