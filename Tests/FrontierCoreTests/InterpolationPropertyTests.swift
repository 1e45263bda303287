import Testing
@testable import FrontierCore

/// Interpolation over seeded random series; a failure names its seed.
@Suite struct InterpolationPropertyTests {
    static let seeds: Range<UInt64> = 0..<500

    /// Ascending distinct levels: powers of two, or a random geometric walk.
    static func levels(_ rng: inout SplitMix64) -> [Double] {
        let count = 1 + rng.int(8)
        if rng.bool() {
            let first = rng.int(4)
            return (0..<count).map { Double(1 << (first + $0)) }
        }
        var level = rng.uniform(0.5, 4)
        var out: [Double] = []
        for _ in 0..<count {
            out.append(level)
            level *= rng.uniform(1.01, 4)
        }
        return out
    }

    @Test func measuredLevelsAreHitExactly() {
        for seed in Self.seeds {
            var rng = SplitMix64(seed: seed)
            let levels = Self.levels(&rng)
            let values = levels.map { _ in rng.uniform(-100, 100) }
            for (i, level) in levels.enumerated() {
                let p = Placement(level, in: levels)
                #expect(p == .measured(i), "seed \(seed): level \(level) placed at \(p)")
                #expect(p.value(values) == values[i], "seed \(seed): level \(i)")
            }
        }
    }

    @Test func betweenPlacementsLieBetweenTheirNeighbours() {
        for seed in Self.seeds {
            var rng = SplitMix64(seed: seed)
            let levels = Self.levels(&rng)
            guard levels.count >= 2 else { continue }
            for _ in 0..<20 {
                let c = levels[0] * rng.uniform(1, levels.last! / levels[0])
                switch Placement(c, in: levels) {
                case .between(let lower, let t):
                    #expect(levels[lower] < c && c < levels[lower + 1] && t > 0 && t < 1,
                            "seed \(seed): \(c) placed between \(levels[lower]) and \(levels[lower + 1]) at t = \(t)")
                case .measured(let i):
                    #expect(levels[i] == c, "seed \(seed): \(c) measured at \(levels[i])")
                case .clamped:
                    Issue.record("seed \(seed): \(c) within \(levels.first!)…\(levels.last!) clamped")
                }
            }
        }
    }

    @Test func outsideTheRangeClampsToTheEndValues() {
        for seed in Self.seeds {
            var rng = SplitMix64(seed: seed)
            let levels = Self.levels(&rng)
            let values = levels.map { _ in rng.uniform(-100, 100) }
            let below = Placement(levels[0] * rng.uniform(0.01, 0.99), in: levels)
            let above = Placement(levels.last! * rng.uniform(1.01, 100), in: levels)
            #expect(below == .clamped(0) && below.value(values) == values[0], "seed \(seed): below")
            #expect(above == .clamped(levels.count - 1) && above.value(values) == values.last!, "seed \(seed): above")
        }
    }

    /// Between two neighbours that rise (or fall), the interpolated value rises (or falls)
    /// with concurrency and stays within them; over a monotone series, the whole curve,
    /// clamped ends included, is monotone.
    @Test func monotoneBetweenMonotoneNeighbours() {
        for seed in Self.seeds {
            var rng = SplitMix64(seed: seed)
            let levels = Self.levels(&rng)
            guard levels.count >= 2 else { continue }
            let rising = rng.bool()
            var values: [Double] = []
            var v = rng.uniform(-10, 10)
            for _ in levels {
                values.append(v)
                v += rising ? rng.uniform(0, 5) : -rng.uniform(0, 5)
            }
            let cs = (0..<60).map { _ in levels[0] * rng.uniform(0.5, 2 * levels.last! / levels[0]) }.sorted()
            let ys = cs.map { Placement($0, in: levels).value(values) }
            for k in 1..<ys.count {
                let ok = rising ? ys[k - 1] <= ys[k] : ys[k - 1] >= ys[k]
                #expect(ok, "seed \(seed): value \(ys[k - 1]) at \(cs[k - 1]) then \(ys[k]) at \(cs[k]) (rising: \(rising))")
            }
            for (c, y) in zip(cs, ys) {
                #expect(y >= values.min()! && y <= values.max()!, "seed \(seed): \(y) at \(c) outside the measured values")
                if case .between(let lo, _) = Placement(c, in: levels) {
                    let a = values[lo], b = values[lo + 1]
                    #expect(y >= min(a, b) && y <= max(a, b), "seed \(seed): \(y) at \(c) outside neighbours \(a), \(b)")
                }
            }
        }
    }

    /// Linear in log2(c): the value at the geometric mean of two neighbours is their mean.
    @Test func geometricMeanGivesTheMean() {
        for seed in Self.seeds {
            var rng = SplitMix64(seed: seed)
            let levels = Self.levels(&rng)
            guard levels.count >= 2 else { continue }
            let values = levels.map { _ in rng.uniform(-100, 100) }
            let i = rng.int(levels.count - 1)
            let mid = (levels[i] * levels[i + 1]).squareRoot()
            #expect(close(Placement(mid, in: levels).value(values), (values[i] + values[i + 1]) / 2, rel: 1e-9, abs: 1e-9),
                    "seed \(seed): between levels \(i) and \(i + 1)")
        }
    }
}
