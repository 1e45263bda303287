import Foundation   // exp2 / log2 only: the randomness is our own
import FrontierCore

extension SplitMix64 {
    /// Log-uniform in [low, high): as likely to fall in 1…2 as in 100…200.
    mutating func logUniform(_ low: Double, _ high: Double) -> Double {
        low * pow2(log2(high / low) * unit())
    }

    /// A multiplicative jitter of about ±`spread` (uniform in 1 − spread … 1 + spread).
    mutating func jitter(_ spread: Double) -> Double { uniform(1 - spread, 1 + spread) }
}

/// A deterministic synthetic dataset, shaped like a real serving benchmark, at any size.
///
/// Shape:
/// - **Configurations** are models × hardware presets: configuration `i` is model
///   `i / presets` on preset `i % presets`, so 100,000 runs over 10 levels are 10,000
///   configurations (2,500 models on 4 presets). Each configuration is measured at every
///   level of `levels` (default 10 levels, 1, 2, 4 … 512); `make(runs:)` stops at exactly
///   the run count asked for, so the last configuration may have fewer levels.
/// - **Hardware presets**: A800-80G, H100-80G and RTX-4090 owned (the paper's cost model,
///   `HardwareProfile(cost: .owned(OwnedGPU(…)))`) and L40S rented by the GPU-hour.
/// - **Models** have a size of 1–400 B parameters (log-uniform); the GPU count is the
///   power of two that holds the weights on the preset's memory (at most 8). Quality
///   grows with size plus noise: `WiNEval-3.0` (default metric) and `MMLU-Pro`, 0–100.
/// - **Throughput** saturates with concurrency: `rps(c) = r_max · cʰ / (cʰ + kʰ)` with a
///   per-configuration ceiling `r_max` (faster hardware, more GPUs and smaller models
///   serve more), half-saturation level `k` in 4…128 and steepness `h` in 0.9…1.4, times
///   a ±2 % measurement jitter. Output tok/s = rps × mean output tokens (150–600).
/// - **Latency**: mean TTFT = base (20–250 ms) × (1 + (c/k)^1.5), so it climbs once the
///   server saturates; p50 = 0.9×, p99 = 2.5–4× the mean. Mean E2E latency follows
///   Little's law (c / rps), TPOT is what remains of it per output token.
/// - Every run is the paper's workload, 2,993 requests, with duration = requests / rps.
///
/// The same arguments always give the same dataset (seeded `SplitMix64`, no Foundation
/// randomness). Names are short enough to be stored inline, so runs own no heap memory
/// besides the runs array itself.
enum SyntheticDataset {
    static let defaultLevels: [Double] = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512]
    static let defaultSeed: UInt64 = 0x00F2_0471_E2B5_EED5
    static let requests = 2993

    /// A preset and what it brings to the throughput model.
    struct Preset {
        let profile: HardwareProfile
        /// GPU memory, GB.
        let memoryGB: Double
        /// Relative serving speed of one GPU (A800 = 1).
        let speed: Double
    }

    static let presets: [Preset] = [
        Preset(profile: HardwareProfile(
            name: "A800-80G", gpuType: "NVIDIA A800 80GB",
            cost: .owned(OwnedGPU(price: 15_000, years: 4, utilization: 0.75, powerKW: 0.4, pue: 1.2,
                                  electricityPerKWh: 0.10, maintenanceRate: 0.10)),
            source: "synthetic"), memoryGB: 80, speed: 1.0),
        Preset(profile: HardwareProfile(
            name: "H100-80G", gpuType: "NVIDIA H100 SXM 80GB",
            cost: .owned(OwnedGPU(price: 30_000, years: 4, utilization: 0.8, powerKW: 0.7, pue: 1.3,
                                  electricityPerKWh: 0.12, maintenanceRate: 0.08)),
            rentalPerGPUHour: 2.5, source: "synthetic"), memoryGB: 80, speed: 2.2),
        Preset(profile: HardwareProfile(
            name: "L40S", gpuType: "NVIDIA L40S 48GB", cost: .rental(0.9), source: "synthetic"),
               memoryGB: 48, speed: 0.7),
        Preset(profile: HardwareProfile(
            name: "RTX-4090", gpuType: "NVIDIA GeForce RTX 4090 24GB",
            cost: .owned(OwnedGPU(price: 2_000, years: 3, utilization: 0.6, powerKW: 0.35, pue: 1.4,
                                  electricityPerKWh: 0.15, maintenanceRate: 0.05)),
            source: "synthetic"), memoryGB: 24, speed: 0.45),
    ]

    /// Exactly `runs` runs over `levels`, configurations spread over `presets` presets.
    static func make(runs: Int, levels: [Double] = defaultLevels, presets presetCount: Int = presets.count,
                     seed: UInt64 = defaultSeed) -> Dataset {
        precondition(runs > 0 && !levels.isEmpty && (1...presets.count).contains(presetCount))
        let configurations = (runs + levels.count - 1) / levels.count
        let models = (configurations + presetCount - 1) / presetCount
        return make(models: models, levels: levels, presets: presetCount, runLimit: runs, seed: seed)
    }

    /// Every model on each of the first `presets` presets at every level (a sample-sized
    /// dataset is `make(models: 9, levels: [1, 2, 4 … 128], presets: 1)`).
    static func make(models modelCount: Int, levels: [Double], presets presetCount: Int,
                     runLimit: Int = .max, seed: UInt64 = defaultSeed) -> Dataset {
        var rng = SplitMix64(seed: seed)
        let used = Array(presets.prefix(presetCount))
        let total = min(runLimit, modelCount * used.count * levels.count)
        var models: [Model] = []
        models.reserveCapacity(modelCount)
        var runs: [Run] = []
        runs.reserveCapacity(total)

        modelLoop: for m in 0..<modelCount {
            let name = "model-\(m)"
            let billions = rng.logUniform(1, 400)
            let size = log2(billions) / log2(400)   // 0…1
            let wineval = clampScore(35 + 50 * size + rng.uniform(-6, 6))
            let mmlu = clampScore(wineval * rng.uniform(0.8, 1.05) - 5)
            models.append(Model(name: name, size: "\(Int(billions.rounded()))B", precision: "bf16",
                                engine: "synthetic", quality: ["WiNEval-3.0": wineval, "MMLU-Pro": mmlu]))
            let outputTokens = rng.uniform(150, 600)
            let inputTokens = rng.uniform(300, 1200)

            for preset in used {
                // Weights at 2 bytes a parameter plus 20 % for the KV cache, on whole GPUs.
                var gpus = 1
                while Double(gpus) * preset.memoryGB < billions * 2 * 1.2 && gpus < 8 { gpus *= 2 }
                let ceiling = preset.speed * pow2(0.9 * log2(Double(gpus))) * 40 / pow2(0.6 * log2(billions))
                    * rng.jitter(0.15)
                let halfway = rng.logUniform(4, 128)
                let steepness = rng.uniform(0.9, 1.4)
                let baseTTFT = rng.uniform(20, 250) * pow2(0.3 * log2(billions)) / preset.speed
                let p99Factor = rng.uniform(2.5, 4)

                for c in levels {
                    if runs.count == total { break modelLoop }
                    let ch = pow2(steepness * log2(c)), kh = pow2(steepness * log2(halfway))
                    let rps = ceiling * ch / (ch + kh) * rng.jitter(0.02)
                    let ttft = baseTTFT * (1 + pow2(1.5 * log2(c / halfway))) * rng.jitter(0.03)
                    let e2e = c / rps * 1000
                    var run = Run(model: name, hardware: preset.profile.name, gpus: gpus, concurrency: c)
                    run[.requests] = Double(requests)
                    run[.durationS] = Double(requests) / rps
                    run[.requestThroughput] = rps
                    run[.outputTokensPerS] = rps * outputTokens
                    run[.totalTokensPerS] = rps * (inputTokens + outputTokens)
                    run[.meanInputTokens] = inputTokens
                    run[.meanOutputTokens] = outputTokens
                    run[.meanTTFTms] = ttft
                    run[.p50TTFTms] = ttft * 0.9
                    run[.p99TTFTms] = ttft * p99Factor
                    run[.meanTPOTms] = max(1, (e2e - ttft) / (outputTokens - 1))
                    run[.meanE2Ems] = e2e
                    run[.failed] = 0
                    runs.append(run)
                }
            }
        }
        return Dataset(name: "synthetic-\(total)", description: "SyntheticDataset (frontier-bench)",
                       provenance: "synthetic, seed \(seed)",
                       workload: Workload(name: "WiNEval-3.0 test set", requests: requests),
                       hardware: used.map(\.profile), models: models, runs: runs, defaultMetric: "WiNEval-3.0")
    }

    /// `count` random (cost, quality) points for the frontier: cost log-uniform over four
    /// decades, quality loosely rising with cost (as dearer models tend to score higher).
    static func frontierPoints(count: Int, seed: UInt64 = defaultSeed) -> (costs: [Double], qualities: [Double]) {
        var rng = SplitMix64(seed: seed ^ 0xF0_0D)
        var costs = [Double](), qualities = [Double]()
        costs.reserveCapacity(count)
        qualities.reserveCapacity(count)
        for _ in 0..<count {
            let cost = rng.logUniform(0.01, 100)
            costs.append(cost)
            qualities.append(clampScore(50 + 6 * log2(cost) + rng.uniform(-25, 25)))
        }
        return (costs, qualities)
    }

    private static func clampScore(_ value: Double) -> Double { min(100, max(0, value)) }
}

@inline(__always) private func pow2(_ x: Double) -> Double { exp2(x) }
