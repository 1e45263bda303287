import FrontierCore

/// The rules for one run, shared by the JSON and CSV readers.
enum RunReader {
    /// Measured fields and the rule each must meet.
    static let rules: [(RunField, RecordReader.Rule)] = RunField.allCases.map { field in
        switch field {
        case .requests: (field, .wholeAtLeastOne)
        case .failed: (field, .wholeNonNegative)
        case .durationS, .requestThroughput, .outputTokensPerS, .totalTokensPerS: (field, .positive)
        default: (field, .nonNegative)
        }
    }

    /// Reads and checks a run; nil (with errors logged) when it cannot be used. Hardware and
    /// GPU count come from `options` when the record names none (GPUs default to 1).
    static func read(_ record: RecordReader, options: LoadOptions, log: inout ProblemLog) -> Run? {
        let before = log.problems.count
        let model = record.text("model", required: true, log: &log)
        let beforeHardware = log.problems.count
        let hardware = record.text("hardware", log: &log) ?? options.hardware
        // Missing, or blank text (which `text` passes over in silence): say so, or the run
        // would be dropped without a word.
        if hardware == nil && log.problems.count == beforeHardware {
            log.error(record.location, "hardware", "missing; expected a hardware profile or preset name (or --hardware)")
        }
        let gpus = record.number("gpus", .wholeAtLeastOne, log: &log) ?? (record.has("gpus") ? nil : Double(defaultGPUs(options)))
        let concurrency = record.number("concurrency", .positive, required: true, log: &log)
        var measurements = Measurements()
        for (field, rule) in rules {
            measurements[field] = record.number(field.key, rule, log: &log)
        }
        let source = record.text("source", log: &log)
        let estimated = record.bool("concurrency_estimated", log: &log) ?? false
        var labels: [SetupLabel] = []
        if let written = record.text("labels", log: &log) {
            if let parsed = SetupLabel.parse(written) { labels = parsed } else {
                log.error(record.location, "labels", "expected KEY=VALUE pairs separated by commas (deployment=base, tp=8), found \(quoted(written))")
            }
        }
        guard log.problems.count == before, let model, let hardware, let gpus, let concurrency else { return nil }
        var run = Run(model: model, hardware: hardware, gpus: Int(gpus), concurrency: concurrency,
                      concurrencyEstimated: estimated, measurements: measurements, source: source)
        run.labels = labels
        return finish(run, at: record.location, log: &log)
    }

    /// A run whose fields each met their rule, once the checks across fields pass.
    /// Consuming: a million runs are moved through here, not copied.
    static func finish(_ run: consuming Run, at location: @autoclosure () -> String, log: inout ProblemLog) -> Run? {
        var run = run
        guard complete(&run, at: location(), log: &log) else { return nil }
        checkLittlesLaw(run, at: location(), log: &log)
        return run
    }

    /// The GPU count of a run that states none.
    static func defaultGPUs(_ options: LoadOptions) -> Int { options.gpus ?? 1 }

    /// The checks every run meets however it was read: a way to its throughput, and
    /// requests / duration agreeing with the stated req/s; then fills derived fields.
    /// False (with an error logged) when the run has no throughput.
    static func complete(_ run: inout Run, at location: @autoclosure () -> String, log: inout ProblemLog) -> Bool {
        let hasThroughput = run[.requestThroughput] != nil
            || (run[.requests] != nil && run[.durationS] != nil)
            || (run[.outputTokensPerS] != nil && (run[.meanOutputTokens] ?? 0) > 0)
        guard hasThroughput else {
            log.error(location(), "request_throughput",
                      "missing; expected requests with duration_s, or request_throughput, or output_tokens_per_s with mean_output_tokens")
            return false
        }
        if let n = run[.requests], let t = run[.durationS], let rps = run[.requestThroughput],
           abs(n / t - rps) > 0.02 * rps {
            log.warning(location(), "request_throughput",
                        "\(JSONWriter.number(rps)) req/s disagrees with requests / duration_s = \(Format.significant(n / t, digits: 4)) req/s")
        }
        run.deriveMissing()
        Plausibility.check(run, at: location(), log: &log)
        return true
    }

    /// Warns when concurrency ≈ req/s × mean E2E latency is off by more than the tolerance.
    static func checkLittlesLaw(_ run: Run, at location: @autoclosure () -> String, log: inout ProblemLog) {
        if let ratio = run.littlesLawDiscrepancy, ratio > Run.littlesLawTolerance, let implied = run.littlesLawConcurrency {
            log.warning(location(), "concurrency",
                        "contradicts Little's law: request_throughput × mean_e2e_ms implies \(Format.significant(implied, digits: 3)), not \(Format.concurrency(run.concurrency))")
        }
    }
}
