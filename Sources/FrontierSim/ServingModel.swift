import FrontierCore

/// A continuous-batching inference server reduced to its schedule: no weights, no tokens,
/// only when each sequence gets its next token.
///
/// Each step admits waiting requests first come, first served, while fewer than `S` run
/// and the step's prefill budget `B` lasts (a prompt longer than what is left is prefilled
/// in chunks over several steps); every sequence past its prefill decodes one token. A
/// step lasts `a + b·decoding + p·prefill tokens`. A request's first token comes at the end
/// of the step that finishes its prefill; it is done after `outputTokens` tokens.
///
/// The model keeps its own clock and never reads a real one, so a test runs it as fast
/// as it computes, and the server maps it onto real time:
///
/// ```swift
/// var model = ServingModel(parameters)
/// _ = model.submit(.init(id: 1, promptTokens: 5000, outputTokens: 500))
/// var end = model.beginStep(at: 0)          // 0.406 s: a + p·5000
/// while end != nil {
///     for emission in model.endStep() { … }  // one token for request 1 per step
///     end = model.beginStep(at: model.now)
/// }
/// ```
public struct ServingModel: Sendable {
    public struct Parameters: Sendable, Equatable {
        /// `a`: the fixed cost of a step, seconds.
        public var stepBase: Double
        /// `b`: seconds a step takes longer for each decoding sequence.
        public var perDecode: Double
        /// `p`: seconds a step takes longer for each prompt token prefilled in it.
        public var perPrefillToken: Double
        /// `S`: the most sequences running at once.
        public var maxRunning: Int
        /// `B`: the most prompt tokens prefilled in one step.
        public var prefillBudget: Int
        /// `Q`: the most requests left waiting once `S` run; one more is rejected (HTTP 429).
        public var queueLimit: Int
        /// Each step's time is scaled by a seeded uniform factor in [1 − jitter, 1 + jitter).
        public var jitter: Double
        public var seed: UInt64

        public init(stepBase: Double, perDecode: Double, perPrefillToken: Double, maxRunning: Int,
                    prefillBudget: Int, queueLimit: Int, jitter: Double = 0, seed: UInt64 = 0) {
            self.stepBase = stepBase
            self.perDecode = perDecode
            self.perPrefillToken = perPrefillToken
            self.maxRunning = maxRunning
            self.prefillBudget = prefillBudget
            self.queueLimit = queueLimit
            self.jitter = jitter
            self.seed = seed
        }

        /// Seconds a step takes with `decoding` sequences decoding and `prefillTokens` prefilled, before jitter.
        public func stepTime(decoding: Int, prefillTokens: Int) -> Double {
            stepBase + perDecode * Double(decoding) + perPrefillToken * Double(prefillTokens)
        }
    }

    public struct Request: Sendable, Equatable {
        public var id: Int
        public var promptTokens: Int
        public var outputTokens: Int

        public init(id: Int, promptTokens: Int, outputTokens: Int) {
            self.id = id
            self.promptTokens = promptTokens
            self.outputTokens = outputTokens
        }
    }

    /// A sequence got a token at the end of a step: `tokens` is how many it has now.
    public struct Emission: Sendable, Equatable {
        public var id: Int
        public var tokens: Int
        public var finished: Bool

        public init(id: Int, tokens: Int, finished: Bool) {
            self.id = id
            self.tokens = tokens
            self.finished = finished
        }
    }

    /// What one step does, as planned when it begins.
    public struct Step: Sendable, Equatable {
        public var start: Double
        public var end: Double
        public var decoding: Int
        public var prefillTokens: Int
    }

    private struct Sequence {
        var request: Request
        var prefilled = 0
        var emitted = 0
        /// Prompt tokens this sequence prefills in the current step.
        var prefillInStep = 0
        var decodesInStep = false
    }

    public let parameters: Parameters
    /// The model's clock, seconds: the end of the last step, or when an idle model last began one.
    public private(set) var now: Double = 0
    /// The step under way, if any.
    public private(set) var step: Step?
    /// The most requests held at once (running and waiting) since the model began.
    public private(set) var maxInFlight = 0
    private var running: [Sequence] = []
    private var waiting: [Sequence] = []
    private var waitingHead = 0
    /// Steps begun so far: each step's jitter is drawn from its own number.
    private var steps: UInt64 = 0

