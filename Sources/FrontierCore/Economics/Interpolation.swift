import Foundation

/// Where a concurrency falls among a series' measured levels.
public enum Placement: Equatable, Sendable {
    /// Exactly a measured level.
    case measured(Int)
    /// Between levels `lower` and `lower + 1`, a fraction `t` of the way in log2(c).
    case between(lower: Int, t: Double)
    /// Outside the measured range: the nearest level's figures stand in, marked, never
    /// extrapolated.
    case clamped(Int)

    /// Finds `concurrency` among ascending `levels` (non-empty) by binary search.
    public init(_ concurrency: Double, in levels: [Double]) {
        precondition(!levels.isEmpty, "a series has at least one level")
        if concurrency <= levels[0] {
            self = concurrency == levels[0] ? .measured(0) : .clamped(0)
            return
        }
        let last = levels.count - 1
        if concurrency >= levels[last] {
            self = concurrency == levels[last] ? .measured(last) : .clamped(last)
            return
        }
        var lo = 0, hi = last   // levels[lo] < c < levels[hi]
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if levels[mid] == concurrency { self = .measured(mid); return }
            if levels[mid] < concurrency { lo = mid } else { hi = mid }
        }
        let t = (log2(concurrency) - log2(levels[lo])) / (log2(levels[hi]) - log2(levels[lo]))
        self = .between(lower: lo, t: t)
    }

    public var isClamped: Bool {
        if case .clamped = self { return true }
        return false
    }

    /// The value at this placement, linear in log2(c) between neighbours. A figure not
    /// measured (NaN) at a neighbour it needs gives NaN.
    public func value(_ values: [Double]) -> Double { value { values[$0] } }

    /// The value at this placement of the figure `level(i)` gives at each measured level.
    public func value(_ level: (Int) -> Double) -> Double {
        switch self {
        case .measured(let i), .clamped(let i): level(i)
        case .between(let lo, let t): level(lo) + (level(lo + 1) - level(lo)) * t
        }
    }
}
