import ArgumentParser
import Foundation
import FrontierSim
import Synchronization

struct ServeSimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve-sim",
        abstract: "Serve a simulated OpenAI-compatible LLM endpoint on 127.0.0.1, to benchmark without a GPU.",
        discussion: """
        Continuous batching: each step admits waiting requests first come, first served, up to S running \
        and a prefill budget of B tokens, and takes a + b·decoding + p·prefill tokens; each decoding \
        sequence gets one token a step. Past Q waiting, HTTP 429. One word of prompt is one token. \
        Routes: /v1/models, /v1/chat/completions, /v1/completions (stream: true for SSE), /health, \
        /metrics (JSON: running, waiting, max_in_flight, counts). Stops on Ctrl-C or SIGTERM.
        """
    )

    @Option(help: "The port on 127.0.0.1; 0 for any free one (printed).")
    var port = 8000

    @Option(help: ArgumentHelp("The latency model to start from: \(SimConfig.presetNames.joined(separator: ", ")).", valueName: "name"))
    var preset = "h100x2-llama70b"

    @Option(help: ArgumentHelp("The model name served (default: the preset's).", valueName: "name"))
    var modelName: String?

    @Option(name: .customLong("step-ms"), help: ArgumentHelp("a: the fixed time of a step, ms.", valueName: "ms"))
    var stepBase: Double?

    @Option(name: .customLong("decode-ms"), help: ArgumentHelp("b: added per decoding sequence, ms.", valueName: "ms"))
    var perDecode: Double?

    @Option(name: .customLong("prefill-ms-per-token"), help: ArgumentHelp("p: added per prompt token prefilled, ms.", valueName: "ms"))
    var perPrefillToken: Double?

    @Option(help: ArgumentHelp("S: the most sequences running at once.", valueName: "n"))
    var maxRunning: Int?

    @Option(help: ArgumentHelp("B: the most prompt tokens prefilled in one step.", valueName: "tokens"))
    var prefillBudget: Int?

    @Option(help: ArgumentHelp("Q: the most requests waiting beyond S; more get HTTP 429.", valueName: "n"))
    var queueLimit: Int?

    @Option(help: ArgumentHelp("Scale each step's time by a seeded factor in [1 - x, 1 + x).", valueName: "x"))
    var jitter: Double?

    @Option(help: ArgumentHelp("Real seconds per simulated second: 0.01 runs a hundred times faster than the modelled GPU.", valueName: "x"))
    var timeScale: Double?

    @Option(help: "Seeds jitter, failures and answer lengths.")
    var seed: UInt64?

    @Option(help: ArgumentHelp("The share of requests that fail, 0 to 1 (seeded per request number).", valueName: "x"))
    var failRate: Double?

    @Option(help: ArgumentHelp("How a failing request fails: http500 at once, midstream (the connection closes halfway), error-event (an SSE error halfway).", valueName: "mode"))
    var failMode: SimConfig.FailMode?

    @Option(help: ArgumentHelp("first-token: the chat role rides on the first token; immediate: a role-only chunk at once, as vLLM sends.", valueName: "when"))
    var roleChunk: SimConfig.RoleChunk?

    @Option(help: ArgumentHelp("Tokens per SSE event.", valueName: "k"))
    var tokensPerChunk: Int?

    @Option(help: ArgumentHelp("requested: a usage chunk when stream_options.include_usage asks; never: no usage at all.", valueName: "when"))
    var usage: SimConfig.Usage?

    @Option(help: ArgumentHelp("End of sequence when a request sets no ignore_eos: never (max_tokens ends it), or the mean of a seeded geometric length (default 256).", valueName: "never|tokens"))
    var eos: EOSOption?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535 (got \(port))") }
        let problems = try config().problems
        if !problems.isEmpty { throw ValidationError(problems.joined(separator: "\n")) }
    }

    func run() throws {
        let config = try config(), port = port, preset = preset
        try blockingAsync { try await Self.serve(config, port: port, preset: preset) }
    }

    private static func serve(_ config: SimConfig, port: Int, preset: String) async throws {
        // Before the port is printed: a script may signal as soon as it reads it.
        let stop = stopSignals()
        let server: SimServer
        do {
            server = try await SimServer.start(config: config, port: port)
        } catch {
            Output.error("frontier serve-sim: \(error)")
            throw ExitCode(1)
        }
        // Unbuffered, so that a script reading the port from a pipe sees it at once.
        FileHandle.standardOutput.write(Data("""
        frontier serve-sim: http://127.0.0.1:\(server.port) serving \(config.modelName) (preset \(preset))
          a \(milliseconds(config.stepBase)) ms, b \(milliseconds(config.perDecode)) ms, p \(milliseconds(config.perPrefillToken)) ms/token, \
        S \(config.maxRunning), B \(config.prefillBudget), Q \(config.queueLimit); time scale \(config.timeScale), seed \(config.seed)
          \(config.provenance)

        """.utf8))
        await stop()
        let m = server.metrics()
        try await server.stop()
        Output.error("frontier serve-sim: stopped; requests: \(m.received) received, \(m.completed) completed, \(m.failed) failed, "
            + "\(m.rejected) rejected, \(m.cancelled) cancelled; at most \(m.maxInFlight) in flight")
    }

    private static func milliseconds(_ seconds: Double) -> String { String(format: "%g", seconds * 1e3) }

    private func config() throws -> SimConfig {
        guard var config = SimConfig.preset(preset) else {
            throw ValidationError("--preset must be one of \(SimConfig.presetNames.joined(separator: ", ")) (got \(preset))")
        }
        if let modelName { config.modelName = modelName }
        if let stepBase { config.stepBase = stepBase / 1e3 }
        if let perDecode { config.perDecode = perDecode / 1e3 }
        if let perPrefillToken { config.perPrefillToken = perPrefillToken / 1e3 }
        if let maxRunning { config.maxRunning = maxRunning }
        if let prefillBudget { config.prefillBudget = prefillBudget }
        if let queueLimit { config.queueLimit = queueLimit }
        if let jitter { config.jitter = jitter }
        if let timeScale { config.timeScale = timeScale }
        if let seed { config.seed = seed }
        if let failRate { config.failRate = failRate }
        if let failMode { config.failMode = failMode }
        if let roleChunk { config.roleChunk = roleChunk }
        if let tokensPerChunk { config.tokensPerChunk = tokensPerChunk }
        if let usage { config.usage = usage }
        if let eos { config.eos = eos.value }
        return config
    }

    /// Takes over SIGINT and SIGTERM; the function returned waits for the first of them, so
    /// that the server closes every connection before the process exits.
    private static func stopSignals() -> () async -> Void {
        let (signals, continuation) = AsyncStream<Int32>.makeStream()
        let sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            return source
        }
        return {
            for await _ in signals { break }
            sources.forEach { $0.cancel() }
        }
    }
}

/// Runs async work from a synchronous command and waits for it. The root command stays
/// synchronous because under an async root the dashboard would run off the main thread,
/// and the signals it blocks for its signalfd would be blocked on that thread only.
func blockingAsync(_ body: @escaping @Sendable () async throws -> Void) throws {
    final class Outcome: Sendable {
        let result = Mutex<Result<Void, any Error>>(.success(()))
    }
    let outcome = Outcome(), done = DispatchSemaphore(value: 0)
    Task {
        do { try await body() } catch { outcome.result.withLock { $0 = .failure(error) } }
        done.signal()
    }
    done.wait()
    try outcome.result.withLock { $0 }.get()
}

extension SimConfig.FailMode: ExpressibleByArgument {}
extension SimConfig.RoleChunk: ExpressibleByArgument {}
extension SimConfig.Usage: ExpressibleByArgument {}

/// `--eos never` or `--eos MEAN`.
struct EOSOption: ExpressibleByArgument {
    let value: SimConfig.EOS

    init?(argument: String) {
        if argument == "never" {
            value = .never
        } else if let mean = Double(argument) {
            value = .geometric(meanTokens: mean)
        } else {
            return nil
        }
    }
}
