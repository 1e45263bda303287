import FrontierCore

/// vLLM's `vllm bench serve --save-result` (and the older `benchmark_serving.py`): one
/// object per run; with `--append-result`, one per line; with `--save-detailed`, the
/// per-request arrays too, from which the TTFT percentiles are computed.
enum VLLMResult {
    /// Per-request arrays no figure needs, skipped while parsing (most of a detailed file).
    static let discarded: Set<String> = ["generated_texts", "itls"]

    /// Keys only the newer `vllm bench serve` writes.
    static let newerKeys = ["failed", "endpoint_type", "max_concurrent_requests", "total_token_throughput", "burstiness"]
    /// `--metadata KEY=VALUE` keys read for the setup (values are strings).
    static let hardwareKeys = ["hardware", "gpu_type", "gpu", "accelerator"]
    static let gpuKeys = ["gpus", "num_gpus", "gpu_count"]
    static let precisionKeys = ["precision", "dtype", "quantization"]
    /// Keys that tell setups of one model on one hardware apart: vllm-bench-automation's
    /// `deployment=base|kvcache|no-features`, and parallelism.
    static let labelKeys = ["deployment"] + SetupLabel.parallelismKeys
    /// Latency keys read, in ms; a fork that writes them in seconds without the `_ms`
    /// (`median_ttft`, as SemiAnalysis InferenceX does) is read from those instead.
    /// Every statistic of TTFT, TPOT, ITL and E2E (`e2el`): `mean_`, `median_` and the
    /// `pNN_` of `--metric-percentiles` (99 by default).
    static let latencyKeys: [(String, RunField)] = LatencyMetric.allCases.flatMap { metric in
        LatencyStatistic.allCases.map { statistic in
            let prefix = statistic == .p50 ? "median" : statistic.rawValue
            return ("\(prefix)_\(metric == .e2e ? "e2el" : metric.rawValue)_ms", RunField(metric, statistic))
        }
    }

    static func read(_ root: JSONValue, at location: String, log: inout ProblemLog) -> ImportedRun? {
        guard case .object = root else {
            log.error(location, nil, "expected a JSON object (a vLLM result), found \(root.kind)")
            return nil
        }
        let r = ResultObject(root, at: location)
        let before = log.problems.count
        let model = r.text("model_id", required: true, log: &log)
        var version = newerKeys.contains(where: r.has) ? "vllm bench serve keys" : "benchmark_serving.py keys"
        let completed = r.number("completed", .wholeAtLeastOne, required: true, log: &log)
        var m = Measurements()
        m[.requests] = completed
        m[.durationS] = r.number("duration", .positive, required: true, log: &log)
        m[.failed] = r.number("failed", .wholeNonNegative, log: &log)
        m[.requestThroughput] = r.number("request_throughput", .positive, required: true, log: &log)
        m[.outputTokensPerS] = r.number("output_throughput", .positive, log: &log)
        m[.totalTokensPerS] = r.number("total_token_throughput", .positive, log: &log)
        var inSeconds: [String] = []
        for (key, field) in latencyKeys {
            let seconds = String(key.dropLast(3))
            if !r.has(key), r.has(seconds) {
                m[field] = r.number(seconds, .nonNegative, log: &log).map { $0 * 1000 }
                inSeconds.append(seconds)
            } else {
                m[field] = r.number(key, .nonNegative, log: &log)
            }
        }
        if !inSeconds.isEmpty { version += ", seconds-unit keys without _ms (\(inSeconds.joined(separator: ", ")); converted to ms)" }
        let totalIn = r.number("total_input_tokens", .wholeNonNegative, log: &log)
        let totalOut = r.number("total_output_tokens", .wholeNonNegative, log: &log)
        let prompts = r.number("num_prompts", .wholeAtLeastOne, log: &log)
        let maxConcurrency = r.number("max_concurrency", .wholeAtLeastOne, log: &log)
        var notes: [String] = []
        if r.has("request_goodput:") { version += ", \"request_goodput:\" spelling" }
        for key in ["request_goodput", "request_goodput:"] {
            if let goodput = r.number(key, .nonNegative, log: &log) { notes.append("goodput \(Format.significant(goodput, digits: 4)) req/s") }
        }
        switch root["request_rate"] {
        case nil, .null?, .number?: _ = r.number("request_rate", .positive, log: &log)
        case .string(let s)? where s == "inf": break
        case let other?: log.error(location, "request_rate", "expected a number > 0 or \"inf\", found \(describe(other))")
        }
        let meta = ResultObject(root, at: location, numbersFromText: true)
        var hardware: String? = nil, gpus: Double? = nil, precision: String? = nil
        for key in hardwareKeys where hardware == nil { hardware = meta.text(key, log: &log) }
        for key in gpuKeys where gpus == nil { gpus = meta.number(key, .wholeAtLeastOne, log: &log) }
        for key in precisionKeys where precision == nil { precision = meta.text(key, log: &log) }
        let labels = labelKeys.compactMap { key in meta.text(key, log: &log).map { SetupLabel(key, fromFile: $0) } }
        let backend = r.text("backend", log: &log) ?? r.text("endpoint_type", log: &log)

        var detailed: Detailed? = nil
        if r.has("ttfts") {
            detailed = Detailed.read(r, completed: completed, log: &log)
            version += ", per-request arrays"
        }
        guard log.problems.count == before, let model, let completed else { return nil }

        var run = ImportedRun(location: location, model: model, modelField: "model_id", version: version)
        run.measurements = m
        run.concurrency = maxConcurrency
        if maxConcurrency == nil {
            notes.insert(r.has("max_concurrency") || root["max_concurrency"] != nil ? "rate-driven (max_concurrency null)" : "rate-driven (no max_concurrency key)", at: 0)
        }
        run.hardware = hardware
        run.gpus = gpus.map { Int($0) }
        run.precision = precision
        run.labels = labels
        run.engine = backend?.lowercased() == "vllm" ? "vLLM" : nil
        run.derive(.meanInputTokens, totalIn.map { $0 / completed })
        run.derive(.meanOutputTokens, totalOut.map { $0 / completed })
        if let prompts, prompts >= completed { run.derive(.failed, prompts - completed) }
        if let detailed {
            detailed.apply(to: &run)
            notes.append("TTFT percentiles from \(detailed.successfulTTFTs.count) per-request TTFTs")
        }
        run.notes = notes
        return run
    }

