import FrontierCore

/// Everything `frontier serve-sim` can be told: the latency model, how it maps onto real
/// time, and how the simulated server answers (failures, chunking, usage, end of sequence).
///
/// ```swift
/// var config = SimConfig.preset("h100x2-llama70b")!
/// config.timeScale = 0.01          // a hundred times faster than the GPU it models
/// let server = try await SimServer.start(config: config)
/// ```
public struct SimConfig: Sendable, Equatable {
    public enum FailMode: String, Sendable, CaseIterable {
        /// HTTP 500 at once, before any work.
        case http500
        /// The connection closes halfway through the answer, with no `[DONE]`.
        case midstream
        /// Halfway through, an SSE `error` event, then `[DONE]` (as vLLM reports an engine error).
        case errorEvent = "error-event"
    }

    public enum RoleChunk: String, Sendable, CaseIterable {
        /// The role rides on the first token's chunk (chat only).
        case firstToken = "first-token"
        /// A role-only chunk goes out as soon as the request is accepted, before any token:
        /// vLLM's behaviour, which makes a naive TTFT read about 0.
        case immediate
    }

    public enum Usage: String, Sendable, CaseIterable {
        /// A usage chunk when the request asks (`stream_options.include_usage`); always in whole answers.
        case requested
        /// Never any usage, whatever the request asks.
        case never
    }

    /// How an answer ends when the request lets it (no `ignore_eos`).
    public enum EOS: Sendable, Equatable {
        /// Only `max_tokens` ends an answer.
        case never
        /// A seeded geometric length with this mean, at least `min_tokens`, at most `max_tokens`.
        case geometric(meanTokens: Double)
    }

    /// The model name `/v1/models` lists and requests must name.
    public var modelName: String
    /// `a`, `b`, `p` (seconds), `S`, `B`, `Q`, jitter: see `ServingModel.Parameters`.
    public var stepBase: Double
    public var perDecode: Double
    public var perPrefillToken: Double
    public var maxRunning: Int
    public var prefillBudget: Int
    public var queueLimit: Int
    public var jitter: Double = 0
    /// Longest prompt plus answer a request may ask for (HTTP 400 beyond).
    public var maxModelLength: Int
    /// The answer's length limit when a request sets no `max_tokens`.
    public var defaultMaxTokens: Int = 1024
    /// Real seconds per simulated second: 1 is the modelled GPU's speed, 0.01 a hundred times faster.
    public var timeScale: Double = 1
    /// Seeds the jitter, the failures and the answer lengths: the same seed gives the same run.
    public var seed: UInt64 = 0
    /// The share of requests that fail, decided per request number (`fails(requestNumber:)`).
    public var failRate: Double = 0
    public var failMode: FailMode = .http500
    public var roleChunk: RoleChunk = .firstToken
    /// Tokens per SSE event (the last event of an answer may carry fewer).
    public var tokensPerChunk: Int = 1
    public var usage: Usage = .requested
    public var eos: EOS = .geometric(meanTokens: 256)
    /// Where the figures come from: printed by `serve-sim` and in `/v1/models`.
    public var provenance: String

    public init(modelName: String, stepBase: Double, perDecode: Double, perPrefillToken: Double,
                maxRunning: Int, prefillBudget: Int, queueLimit: Int, maxModelLength: Int, provenance: String) {
        self.modelName = modelName
        self.stepBase = stepBase
        self.perDecode = perDecode
        self.perPrefillToken = perPrefillToken
        self.maxRunning = maxRunning
        self.prefillBudget = prefillBudget
        self.queueLimit = queueLimit
        self.maxModelLength = maxModelLength
        self.provenance = provenance
    }

    public var parameters: ServingModel.Parameters {
        .init(stepBase: stepBase, perDecode: perDecode, perPrefillToken: perPrefillToken, maxRunning: maxRunning,
              prefillBudget: prefillBudget, queueLimit: queueLimit, jitter: jitter, seed: seed)
    }

    /// What is wrong with the settings, one sentence each naming the setting; empty when they can run.
    public var problems: [String] {
        var found: [String] = []
        func check(_ ok: Bool, _ message: String) { if !ok { found.append(message) } }
        check(!modelName.isEmpty && modelName.utf8.allSatisfy { (0x21...0x7E).contains($0) },
              "model name must be printable ASCII without spaces (got \"\(Sanitize.line(modelName))\")")
        check(stepBase >= 0 && stepBase.isFinite, "step time a must be ≥ 0 ms (got \(stepBase * 1e3))")
        check(perDecode >= 0 && perDecode.isFinite, "per-decode time b must be ≥ 0 ms (got \(perDecode * 1e3))")
        check(perPrefillToken >= 0 && perPrefillToken.isFinite, "per-prefill-token time p must be ≥ 0 ms (got \(perPrefillToken * 1e3))")
        check(stepBase + perDecode + perPrefillToken > 0, "a, b and p cannot all be 0: steps would take no time")
        check(maxRunning >= 1, "max running S must be ≥ 1 (got \(maxRunning))")
        check(prefillBudget >= 1, "prefill budget B must be ≥ 1 token (got \(prefillBudget))")
        check(queueLimit >= 0, "queue limit Q must be ≥ 0 (got \(queueLimit))")
        check(jitter >= 0 && jitter < 1, "jitter must be in [0, 1) (got \(jitter))")
        check(maxModelLength >= 2, "max model length must be ≥ 2 tokens (got \(maxModelLength))")
        check(defaultMaxTokens >= 1, "default max tokens must be ≥ 1 (got \(defaultMaxTokens))")
        check(timeScale > 0 && timeScale.isFinite, "time scale must be > 0 (got \(timeScale))")
        check(failRate >= 0 && failRate <= 1, "fail rate must be in [0, 1] (got \(failRate))")
        check(tokensPerChunk >= 1, "tokens per chunk must be ≥ 1 (got \(tokensPerChunk))")
        if case .geometric(let mean) = eos { check(mean >= 1 && mean <= 1e9, "EOS mean length must be 1 to 1e9 tokens (got \(mean))") }
        return found
    }
}
