import Foundation
import FrontierCore

/// What becomes of one request, decided from its number and the seed alone: the same
/// seed replays the same lengths and the same failures, whatever the timing.
public struct RequestPlan: Sendable, Equatable {
    public enum FinishReason: String, Sendable {
        case stop, length
    }

    public enum Failure: Sendable, Equatable {
        case http500
        /// The connection closes after this many tokens.
        case midstream(afterTokens: Int)
        /// An SSE error event after this many tokens.
        case errorEvent(afterTokens: Int)
    }

    /// The answer's length had it not failed.
    public var outputTokens: Int
    public var finishReason: FinishReason
    public var failure: Failure?

    /// Tokens the model generates: the whole answer, or those before the failure.
    public var tokensToRun: Int {
        switch failure {
        case nil, .http500: outputTokens
        case .midstream(let n), .errorEvent(let n): n
        }
    }
}

extension SimConfig {
    /// Whether request number `n` (1 for the first generation request the server accepts
    /// for parsing, counting on) fails: a seeded draw per number against `failRate`.
    public func fails(requestNumber n: Int) -> Bool {
        failRate > 0 && unit(n, stream: 0xFA11) < failRate
    }

    /// The plan of request number `n`. `ignore_eos` runs to `maxTokens`; otherwise `eos`
    /// decides, never below `minTokens`. A failing answer breaks after half its tokens (at least one).
    public func plan(requestNumber n: Int, maxTokens: Int, minTokens: Int, ignoreEOS: Bool) -> RequestPlan {
        var length = maxTokens
        if !ignoreEOS, case .geometric(let mean) = eos {
            length = min(maxTokens, max(minTokens, Self.geometric(mean: mean, unit: unit(n, stream: 0xE05))))
        }
        var plan = RequestPlan(outputTokens: length, finishReason: length < maxTokens ? .stop : .length, failure: nil)
        if fails(requestNumber: n) {
            let cut = max(1, length / 2)
            switch failMode {
            case .http500: plan.failure = .http500
            case .midstream: plan.failure = .midstream(afterTokens: cut)
            case .errorEvent: plan.failure = .errorEvent(afterTokens: cut)
            }
        }
        return plan
    }

    /// Tokens until end of sequence when each token ends it with probability 1/mean: the
    /// inverse of the geometric distribution's CDF at `unit` ∈ [0, 1), so 1, 2, … with mean `mean`.
    static func geometric(mean: Double, unit: Double) -> Int {
        guard mean > 1 else { return 1 }
        return 1 + Int(log1p(-unit) / log1p(-1 / mean))
    }

    /// A generator of its own for each request number and purpose, so draws never depend on order.
    private func unit(_ n: Int, stream: UInt64) -> Double {
        var generator = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: n) &* 0xD1B5_4A32_D192_ED03) ^ (stream &* 0x9E37_79B9_7F4A_7C15))
        return generator.unit()
    }
}