    private static func describe(_ value: JSONValue) -> String {
        if case .string(let s) = value { return "the string \(quoted(s))" }
        return value.kind
    }

    /// The `--save-detailed` arrays that figures come from: TTFTs and latencies (seconds)
    /// of the requests that succeeded, and the number that failed.
    struct Detailed {
        var successfulTTFTs: [Double]   // ms, sorted
        var successfulLatencies: [Double]   // ms
        var failed: Int

        static func read(_ r: ResultObject, completed: Double?, log: inout ProblemLog) -> Detailed? {
            let before = log.problems.count
            let ttfts = numbers(r, "ttfts", log: &log)
            let latencies = r.has("latencies") ? numbers(r, "latencies", log: &log) : nil
            var errors: [String]? = nil
            switch r.value["errors"] {
            case nil, .null?: break
            case .array(let items)?:
                errors = items.map { if case .string(let s) = $0 { s } else { "" } }
                if let bad = items.firstIndex(where: { if case .string = $0 { false } else { true } }) {
                    log.error("\(r.path).errors[\(bad)]", "errors", "expected a string (empty for a success), found \(items[bad].kind)")
                }
            case let other?: log.error(r.path, "errors", "expected an array of strings, found \(other.kind)")
            }
            guard log.problems.count == before, let ttfts else { return nil }
            for (key, count) in [("latencies", latencies?.count), ("errors", errors?.count)] {
                if let count, count != ttfts.count {
                    log.error(r.path, key, "has \(count) entries but ttfts has \(ttfts.count); expected one per request")
                    return nil
                }
            }
            let ok = (0..<ttfts.count).filter { errors?[$0].isEmpty ?? true }
            if let completed, Double(ok.count) != completed {
                log.error(r.path, "ttfts", "\(ok.count) requests succeeded by the per-request arrays, but completed = \(JSONWriter.number(completed)); expected the same count")
                return nil
            }
            return Detailed(successfulTTFTs: ok.map { ttfts[$0] * 1000 }.sorted(),
                            successfulLatencies: latencies.map { l in ok.map { l[$0] * 1000 } } ?? [],
                            failed: ttfts.count - ok.count)
        }

        /// Every element a finite number ≥ 0; the first bad one is reported with its index.
        private static func numbers(_ r: ResultObject, _ key: String, log: inout ProblemLog) -> [Double]? {
            guard case .array(let items)? = r.value[key] else {
                log.error(r.path, key, "expected an array of numbers (seconds), found \(r.value[key]?.kind ?? "nothing")")
                return nil
            }
            var values: [Double] = []
            values.reserveCapacity(items.count)
            for (i, item) in items.enumerated() {
                guard case .number(let n) = item, n.isFinite, n >= 0 else {
                    let found = if case .number(let n) = item { n.isNaN ? "NaN" : JSONWriter.number(n) } else { item.kind }
                    log.error("\(r.path).\(key)[\(i)]", key, "expected a number ≥ 0 (seconds), found \(found)")
                    return nil
                }
                values.append(n)
            }
            return values
        }

        /// TTFT and E2E percentiles (as numpy computes them, by linear interpolation)
        /// replace the file's own; mean E2E and failures fill gaps.
        func apply(to run: inout ImportedRun) {
            guard !successfulTTFTs.isEmpty else { return }
            let percentiles: [(LatencyStatistic, Double)] = [(.p50, 50), (.p90, 90), (.p95, 95), (.p99, 99)]
            for (statistic, p) in percentiles {
                run[RunField(.ttft, statistic)] = nil
                run.derive(RunField(.ttft, statistic), Self.percentile(successfulTTFTs, p))
            }
            run.derive(.meanTTFTms, successfulTTFTs.reduce(0, +) / Double(successfulTTFTs.count))
            if !successfulLatencies.isEmpty {
                let sorted = successfulLatencies.sorted()   // in request order for the bootstrap
                for (statistic, p) in percentiles {
                    run[RunField(.e2e, statistic)] = nil
                    run.derive(RunField(.e2e, statistic), Self.percentile(sorted, p))
                }
                run.derive(.meanE2Ems, successfulLatencies.reduce(0, +) / Double(successfulLatencies.count))
            }
            run.derive(.failed, Double(failed))
            run.intervals = RequestIntervals.bootstrap(ttftsMs: successfulTTFTs, latenciesMs: successfulLatencies)
        }

        static func percentile(_ sorted: [Double], _ p: Double) -> Double { Percentile.of(sorted: sorted, p) }
    }
}