    public init(_ parameters: Parameters) {
        self.parameters = parameters
    }

    public var runningCount: Int { running.count }
    public var waitingCount: Int { waiting.count - waitingHead }
    public var isIdle: Bool { step == nil }

    /// Queues a request for the next step, or refuses it (false) when it would wait
    /// behind `Q` others already waiting beyond the `S` slots.
    public mutating func submit(_ request: Request) -> Bool {
        precondition(request.promptTokens >= 1 && request.outputTokens >= 1, "a request prefills and emits at least one token")
        let held = running.count + waitingCount
        guard held < parameters.maxRunning + parameters.queueLimit else { return false }
        waiting.append(Sequence(request: request))
        maxInFlight = max(maxInFlight, held + 1)
        return true
    }

    /// Drops a request wherever it is (the client went away). A step under way keeps its
    /// planned length: the work was already sent to the GPU. False if it was not held.
    @discardableResult
    public mutating func cancel(id: Int) -> Bool {
        if let i = running.firstIndex(where: { $0.request.id == id }) {
            running.remove(at: i)
            return true
        }
        if let i = waiting[waitingHead...].firstIndex(where: { $0.request.id == id }) {
            waiting.remove(at: i)
            return true
        }
        return false
    }

    /// Plans the next step at `time` (or at `now` if that is later) and returns when it ends;
    /// nil when a step is already under way or there is nothing to do.
    public mutating func beginStep(at time: Double) -> Double? {
        guard step == nil else { return nil }
        var budget = parameters.prefillBudget, decoding = 0
        for i in running.indices {
            if running[i].prefilled == running[i].request.promptTokens {
                running[i].decodesInStep = true
                decoding += 1
            } else if budget > 0 {
                let chunk = min(running[i].request.promptTokens - running[i].prefilled, budget)
                running[i].prefillInStep = chunk
                budget -= chunk
            }
        }
        while budget > 0, running.count < parameters.maxRunning, waitingHead < waiting.count {
            var admitted = waiting[waitingHead]
            waitingHead += 1
            admitted.prefillInStep = min(admitted.request.promptTokens, budget)
            budget -= admitted.prefillInStep
            running.append(admitted)
        }
        compactWaiting()
        let prefillTokens = parameters.prefillBudget - budget
        guard decoding > 0 || prefillTokens > 0 else { return nil }
        let start = max(time, now)
        var length = parameters.stepTime(decoding: decoding, prefillTokens: prefillTokens)
        if parameters.jitter > 0 {
            var random = SplitMix64(seed: parameters.seed ^ (steps &* 0x9E37_79B9_7F4A_7C15))
            length *= random.uniform(1 - parameters.jitter, 1 + parameters.jitter)
        }
        steps += 1
        step = Step(start: start, end: start + length, decoding: decoding, prefillTokens: prefillTokens)
        return start + length
    }

    /// Completes the step under way: moves the clock to its end and returns the tokens it
    /// produced, in admission order. Finished sequences leave the batch.
    public mutating func endStep() -> [Emission] {
        guard let current = step else { return [] }
        step = nil
        now = current.end
        var emissions: [Emission] = []
        emissions.reserveCapacity(running.count)
        for i in running.indices {
            let emits: Bool
            if running[i].decodesInStep {
                emits = true
            } else if running[i].prefillInStep > 0 {
                running[i].prefilled += running[i].prefillInStep
                emits = running[i].prefilled == running[i].request.promptTokens
            } else {
                emits = false
            }
            running[i].decodesInStep = false
            running[i].prefillInStep = 0
            guard emits else { continue }
            running[i].emitted += 1
            emissions.append(Emission(id: running[i].request.id, tokens: running[i].emitted,
                                      finished: running[i].emitted == running[i].request.outputTokens))
        }
        running.removeAll { $0.emitted == $0.request.outputTokens }
        return emissions
    }

    /// Drops the admitted prefix of the waiting array once it is half of it, so queueing stays O(1) amortised.
    private mutating func compactWaiting() {
        if waitingHead == waiting.count {
            waiting.removeAll(keepingCapacity: true)
            waitingHead = 0
        } else if waitingHead > 64, waitingHead * 2 > waiting.count {
            waiting.removeFirst(waitingHead)
            waitingHead = 0
        }
    }
}
