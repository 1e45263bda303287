import FrontierCore

/// AIPerf's aggregates over repeated trials, whose statistics are keyed `{tag}_{stat}`
/// (`request_throughput_avg`), each `mean` and, with several trials, `std`, `ci_low`,
/// `ci_high`, `t_critical` and `unit`:
/// - the sweep aggregate, `sweep_aggregate/profile_export_aiperf_sweep.json`
///   (`aggregation_type: "sweep"`): one entry of `per_combination_metrics[]` per swept
///   combination, with its `parameters` (`concurrency`, `phases.profiling.concurrency`,
///   `request_rate`, …) and `metrics`;
/// - the confidence aggregate of one setup's trials, `aggregate/…/profile_export_aiperf_aggregate.json`
///   (`metadata.aggregation_type: "confidence"`): `metrics`, the swept values in
///   `metadata.variation_values`.
/// Neither names the hardware (`--hardware`); the sweep names no model (`--run-model`),
/// the confidence aggregate may (`metadata.model`).
enum AIPerfAggregate {
    /// `"sweep"`, `"confidence"`, or nil when the document is no aggregate.
    static func kind(_ root: JSONValue) -> String? {
        switch root["aggregation_type"] ?? root["metadata"]?["aggregation_type"] {
        case .string("sweep")?:
            switch (root["per_combination_metrics"], root["per_value_metrics"]) {
            case (.array?, _), (nil, .object?): "sweep"
            default: nil
            }
        case .string("confidence")?: if case .object? = root["metrics"] { "confidence" } else { nil }
        default: nil
        }
    }

    /// The confidence aggregate AIPerf writes for every setup's trials (beside the per-run
    /// export, `AIPerfResult.exportName`, of each trial).
    static let confidenceExport = "profile_export_aiperf_aggregate.json"

    /// Why an aggregate met in a folder is not read, or nil when it is: a benchmark's most
    /// detailed files are read and the rest skipped, so that no trial counts twice. Its
    /// per-run exports first (their repeated runs merge into the same t intervals); without
    /// them its confidence aggregates; without those its sweep aggregate. The benchmark is
    /// the folder above the aggregate's `aggregate/` or `sweep_aggregate/` folder.
    static func skipReason(_ path: String, kind: String, siblings: Set<String>) -> String? {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        guard let at = parts.lastIndex(where: { $0 == "aggregate" || $0 == "sweep_aggregate" }) else { return nil }
        parts = parts[..<at]
        if parts.last == "aggregate" { parts = parts.dropLast() }
        let root = parts.joined(separator: "/") + "/"
        let below = siblings.filter { $0.hasPrefix(root) }
        if let run = below.first(where: { $0.hasSuffix("/" + AIPerfResult.exportName) }) {
            return "an AIPerf \(kind) aggregate of the per-run exports below \(root) (\(run.dropFirst(root.count)), …), which are read instead"
        }
        if kind == "sweep", below.contains(where: { $0.hasSuffix("/" + confidenceExport) }) {
            return "an AIPerf sweep aggregate of the confidence aggregates below \(root), which are read instead"
        }
        return nil
    }

    /// A column of the sweep's CSV twin (`{metric}_mean`, `_std`, `_min`, `_max`, `_cv`, two
    /// decimals, no unit, no interval), which is not read.
    static let sweepCSVColumn = "request_throughput_avg_mean"

    /// Fields whose interval is kept: the ones costs and the ranking use.
    static let intervalFields: Set<RunField> = [.requestThroughput, .meanTTFTms]
    /// Counts and the duration: the mean over trials × trials is what they total, as
    /// repeated runs merged by `RepeatedRuns` add them.
    static let summed: Set<RunField> = [.requests, .failed, .durationS]

    static func read(_ root: JSONValue, log: inout ProblemLog) -> [ImportedRun] {
        let top = ResultObject(root, at: "$")
        let metadata = top.object("metadata", log: &log)
        if root["per_combination_metrics"] == nil, case .object? = root["per_value_metrics"] {
            log.error("$", "per_value_metrics", "an AIPerf sweep aggregate in the earlier per_value_metrics layout, which is not read; import the per-run \(AIPerfResult.exportName) files of the sweep instead")
            return []
        }
        guard case .array(let combinations)? = root["per_combination_metrics"] else {
            // A confidence aggregate: one setup.
            let trials = metadata?.number("num_successful_runs", .wholeAtLeastOne, log: &log).map { Int($0) }
            guard let metrics = top.object("metrics", required: true, log: &log) else { return [] }
            let parameters = metadata?.object("variation_values", log: &log)
            let keep = confidence(metadata, log: &log)
            guard var run = read(parameters: parameters, metrics: metrics, at: "$", layout: "confidence aggregate",
                                 trials: trials, keepIntervals: keep, log: &log) else { return [] }
            if let model = metadata?.text("model", log: &log) {
                run.model = model
                run.modelField = "metadata.model"
            }
            return [run]
        }
        // Trials per combination: the metadata's count, else (files that lack it) the
        // successful runs shared out over the combinations.
        let trials = metadata?.number("num_trials_per_value", .wholeAtLeastOne, log: &log)
            ?? top.number("num_successful_runs", .wholeAtLeastOne, log: &log).map { max(1, ($0 / Double(max(1, combinations.count))).rounded(.down)) }
        let keep = confidence(metadata, log: &log)
        var runs: [ImportedRun] = []
        for (i, combination) in combinations.enumerated() {
            let entry = ResultObject(combination, at: "$.per_combination_metrics[\(i)]")
            guard case .object = combination else {
                log.error(entry.path, nil, "expected an object with parameters and metrics, found \(combination.kind)")
                continue
            }
            let parameters = entry.object("parameters", required: true, log: &log)
            guard let metrics = entry.object("metrics", required: true, log: &log) else { continue }
            if let run = read(parameters: parameters, metrics: metrics, at: entry.path, layout: "sweep aggregate",
                              trials: trials.map { Int($0) }, keepIntervals: keep, log: &log) { runs.append(run) }
        }
        if combinations.isEmpty { log.error("$", "per_combination_metrics", "empty; expected one entry per swept combination") }
        return runs
    }

