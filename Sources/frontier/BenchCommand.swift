import ArgumentParser
import Dispatch
import Foundation
import FrontierCore
import FrontierData
import FrontierLoad
import Synchronization

extension API: ExpressibleByArgument {}

struct BenchCommand: ParsableCommand, Sendable {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Sweep concurrency against an OpenAI-compatible endpoint and write the runs as a native dataset.",
        discussion: """
        A closed loop of c workers per level: c warm-up requests discarded, then the measured \
        requests, with fillers keeping c in flight until the last measured one ends. The \
        dataset is rewritten after every level; the first Ctrl-C stops (exit 130, completed \
        levels kept), a second exits at once.
        """
    )

    @Option(help: ArgumentHelp("The server's base URL (http://127.0.0.1:8000 or …/v1).", valueName: "url"))
    var url: String

    @Option(help: "The API: chat (/v1/chat/completions) or completions (/v1/completions).")
    var api: API = .chat

    @Option(help: ArgumentHelp("The model to request (default: the first of /v1/models).", valueName: "id"))
    var model: String?

    @Option(help: ArgumentHelp("Concurrency levels, in order (e.g. 1,2,4,8,16,32,64).", valueName: "list"))
    var concurrency: String

    @Option(help: ArgumentHelp("Measured requests a level (default max(64, 8c)).", valueName: "n"))
    var requestsPerLevel: Int?

    @Option(help: ArgumentHelp("Measure each level for this long instead of by count.", valueName: "seconds"))
    var duration: Double?

    @Option(help: ArgumentHelp("Warm-up requests a level, discarded (default c).", valueName: "n"))
    var warmup: Int?

    @Option(help: ArgumentHelp("Synthetic prompts of this many tokens.", valueName: "n"))
    var inputTokens: Int?

    @Option(help: ArgumentHelp("Tokens to generate a request (max_tokens).", valueName: "n"))
    var outputTokens: Int

    @Option(help: ArgumentHelp("Prompts instead of synthetic ones: JSON lines with a \"prompt\" (or \"text\") string each.",
                               valueName: "file"))
    var dataset: String?

    @Option(help: "Seed of the synthetic prompts.")
    var seed: UInt64 = 1

    @Flag(inversion: .prefixedNo, help: "Ask the server to ignore EOS, so every output is --output-tokens long (default on for synthetic prompts).")
    var ignoreEos: Bool?

    @Option(help: ArgumentHelp("Environment variable holding the API key (sent as a bearer token; only its name is recorded).",
                               valueName: "var"))
    var apiKeyEnv: String?

    @Option(name: .customLong("header"), help: ArgumentHelp("An extra request header K=V (repeatable; values are never recorded).",
                                                           valueName: "K=V"))
    var headers: [String] = []

    @Option(help: ArgumentHelp("Hardware preset the server runs on.", valueName: "preset"))
    var hardware: String

    @Option(help: ArgumentHelp("GPUs the server uses.", valueName: "n"))
    var gpus: Int

    @Option(help: ArgumentHelp("Seconds a request may wait for its first token.", valueName: "seconds"))
    var requestTimeout: Double = 600

    @Option(help: ArgumentHelp("Seconds without a byte, once tokens flow, before a request is abandoned.", valueName: "seconds"))
    var stallTimeout: Double = 60

    @Option(help: ArgumentHelp("Objectives for goodput, in ms: ttft:500,tpot:50,e2e:20000.", valueName: "list"))
    var slo: String?

    @Option(help: ArgumentHelp("Stop after a level whose median TTFT is above this.", valueName: "ms"))
    var stopTtftMs: Double?

    @Flag(help: "Stop once throughput has saturated (elasticity below 0.1 at two steps in a row).")
    var stopWhenSaturated = false

    @Option(help: ArgumentHelp("The dataset to write (JSON), rewritten after every level.", valueName: "file"))
    var out: String

    @Option(help: ArgumentHelp("Also write one vllm bench serve-keyed result file a level into this folder.", valueName: "dir"))
    var vllmJson: String?

    @Flag(help: "Open the dashboard on --out after the first level; it re-reads the file after every level.")
    var live = false

    var levels: [Int] {
        concurrency.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }

    func validate() throws {
        let parts = concurrency.split(separator: ",", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy({ (Int($0.trimmingCharacters(in: .whitespaces)) ?? 0) >= 1 }) else {
            throw ValidationError("--concurrency takes whole numbers ≥ 1 separated by commas, e.g. 1,2,4,8")
        }
        if (inputTokens == nil) == (dataset == nil) { throw ValidationError("give --input-tokens N (synthetic prompts) or --dataset FILE, one of them") }
        if let inputTokens, inputTokens < 1 { throw ValidationError("--input-tokens must be ≥ 1") }
        if outputTokens < 1 { throw ValidationError("--output-tokens must be ≥ 1") }
        if requestsPerLevel != nil && duration != nil { throw ValidationError("give --requests-per-level or --duration, not both") }
        if let n = requestsPerLevel, n < 1 { throw ValidationError("--requests-per-level must be ≥ 1") }
        if let d = duration, !(d > 0) { throw ValidationError("--duration must be a number of seconds > 0") }
        if let w = warmup, w < 0 { throw ValidationError("--warmup must be ≥ 0") }
        if gpus < 1 { throw ValidationError("--gpus must be a whole number ≥ 1") }
        if !(requestTimeout > 0) || !(stallTimeout > 0) { throw ValidationError("--request-timeout and --stall-timeout must be seconds > 0") }
        if HardwarePresets.named(hardware) == nil {
            throw ValidationError("unknown hardware preset \"\(hardware)\"; expected one of: \(HardwarePresets.builtIn.map(\.name).joined(separator: ", "))")
        }
        if let slo, case .failure(let error) = SLO.parse(slo) { throw ValidationError("--slo: \(error)") }
        for header in headers where !header.contains("=") { throw ValidationError("--header takes K=V, found \"\(header)\"") }
        if let apiKeyEnv, (ProcessInfo.processInfo.environment[apiKeyEnv] ?? "").isEmpty {
            throw ValidationError("--api-key-env \(apiKeyEnv): that environment variable is not set")
        }
        guard url.hasPrefix("http://") || url.hasPrefix("https://") else { throw ValidationError("--url must start with http:// or https://") }
    }

    // Synchronous under the synchronous root (see `blockingAsync`).
    func run() throws {
        let command = self
        try blockingAsync { try await command.sweep() }
    }

    private func sweep() async throws {
        // The client must be shut down on every way out (AsyncHTTPClient traps otherwise).
        let client = LoadClient(connections: levels.max() ?? 1)
        let outcome: Result<Void, any Error>
        do {
            try await measure(with: client)
            outcome = .success(())
        } catch {
            outcome = .failure(error)
        }
        try? await client.shutdown()
        try outcome.get()
    }

    private func measure(with client: LoadClient) async throws {
        let base = StreamRequest.base(url)
        var requestHeaders = headers.map { h in
            let i = h.firstIndex(of: "=")!
            return (String(h[..<i]), String(h[h.index(after: i)...]))
        }
        if let apiKeyEnv, let key = ProcessInfo.processInfo.environment[apiKeyEnv] {
            requestHeaders.append(("Authorization", "Bearer \(key)"))
        }
        let prompts = try loadPrompts()
        if let vllmJson {
            do {
                try FileManager.default.createDirectory(atPath: vllmJson, withIntermediateDirectories: true)
            } catch {
                Output.error("frontier: cannot create the folder \(vllmJson): \(error.localizedDescription)")
                throw ExitCode(1)
            }
        }

        var info: ServerInfo? = nil
        do {
            info = try await ServerInfo.fetch(client, base: base, headers: requestHeaders)
        } catch {
            if model == nil {
                Output.error("frontier: \(error)")
                throw ExitCode(1)
            }
        }
        let modelName = model ?? info!.models[0]
        guard Sanitize.line(modelName) == modelName else {
            Output.error("frontier: the model name the server gave holds control characters; give --model")
            throw ExitCode(1)
        }
        var output = BenchOutput(
            name: "bench \(modelName)", provenance: provenance,
            model: Model(name: modelName, engine: (info?.ownedBy).map(Sanitize.line),
                         notes: Sanitize.line("Measured by frontier bench against \(base)")),
            profile: HardwarePresets.named(hardware)!, gpus: gpus, workload: workloadText,
            sourcePrefix: Sanitize.line("frontier bench \(Frontier.configuration.version), \(Self.timestamp()), \(base) (\(api.rawValue)), model \(modelName), \(workloadText), seed \(seed)"),
            serverHeader: (info?.serverHeader).map(Sanitize.line))

        let setup = Sweep.Setup(
            base: base, api: api, model: modelName, headers: requestHeaders, prompts: prompts, outputTokens: outputTokens,
            ignoreEOS: ignoreEos ?? (dataset == nil), levels: levels, warmup: warmup, measured: requestsPerLevel,
            durationS: duration, timeouts: Timeouts(firstTokenS: requestTimeout, stallS: stallTimeout),
            slo: slo.flatMap { try? SLO.parse($0).get() } ?? SLO(),
            stop: StopRule(ttftLimitMs: stopTtftMs, whenSaturated: stopWhenSaturated))

        let progress = BenchProgress(quiet: live)
        let state = State(output)
        let sweep = Sweep(client: client)
        let outPath = out, vllmDir = vllmJson, api = self.api, openLive = live
        let task = Task {
            await sweep.run(setup, onStart: { progress.start($0) }, onLevel: { report in
                progress.finish(report)
                let snapshot = state.output.withLock { o in
                    o.reports.append(report)
                    return o
                }
                do {
                    try writeAtomically(JSONWriter.write(snapshot.json), to: outPath)
                    if let vllmDir, let file = snapshot.vllm(report, api: api, date: Self.timestamp()) {
                        try writeAtomically(JSONWriter.write(file), to: vllmDir + "/" + Self.vllmFileName(model: modelName, concurrency: report.concurrency))
                    }
                } catch {
                    Output.error("frontier: stopping: the results could not be written")
                    withUnsafeCurrentTask { $0?.cancel() }
                }
                if openLive, state.dashboard.withLock({ $0 == nil }) {
                    state.dashboard.withLock { $0 = Self.openDashboard(on: outPath) }
                }
            }, onWarning: { Output.error("frontier: \($0)") })
        }
        let interrupts = Self.onInterrupt(state) { task.cancel() }
        let watcher = Task {
            // Quitting the live dashboard stops the sweep too; a finished sweep waits for it.
            while let pid = state.dashboard.withLock({ $0 }) ?? (openLive && !Task.isCancelled ? 0 : nil) {
                var status: Int32 = 0
                if pid > 0, waitpid(pid, &status, WNOHANG) == pid {
                    state.dashboardClosed.store(true, ordering: .relaxed)
                    task.cancel()
                    return
                }
                try? await Task.sleep(for: .milliseconds(100))
            }
        }
        let ticker = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(500))
                progress.tick()
            }
        }
        let end = await task.value
        ticker.cancel()
        interrupts.cancel()
        if state.dashboard.withLock({ $0 }) == nil { watcher.cancel() }
        if live && end != .cancelled { Output.error("frontier: the sweep has ended; quit the dashboard to exit") }
        await watcher.value
        output = state.output.withLock { $0 }
        try finish(end, output: output, dashboardClosed: state.dashboardClosed.load(ordering: .relaxed))
    }

    private func finish(_ end: Sweep.End, output: BenchOutput, dashboardClosed: Bool) throws {
        let kept = output.dataset.runs.count
        let summary = "\(kept) level(s) written to \(out)"
        switch end {
        case .completed:
            Output.error("frontier: sweep complete: \(summary)")
        case .stopped(let reason):
            Output.error("frontier: stopped early: \(reason); \(summary)")
        case .notReady(let level, let failure):
            Output.error("frontier: the ready-check request before c=\(level) failed (\(failure)); \(summary)")
            throw ExitCode(1)
        case .cancelled:
            Output.error("frontier: \(dashboardClosed ? "the dashboard was closed" : "interrupted"); the level in progress was dropped; \(summary)")
            if !dashboardClosed { throw ExitCode(130) }
        }
    }

    private var workloadText: String {
        if let inputTokens { return "\(inputTokens) in / \(outputTokens) out synthetic prompts" }
        return "prompts from \((dataset! as NSString).lastPathComponent), \(outputTokens) out"
    }

    /// The command line as given, but header values hidden (they may hold credentials);
    /// an API key is only ever named by its variable.
    private var provenance: String {
        var words: [String] = ["frontier"]
        var hideNext = false
        for word in CommandLine.arguments.dropFirst() {
            if hideNext {
                words.append(word.split(separator: "=", maxSplits: 1).first.map { "\($0)=…" } ?? "…")
                hideNext = false
            } else if word.hasPrefix("--header=") {
                words.append("--header=" + (word.dropFirst(9).split(separator: "=", maxSplits: 1).first.map { "\($0)=…" } ?? "…"))
            } else {
                hideNext = word == "--header"
                words.append(word)
            }
        }
        return Sanitize.line("Measured by frontier bench \(Frontier.configuration.version): " + words.joined(separator: " "))
    }

    private func loadPrompts() throws -> Prompts {
        guard let dataset else { return Prompts(source: .synthetic(tokens: inputTokens!), seed: seed) }
        guard let data = FileManager.default.contents(atPath: dataset) else {
            Output.error("frontier: cannot read \(dataset)")
            throw ExitCode(1)
        }
        var prompts: [String] = []
        for (i, line) in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).enumerated() {
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            guard let prompt = (object?["prompt"] ?? object?["text"]) as? String, !prompt.isEmpty else {
                Output.error("frontier: \(dataset) line \(i + 1): expected a JSON object with a \"prompt\" string")
                throw ExitCode(1)
            }
            prompts.append(prompt)
        }
        guard !prompts.isEmpty else {
            Output.error("frontier: \(dataset) holds no prompts; expected JSON lines {\"prompt\": \"…\"}")
            throw ExitCode(1)
        }
        return Prompts(source: .dataset(prompts), seed: seed)
    }

    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }

    static func vllmFileName(model: String, concurrency: Int) -> String {
        let safe = String(model.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." ? $0 : "_" })
        return "vllm-\(safe)-concurrency\(concurrency).json"
    }

    /// What the sweep's callbacks share with the command.
    final class State: Sendable {
        let output: Mutex<BenchOutput>
        /// The live dashboard's process, once it is open.
        let dashboard = Mutex<pid_t?>(nil)
        let dashboardClosed = Atomic<Bool>(false)
        let interrupts = Atomic<Int>(0)

        init(_ output: BenchOutput) {
            self.output = Mutex(output)
        }
    }

    /// SIGINT: the first calls `stop`, a second exits at once.
    private static func onInterrupt(_ state: State, _ stop: @escaping @Sendable () -> Void) -> any DispatchSourceSignal {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            if state.interrupts.add(1, ordering: .relaxed).newValue == 1 {
                Output.error("\nfrontier: stopping (Ctrl-C again to quit at once)")
                stop()
            } else {
                _exit(130)
            }
        }
        source.resume()
        return source
    }

    /// The dashboard as a child process on this terminal, watching `path`.
    private static func openDashboard(on path: String) -> pid_t? {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let argv: [String] = [executable, path]
        let args: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { args.forEach { free($0) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, executable, nil, nil, args, environ) == 0 else {
            Output.error("frontier: cannot open the dashboard (\(executable))")
            return nil
        }
        return pid
    }
}
