@testable import FrontierCore

/// Relative closeness, for figures computed in floating point and checked against
/// hand-computed literals.
func close(_ a: Double, _ b: Double, rel: Double = 1e-9, abs absolute: Double = 1e-12) -> Bool {
    Swift.abs(a - b) <= max(absolute, rel * max(Swift.abs(a), Swift.abs(b)))
}

func close(_ a: Double?, _ b: Double, rel: Double = 1e-9, abs absolute: Double = 1e-12) -> Bool {
    guard let a else { return false }
    return close(a, b, rel: rel, abs: absolute)
}

/// The pairs of points for the frontier tests, drawn either from a small grid (so that
/// ties and identical points are common) or from a continuum.
func randomPoints(_ rng: inout SplitMix64) -> (costs: [Double], qualities: [Double]) {
    let n = 1 + rng.int(24)
    let grid = rng.bool()
    var costs: [Double] = [], qualities: [Double] = []
    for _ in 0..<n {
        if grid {
            costs.append(Double(1 + rng.int(5)) * 0.25)
            qualities.append(Double(40 + 5 * rng.int(5)))
        } else {
            costs.append(rng.uniform(0.01, 10))
            qualities.append(rng.uniform(0, 100))
        }
    }
    return (costs, qualities)
}

/// Brute force: the indices no other point dominates.
func referenceFrontier(costs: [Double], qualities: [Double]) -> Set<Int> {
    Set(costs.indices.filter { i in
        !costs.indices.contains { j in
            Frontier.dominates(cost: costs[j], quality: qualities[j], cost: costs[i], quality: qualities[i])
        }
    })
}

/// A run with the figures the analysis uses.
func makeRun(_ model: String, hardware: String = "H100", gpus: Int = 1, c: Double, rps: Double,
             tokens: Double? = nil, ttft: Double? = nil) -> Run {
    var run = Run(model: model, hardware: hardware, gpus: gpus, concurrency: c)
    run[.requestThroughput] = rps
    run[.outputTokensPerS] = tokens
    run[.meanTTFTms] = ttft
    return run
}

/// The hand-built dataset of the analysis tests. One H100 rented at $2/h; a workload of
/// 3600 requests, so that a workload's cost is 2 × (3600 / rps) / 3600 = 2 / rps dollars.
///
/// | model | quality | c=1 | c=2 | c=4 | c=8 | (req/s)
/// |-------|---------|-----|-----|-----|-----|
/// | A     | 80      | 1   | 2   | 3   | 3.2 | tok/s = 100 × rps, TTFT 100/150/300/900 ms
/// | B     | 70      | 2   | 4   | 8   | 10  | tok/s = 200 × rps, TTFT 50/60/80/200 ms
/// | C     | 60      | 0.5 | 1   | 2   | —   | tok/s = 500 × rps, no TTFT
///
/// Workload cost ($) = 2 / rps:
/// A: 2, 1, 0.666…, 0.625 — B: 1, 0.5, 0.25, 0.2 — C: 4, 2, 1.
func handDataset() -> Dataset {
    let a = [(1.0, 1.0, 100.0), (2, 2, 150), (4, 3, 300), (8, 3.2, 900)]
    let b = [(1.0, 2.0, 50.0), (2, 4, 60), (4, 8, 80), (8, 10, 200)]
    let c = [(1.0, 0.5), (2, 1), (4, 2)]
    var runs: [Run] = []
    runs += a.map { makeRun("A", c: $0.0, rps: $0.1, tokens: 100 * $0.1, ttft: $0.2) }
    runs += b.map { makeRun("B", c: $0.0, rps: $0.1, tokens: 200 * $0.1, ttft: $0.2) }
    runs += c.map { makeRun("C", c: $0.0, rps: $0.1, tokens: 500 * $0.1) }
    return Dataset(
        name: "hand", workload: Workload(name: "w", requests: 3600),
        hardware: [HardwareProfile(name: "H100", gpuType: "NVIDIA H100", cost: .rental(2))],
        models: [Model(name: "A", quality: ["score": 80]), Model(name: "B", quality: ["score": 70]),
                 Model(name: "C", quality: ["score": 60])],
        runs: runs, defaultMetric: "score")
}

extension Analysis {
    /// The entry of a model (the hand dataset has one setup per model).
    func entry(_ model: String) -> Entry {
        entries.first { $0.configuration.model == model }!
    }

    func index(_ model: String) -> Int {
        entries.firstIndex { $0.configuration.model == model }!
    }

    var rankedModels: [String] { ranking.map { entries[$0].configuration.model } }
}
