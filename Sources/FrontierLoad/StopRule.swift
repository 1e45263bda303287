import FrontierCore

/// When a sweep ends before its last level (the completed levels are kept): more than half
/// the requests failed, the median TTFT passed a limit, or throughput saturated (ε below
/// `Principles.saturationElasticity` at two steps in a row).
public struct StopRule: Sendable {
    public static let maxErrorRate = 0.5

    public var ttftLimitMs: Double?
    public var whenSaturated: Bool

    public init(ttftLimitMs: Double? = nil, whenSaturated: Bool = false) {
        self.ttftLimitMs = ttftLimitMs
        self.whenSaturated = whenSaturated
    }

    /// Why to stop after the last of `levels`, or nil to go on.
    public func reason(after levels: [LevelReport]) -> String? {
        guard let last = levels.last else { return nil }
        if last.errorRate > Self.maxErrorRate {
            return "\(Int((last.errorRate * 100).rounded())) % of the requests at c=\(last.concurrency) failed (more than \(Int(Self.maxErrorRate * 100)) %)"
        }
        if let limit = ttftLimitMs, let p50 = last.percentile("ttft", 50), p50 > limit {
            return "TTFT p50 \(Format.significant(p50, digits: 3)) ms at c=\(last.concurrency) is above --stop-ttft-ms \(Format.significant(limit, digits: 3))"
        }
        if whenSaturated {
            let kept = levels.filter { $0.requests > 0 }
            let e = Principles.elasticities(levels: kept.map { Double($0.concurrency) }, throughputs: kept.map(\.requestThroughput))
            if e.count >= 3, let a = e[e.count - 2], let b = e[e.count - 1],
               a < Principles.saturationElasticity, b < Principles.saturationElasticity {
                return "throughput saturated: elasticity \(Format.significant(a, digits: 2)) then \(Format.significant(b, digits: 2)) (below \(Principles.saturationElasticity) twice)"
            }
        }
        return nil
    }
}
