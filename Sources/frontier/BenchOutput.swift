import Foundation
import FrontierCore
import FrontierData
import FrontierLoad

/// What `frontier bench` writes: the native dataset (each run with its provenance and a
/// `bench` object that readers ignore), and `vllm bench serve`-keyed files that
/// `frontier import` reads back to the same runs.
struct BenchOutput {
    var name: String
    var provenance: String
    var model: Model
    var profile: HardwareProfile
    var gpus: Int
    var workload: String
    /// Everything a run's source names but its level: tool, time, endpoint, seed.
    var sourcePrefix: String
    var serverHeader: String?
    var reports: [LevelReport] = []

    func run(_ report: LevelReport) -> Run? {
        guard var run = report.run(model: model.name, hardware: profile.name, gpus: gpus) else { return nil }
        let tokens = report.tokensCounted > 0
            ? "output tokens counted from stream events for \(report.tokensCounted) request(s) (the server sent no usage)"
            : "tokens from the server's usage"
        run.source = Sanitize.line("\(sourcePrefix); \(report.measuredSent) measured + \(report.warmups) warm-up + \(report.fillers) filler requests, \(report.requests) completions in the window; \(tokens)")
        return run
    }

    var dataset: Dataset {
        Dataset(name: name, description: "Measured by frontier bench: \(model.name) on \(gpus)×\(profile.name), \(workload). The workload size (1,000 requests) is illustrative.",
                provenance: provenance, workload: Workload(name: workload, requests: 1000),
                hardware: [profile], models: [model], runs: reports.compactMap(run))
    }

    /// The native JSON, each run followed by its level's `bench` object.
    var json: JSONValue {
        let kept = reports.filter { run($0) != nil }
        guard case .object(var members) = NativeJSON.encode(dataset) else { return NativeJSON.encode(dataset) }
        if let i = members.firstIndex(where: { $0.key == "runs" }), case .array(let runs) = members[i].value {
            members[i].value = .array(zip(runs, kept).map { run, report in
                guard case .object(let fields) = run else { return run }
                return .object(fields + [.init("bench", bench(report))])
            })
        }
        return .object(members)
    }

    private func bench(_ r: LevelReport) -> JSONValue {
        .object([
            "failures": .object(r.failures.keys.sorted().map { .init($0, .number(Double(r.failures[$0]!))) }),
            "measured": .number(Double(r.measuredSent)),
            "warmup": .number(Double(r.warmups)),
            "fillers": .number(Double(r.fillers)),
            "goodput": r.goodput.map(JSONValue.number),
            "client_lag_p99_ms": r.lagP99Ms.map(JSONValue.number),
            "held_concurrency": r.heldConcurrency.map(JSONValue.number),
            "client_limited": .bool(r.clientLimited),
            "percentiles_ms": .object(r.percentiles.map { name, values in
                .init(name, .object(values.map { .init("p\($0.p)", .number($0.ms)) }))
            }),
            "server": serverHeader.map(JSONValue.string),
        ])
    }

    /// One level as `vllm bench serve --save-result` writes it, with the setup as
    /// `--metadata` strings.
    func vllm(_ r: LevelReport, api: API, date: String) -> JSONValue? {
        guard let run = run(r) else { return nil }
        let backend = api == .chat ? "openai-chat" : "openai"
        return .object([
            "date": .string(date), "backend": .string(backend), "endpoint_type": .string(backend),
            "model_id": .string(model.name), "tokenizer_id": .string(model.name),
            "num_prompts": .number(Double(r.requests + r.failed)), "request_rate": .string("inf"), "burstiness": .number(1),
            "max_concurrency": .number(Double(r.concurrency)),
            "duration": .number(r.durationS), "completed": .number(Double(r.requests)), "failed": .number(Double(r.failed)),
            "total_input_tokens": r.totalInputTokens.map { .number(Double($0)) },
            "total_output_tokens": .number(Double(r.totalOutputTokens)),
            "request_throughput": run[.requestThroughput].map(JSONValue.number),
            "output_throughput": run[.outputTokensPerS].map(JSONValue.number),
            "total_token_throughput": run[.totalTokensPerS].map(JSONValue.number),
            "mean_ttft_ms": r.meanTTFTms.map(JSONValue.number), "median_ttft_ms": r.percentile("ttft", 50).map(JSONValue.number),
            "p99_ttft_ms": r.percentile("ttft", 99).map(JSONValue.number),
            "mean_tpot_ms": r.meanTPOTms.map(JSONValue.number), "median_tpot_ms": r.percentile("tpot", 50).map(JSONValue.number),
            "p99_tpot_ms": r.percentile("tpot", 99).map(JSONValue.number),
            "mean_itl_ms": r.meanITLms.map(JSONValue.number), "median_itl_ms": r.percentile("itl", 50).map(JSONValue.number),
            "p99_itl_ms": r.percentile("itl", 99).map(JSONValue.number),
            "mean_e2el_ms": r.meanE2Ems.map(JSONValue.number), "median_e2el_ms": r.percentile("e2e", 50).map(JSONValue.number),
            "p99_e2el_ms": r.percentile("e2e", 99).map(JSONValue.number),
            "hardware": .string(profile.name), "gpus": .string(String(gpus)),
        ])
    }
}