    /// One setup: the swept `parameters` (the concurrency, or a request rate; the others
    /// become labels) and its `metrics`.
    private static func read(parameters: ResultObject?, metrics: ResultObject, at location: String, layout: String,
                             trials: Int?, keepIntervals: Bool, log: inout ProblemLog) -> ImportedRun? {
        let before = log.errorCount
        let (concurrency, labels) = parameters.map { swept($0, log: &log) } ?? (nil, [])
        var m = Measurements(), intervals: [RunField: Interval] = [:]
        for (tag, kind, stats) in AIPerfResult.metrics {
            for (stat, field) in stats {
                guard let block = metrics.object("\(tag)_\(stat)", log: &log),
                      let unit = MetricUnit.read(block, kind: kind, log: &log),
                      let mean = block.number("mean", .nonNegative, required: true, log: &log) else { continue }
                let scale = field == .durationS ? unit.factor / 1000 : unit.factor
                let n = Double(trials ?? 1)
                m[field] = summed.contains(field) ? (field == .durationS ? mean * scale * n : (mean * n).rounded()) : mean * scale
                // One trial states a degenerate interval (ci_low = ci_high = the mean): none.
                guard intervalFields.contains(field), let (low, high) = stated(block, mean: mean, log: &log),
                      keepIntervals, (trials ?? 2) > 1, low < high else { continue }
                intervals[field] = Interval(low: low * scale, high: high * scale, method: .stated, samples: trials ?? 1)
            }
        }
        if m[.requestThroughput] == nil && m[.outputTokensPerS] == nil {
            log.error(metrics.path, "request_throughput_avg", "missing; expected {\"mean\": …, \"unit\": \"requests/sec\"}")
        }
        guard log.errorCount == before else { return nil }
        var run = ImportedRun(location: location, model: nil, modelField: "--run-model",
                              version: layout + (trials.map { ", \($0) trial(s)\(layout == "sweep aggregate" ? " per combination" : "")" } ?? ""))
        run.measurements = m
        run.concurrency = concurrency
        run.labels = labels
        run.intervals = intervals
        if let trials, trials > 1 { run.notes = ["figures the means over \(trials) trials; counts and duration their totals"] }
        if concurrency == nil { run.notes.insert("no concurrency among the swept parameters", at: 0) }
        return run
    }

    /// What a sweep's parameter point (`{path: value}`) says of its setup: the concurrency
    /// (`concurrency` or a dotted `….concurrency`), the others labels by their last part
    /// (`datasets.main.prompts.isl` → `isl=512`); a request rate is the load, no label.
    static func swept(_ parameters: ResultObject, log: inout ProblemLog) -> (concurrency: Double?, labels: [SetupLabel]) {
        guard case .object(let members) = parameters.value else { return (nil, []) }
        var concurrency: Double? = nil, labels: [SetupLabel] = []
        for member in members {
            // A label's key must be a plain word: labels are written `k=v, k=v`.
            let leaf = String(member.key.split(separator: ".").last ?? "")
            guard ResultObject.isPlain(leaf) else { continue }
            switch (leaf, member.value) {
            case ("concurrency", _): concurrency = parameters.number(member.key, .wholeAtLeastOne, required: true, log: &log)
            case ("request_rate", _): break
            case (_, .number(let n)): labels.append(SetupLabel(leaf, JSONWriter.number(n)))
            case (_, .string(let s)) where !s.contains(","): labels.append(SetupLabel(leaf, fromFile: s))
            default: break
            }
        }
        return (concurrency, labels)
    }

    /// Whether the file's intervals are 95 % ones, as Frontier's are (`metadata.confidence_level`,
    /// 0.95 by default); a warning when they are not, and they are left out.
    private static func confidence(_ metadata: ResultObject?, log: inout ProblemLog) -> Bool {
        guard let level = metadata?.number("confidence_level", .fraction, log: &log), abs(level - 0.95) > 1e-9 else { return true }
        log.warning(metadata!.path, "confidence_level", "the file's intervals are at \(Format.percent(level)) confidence; Frontier's are 95 %, so they are left out")
        return false
    }

    /// A block's `ci_low`/`ci_high`, nil when it states none (a single trial); its low bound
    /// held at 0, as no throughput or latency is below.
    private static func stated(_ block: ResultObject, mean: Double, log: inout ProblemLog) -> (Double, Double)? {
        guard block.has("ci_low") || block.has("ci_high") else { return nil }
        guard case .number(let low)? = block.value["ci_low"], case .number(let high)? = block.value["ci_high"],
              low.isFinite, high.isFinite, low <= mean, mean <= high else {
            log.error(block.path, "ci_low", "expected ci_low ≤ mean ≤ ci_high, all numbers; found ci_low \(block.value["ci_low"].map(describe) ?? "missing"), mean \(JSONWriter.number(mean)), ci_high \(block.value["ci_high"].map(describe) ?? "missing")")
            return nil
        }
        return (max(0, low), high)
    }

    private static func describe(_ value: JSONValue) -> String {
        if case .number(let n) = value { return JSONWriter.number(n) }
        return value.kind
    }
}
