import FrontierCore

/// A closed-loop concurrency sweep against one endpoint: for each level a ready-check
/// request, then `LevelRunner`'s warm-up, measured requests and fillers; after each level
/// the stop rules decide whether to go on.
///
/// ```swift
/// let sweep = Sweep(setup, client: LoadClient(connections: 64))
/// let end = await sweep.run(onStart: { runner in … }, onLevel: { report in … })
/// ```
public final class Sweep: Sendable {
    public struct Setup: Sendable {
        public var base: String
        public var api: API
        public var model: String
        public var headers: [(String, String)]
        public var prompts: Prompts
        public var outputTokens: Int
        public var ignoreEOS: Bool
        public var levels: [Int]
        public var warmup: Int?
        public var measured: Int?
        public var durationS: Double?
        public var timeouts: Timeouts
        public var slo: SLO
        public var stop: StopRule

        public init(base: String, api: API, model: String, headers: [(String, String)], prompts: Prompts,
                    outputTokens: Int, ignoreEOS: Bool, levels: [Int], warmup: Int? = nil, measured: Int? = nil,
                    durationS: Double? = nil, timeouts: Timeouts = Timeouts(), slo: SLO = SLO(), stop: StopRule = StopRule()) {
            self.base = base
            self.api = api
            self.model = model
            self.headers = headers
            self.prompts = prompts
            self.outputTokens = outputTokens
            self.ignoreEOS = ignoreEOS
            self.levels = levels
            self.warmup = warmup
            self.measured = measured
            self.durationS = durationS
            self.timeouts = timeouts
            self.slo = slo
            self.stop = stop
        }
    }

    /// How a sweep ended.
    public enum End: Sendable, Equatable {
        case completed
        /// A stop rule ended it after a level.
        case stopped(String)
        /// The ready check before a level failed in a way no level could measure.
        case notReady(level: Int, FailureReason)
        case cancelled
    }

    public let client: LoadClient

    public init(client: LoadClient) {
        self.client = client
    }

    /// Runs the levels in order. `onStart` gets each level's runner (for progress);
    /// `onLevel` each finished level's report; `onWarning` what the sweep changed on its
    /// own (EOS dropped after a 400).
    public func run(_ initial: Setup, onStart: @Sendable (LevelRunner) -> Void,
                    onLevel: @Sendable (LevelReport) async -> Void,
                    onWarning: @Sendable (String) -> Void) async -> End {
        var setup = initial
        var reports: [LevelReport] = []
        let lag = ClientLag(group: client.eventLoopGroup)
        defer { lag.stop() }
        for (levelIndex, c) in setup.levels.enumerated() {
            var check = await client.stream(request(setup, level: levelIndex, index: -1), timeouts: setup.timeouts)
            if check.failure == .http(400) && setup.ignoreEOS {
                setup.ignoreEOS = false
                onWarning("the server refused ignore_eos / min_tokens (HTTP 400); sending without them, so outputs may stop early at EOS")
                check = await client.stream(request(setup, level: levelIndex, index: -1), timeouts: setup.timeouts)
            }
            if Task.isCancelled { return .cancelled }
            if let failure = check.failure, Self.isFatal(failure) { return .notReady(level: c, failure) }
            if levelIndex == 0, let tokens = check.promptTokens { setup.prompts.calibrate(promptTokens: tokens) }

            let runner = LevelRunner(plan: LevelPlan(concurrency: c, warmup: setup.warmup, measured: setup.measured,
                                                     durationS: setup.durationS))
            onStart(runner)
            let fixed = setup, client = self.client
            guard let outcome = await runner.run(lag: lag, make: { Self.request(fixed, level: levelIndex, index: $0) },
                                                 send: { await client.stream($0, timeouts: fixed.timeouts) }) else {
                return .cancelled
            }
            let report = LevelReport(outcome, slo: setup.slo)
            reports.append(report)
            await onLevel(report)
            if let reason = setup.stop.reason(after: reports) { return .stopped(reason) }
        }
        return .completed
    }

    /// A ready check that failed so ends the sweep: the server cannot be reached, does not
    /// answer, or refuses the request itself (wrong path, model or key). A server error
    /// or a broken stream is what a level measures, and the level goes ahead.
    static func isFatal(_ failure: FailureReason) -> Bool {
        switch failure {
        case .connect, .firstTokenTimeout: true
        case .http(let status): (400..<500).contains(status) && status != 429
        case .stallTimeout, .errorEvent, .truncated: false
        }
    }

    private func request(_ setup: Setup, level: Int, index: Int) -> StreamRequest {
        Self.request(setup, level: level, index: index)
    }

    static func request(_ setup: Setup, level: Int, index: Int) -> StreamRequest {
        StreamRequest.generation(base: setup.base, api: setup.api, model: setup.model,
                                 prompt: setup.prompts.prompt(level: level, index: index), maxTokens: setup.outputTokens,
                                 ignoreEOS: setup.ignoreEOS, headers: setup.headers)
    }
}
