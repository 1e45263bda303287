import Foundation
import FrontierCore

/// Native dataset files of a synthetic concurrency sweep, the input of the whole-process
/// figures: a CSV with the columns a sweep tool writes, and the same runs as native JSON.
///
/// The runs are `SyntheticDataset.make(runs:levels:presets:)` over 8 levels (1 … 128) on the
/// A800-80G, H100-80G and L40S presets; each file
/// holds the columns below and the model's `WiNEval-3.0` score as `quality`.
enum SweepFiles {
    static let levels: [Double] = (0..<8).map { exp2(Double($0)) }
    static let columns = ["model", "hardware", "gpus", "concurrency", "requests", "duration_s",
                          "output_tokens_per_s", "mean_output_tokens", "mean_ttft_ms", "quality"]
    static let fields: [RunField] = [.requests, .durationS, .outputTokensPerS, .meanOutputTokens, .meanTTFTms]

    /// Writes `runs` runs as CSV to `csv` and as native JSON to `json`; returns their sizes.
    static func write(runs: Int, csv: String, json: String) throws -> (csv: Int, json: Int) {
        let dataset = SyntheticDataset.make(runs: runs, levels: levels, presets: 3)   // the three that are built-in presets
        let quality = Dictionary(uniqueKeysWithValues: dataset.models.map { ($0.name, $0.quality["WiNEval-3.0"] ?? 0) })
        var text = columns.joined(separator: ",") + "\n"
        var runsJSON: [String] = []
        runsJSON.reserveCapacity(dataset.runs.count)
        for run in dataset.runs {
            let figures = fields.map { run[$0].map { "\($0)" } ?? "" }
            text += ([run.model, run.hardware, String(run.gpus), "\(Int(run.concurrency))"] + figures
                + ["\(quality[run.model]!)"]).joined(separator: ",") + "\n"
            let members = [("model", "\"\(run.model)\""), ("hardware", "\"\(run.hardware)\""), ("gpus", String(run.gpus)),
                           ("concurrency", "\(Int(run.concurrency))")]
                + zip(fields.map(\.key), figures).map { ($0, $1) }
            runsJSON.append("{" + members.map { "\"\($0)\": \($1)" }.joined(separator: ", ") + "}")
        }
        let models = dataset.models.map { "{\"name\": \"\($0.name)\", \"quality\": {\"quality\": \(quality[$0.name]!)}}" }
        let document = """
            {"frontier_dataset": 1, "name": "sweep-\(runs)", "workload": {"name": "sweep", "requests": \(SyntheticDataset.requests)},
            "models": [
            \(models.joined(separator: ",\n"))
            ],
            "runs": [
            \(runsJSON.joined(separator: ",\n"))
            ]}

            """
        try text.write(toFile: csv, atomically: false, encoding: .utf8)
        try document.write(toFile: json, atomically: false, encoding: .utf8)
        return (text.utf8.count, document.utf8.count)
    }
}
