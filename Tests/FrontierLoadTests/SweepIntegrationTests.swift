import FrontierCore
import FrontierSim
import Synchronization
import Testing
@testable import FrontierLoad

/// Sweeps against the simulator in-process on 127.0.0.1, port 0; each bounded in time.
@Suite(.serialized, .timeLimit(.minutes(2))) struct SweepIntegrationTests {
    static func config(_ edit: (inout SimConfig) -> Void = { _ in }) -> SimConfig {
        var config = SimConfig.preset("h100x2-llama70b")!
        config.jitter = 0
        config.eos = .never
        edit(&config)
        return config
    }

    /// Runs a sweep against a fresh simulator; the reports, how it ended, and the server's metrics.
    static func sweep(_ config: SimConfig, levels: [Int], measured: Int? = nil, warmup: Int? = nil, input: Int = 32,
                      output: Int = 8, stop: StopRule = StopRule()) async throws -> (reports: [LevelReport], end: Sweep.End, metrics: SimMetrics) {
        let server = try await SimServer.start(config: config)
        let client = LoadClient(connections: levels.max()!)
        let setup = Sweep.Setup(base: "http://127.0.0.1:\(server.port)/v1", api: .chat, model: config.modelName, headers: [],
                                prompts: Prompts(source: .synthetic(tokens: input), seed: 7), outputTokens: output, ignoreEOS: true,
                                levels: levels, warmup: warmup, measured: measured, timeouts: Timeouts(firstTokenS: 30, stallS: 10),
                                stop: stop)
        let collected = Collected()
        let end = await Sweep(client: client).run(setup, onStart: { _ in }, onLevel: { collected.add($0) }, onWarning: { _ in })
        let metrics = server.metrics()
        try await client.shutdown()
        try await server.stop()
        return (collected.reports, end, metrics)
    }

    @Test func singleStreamMatchesTheModel() async throws {
        // Slowed four times, so that a thread woken late on a busy machine (a few ms) stays
        // small beside a 233 ms TTFT and 74 ms steps.
        let config = Self.config { $0.timeScale = 4 }
        let (reports, end, _) = try await Self.sweep(config, levels: [1], measured: 5, warmup: 1, input: 512, output: 8)
        #expect(end == .completed)
        let r = try #require(reports.first)
        let ttft = (config.stepBase + config.perPrefillToken * 512) * 1000 * config.timeScale
        let tpot = (config.stepBase + config.perDecode) * 1000 * config.timeScale
        #expect(abs(r.meanTTFTms! - ttft) / ttft < 0.10, "TTFT \(r.meanTTFTms!) ms, model \(ttft) ms")
        #expect(abs(r.meanTPOTms! - tpot) / tpot < 0.10, "TPOT \(r.meanTPOTms!) ms, model \(tpot) ms")
        #expect(r.failed == 0 && r.tokensCounted == 0)
        #expect(r.totalOutputTokens == 8 * r.requests)
    }

    @Test func kneeAtTheRunningLimit() async throws {
        // Real-time steps and answers of about 0.45 s: the client's turnaround between one
        // request and the next (tens of ms on a loaded machine) stays small beside them.
        let config = Self.config { $0.maxRunning = 4; $0.timeScale = 1 }
        let (reports, end, _) = try await Self.sweep(config, levels: [1, 2, 4, 8, 16], measured: 12, input: 16, output: 24)
        #expect(end == .completed)
        let levels = reports.map { Double($0.concurrency) }, rps = reports.map(\.requestThroughput)
        let e = Principles.elasticities(levels: levels, throughputs: rps)
        #expect(Principles.saturationLevel(levels: levels, elasticities: e) == 4, "req/s \(rps), ε \(e)")
        #expect(e[1]! >= 0.8 && e[2]! >= 0.8, "req/s \(rps), ε \(e), TTFT \(reports.map(\.meanTTFTms)), lag \(reports.map(\.lagP99Ms))")
        #expect(reports[4].meanTTFTms! >= 3 * reports[2].meanTTFTms!)
        for report in reports {
            let run = try #require(report.run(model: "m", hardware: "H100-80G", gpus: 2))
            #expect((run.littlesLawDiscrepancy ?? 1) <= Run.littlesLawTolerance, "c=\(report.concurrency): Little's law off by \(run.littlesLawDiscrepancy!)")
        }
    }

    @Test(arguments: [(SimConfig.FailMode.http500, "http_500"), (.midstream, "truncated"), (.errorEvent, "error_event")])
    func seededFailuresAreCountedExactly(mode: SimConfig.FailMode, reason: String) async throws {
        let config = Self.config { $0.timeScale = 0.05; $0.failRate = 0.1; $0.failMode = mode; $0.seed = 3 }
        // At c = 1 the server numbers the ready check 1 and the measured requests 2…61.
        let expected = (2...61).filter { config.fails(requestNumber: $0) }.count
        let (reports, _, _) = try await Self.sweep(config, levels: [1], measured: 60, warmup: 0, output: 6)
        let r = try #require(reports.first)
        #expect(expected > 0)
        #expect(r.failed == expected)
        #expect(r.failures == [reason: expected])
        #expect(r.percentiles.first { $0.name == "ttft" }.map { _ in true } == true)
        #expect(r.requests == 60 - expected)   // latencies and throughput from the successes only
    }

    @Test func highFailureRateStopsTheSweepKeepingValidLevels() async throws {
        let config = Self.config { $0.timeScale = 0.05; $0.failRate = 0.6; $0.seed = 11 }
        let (reports, end, _) = try await Self.sweep(config, levels: [1, 2, 4], measured: 40, output: 4)
        guard case .stopped(let reason) = end else { Issue.record("expected a stop, got \(end)"); return }
        #expect(reason.contains("failed"))
        #expect(reports.count == 1)
        #expect(reports[0].run(model: "m", hardware: "H100-80G", gpus: 1) != nil)
    }

    @Test func withoutUsageTokensAreCountedAndMarked() async throws {
        let config = Self.config { $0.timeScale = 0.05; $0.usage = .never }
        let (reports, _, _) = try await Self.sweep(config, levels: [2], measured: 8)
        let run = try #require(reports.first?.run(model: "m", hardware: "H100-80G", gpus: 1))
        #expect(run.derived.contains(.meanOutputTokens))
        #expect(reports[0].tokensCounted == reports[0].measuredSent)
    }

    @Test func chunksOfFourTokens() async throws {
        // The first event brings 4 tokens, so (E2E − TTFT) / (n − 1) runs (n − 4) / (n − 1) short:
        // 3 % at n = 101.
        let config = Self.config { $0.timeScale = 0.25; $0.tokensPerChunk = 4 }
        let (reports, _, _) = try await Self.sweep(config, levels: [1], measured: 4, warmup: 1, output: 101)
        let r = try #require(reports.first)
        let tpot = (config.stepBase + config.perDecode) * 1000 * config.timeScale
        #expect(abs(r.meanTPOTms! - tpot) / tpot < 0.10, "TPOT \(r.meanTPOTms!) ms, model \(tpot) ms")
        #expect(abs(r.meanITLms! / r.meanTPOTms! - 4) < 0.4, "ITL \(r.meanITLms!) ms")
    }

    @Test func sixtyFourStreamsAtOnce() async throws {
        // Slow steps (80 ms a token): every answer takes about 4 s, so all 64 first requests
        // are sent long before any ends, even from a debug build on a loaded machine, and
        // the client has few events to parse. AsyncHTTPClient's default pool would hold
        // this at 8 whatever the load.
        let config = Self.config { $0.timeScale = 4 }
        let (reports, end, metrics) = try await Self.sweep(config, levels: [64], measured: 64, input: 16, output: 48)
        #expect(end == .completed)
        #expect(metrics.maxInFlight == 64, "\(metrics); TTFT \(reports[0].meanTTFTms!) ms, E2E \(reports[0].meanE2Ems!) ms, \(reports[0].requests) in \(reports[0].durationS) s, lag p99 \(reports[0].lagP99Ms!) ms")
        #expect(reports.first?.failed == 0)
    }

    @Test func immediateRoleChunkIsNoFirstToken() async throws {
        let config = Self.config { $0.timeScale = 4; $0.roleChunk = .immediate }
        let (reports, _, _) = try await Self.sweep(config, levels: [1], measured: 3, warmup: 0, input: 512, output: 2)
        let ttft = (config.stepBase + config.perPrefillToken * 512) * 1000 * config.timeScale
        #expect(abs(reports[0].meanTTFTms! - ttft) / ttft < 0.10)
    }
}

/// Reports gathered from the sweep's callback.
final class Collected: Sendable {
    private let box = Mutex<[LevelReport]>([])
    var reports: [LevelReport] { box.withLock { $0 } }
    func add(_ report: LevelReport) { box.withLock { $0.append(report) } }
}
