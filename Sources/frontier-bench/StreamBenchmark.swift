import Foundation
import FrontierCore
import FrontierLoad
import FrontierSim

/// How many concurrent streams one `frontier bench` process holds: a closed-loop level of
/// N streams against the simulator in the same process (127.0.0.1, port 0), configured so
/// that the server admits every stream at once (S = N) and each step emits a token to
/// each. The figures: streams the server saw in flight, req/s and tok/s sustained, and
/// the client's own lag p99 (its 10 ms timer; above 5 ms the level is client-limited).
enum StreamBenchmark {
    #if DEBUG
    static let build = "debug"
    #else
    static let build = "release"
    #endif

    static func run(streams: Int) async -> Int32 {
        var config = SimConfig.preset("h100x2-llama70b")!
        config.maxRunning = streams
        config.queueLimit = streams
        config.prefillBudget = 1 << 20
        config.stepBase = 0.020
        config.perDecode = 0
        config.perPrefillToken = 0
        config.jitter = 0
        config.eos = .never
        print("frontier-bench streams: \(streams) concurrent streams against the simulator in this process (\(build) build; not a timed test)")
        print("simulator: a step of 20 ms emits one token to every running stream; S = \(streams); 32 tokens an answer")
        print("load average at start: \(loadAverage() ?? "n/a")\n")
        let server: SimServer
        do {
            server = try await SimServer.start(config: config)
        } catch {
            print("cannot start the simulator: \(error)")
            return 1
        }
        let client = LoadClient(connections: streams)
        let lag = ClientLag(group: client.eventLoopGroup)
        let base = "http://127.0.0.1:\(server.port)/v1", model = config.modelName
        let prompts = Prompts(source: .synthetic(tokens: 16), seed: 1)
        let runner = LevelRunner(plan: LevelPlan(concurrency: streams, warmup: streams, measured: 4 * streams))
        let started = ContinuousClock.now
        let outcome = await runner.run(lag: lag, make: { i in
            StreamRequest.generation(base: base, api: .chat, model: model, prompt: prompts.prompt(level: 0, index: i),
                                     maxTokens: 32, ignoreEOS: true, headers: [])
        }, send: { await client.stream($0, timeouts: Timeouts(firstTokenS: 60, stallS: 30)) })
        let elapsed = ContinuousClock.now - started
        lag.stop()
        let metrics = server.metrics()
        try? await client.shutdown()
        try? await server.stop()
        guard let outcome else { return 1 }
        let report = LevelReport(outcome, slo: SLO())
        let tokens = Double(report.totalOutputTokens) / report.durationS
        print("load average at end: \(loadAverage() ?? "n/a"); level took \(elapsed)\n")
        printTable([
            Figure(name: "6a. concurrent streams held (the simulator's max in flight)", measured: "\(metrics.maxInFlight)",
                   target: "≥ 1,024", pass: metrics.maxInFlight >= 1024),
            Figure(name: "6b. requests the client sustains", measured: String(format: "%.0f req/s, %.0f tok/s (%d measured, %d failed)",
                                                                           report.requestThroughput, tokens, report.measuredSent, report.failed),
                   target: "—", pass: nil),
            Figure(name: "6c. TTFT p50 / TPOT mean at that load", measured: String(format: "%.1f ms / %.1f ms",
                                                                                   report.percentile("ttft", 50) ?? .nan, report.meanTPOTms ?? .nan),
                   target: "—", pass: nil),
            Figure(name: "6d. client lag p99 (10 ms timer)", measured: String(format: "%.2f ms", report.lagP99Ms ?? .nan),
                   target: "≤ 5 ms", pass: (report.lagP99Ms ?? .infinity) <= ClientLag.limitMs),
        ])
        return 0
    }
}
