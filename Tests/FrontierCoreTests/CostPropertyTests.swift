import Testing
@testable import FrontierCore

/// Linearity of the cost formulas over seeded random inputs; a failure names its seed.
@Suite struct CostPropertyTests {
    static let seeds: Range<UInt64> = 0..<500

    @Test func rentalWorkloadCostIsLinearInTheRate() {
        for seed in Self.seeds {
            var rng = SplitMix64(seed: seed)
            let rate = rng.uniform(0.1, 10), other = rng.uniform(0.1, 10), k = rng.uniform(0.01, 100)
            let gpus = 1 + rng.int(8)
            let n = Double(1 + rng.int(100_000)), rps = rng.uniform(0.01, 200)
            func cost(_ rate: Double) -> Double {
                let hourly = HardwareProfile(name: "r", gpuType: "g", cost: .rental(rate)).hourlyCost(gpus: gpus).total
                return Cost.workload(hourly: hourly, requests: n, requestThroughput: rps)
            }
            #expect(close(cost(k * rate), k * cost(rate), rel: 1e-12), "seed \(seed): homogeneity")
            #expect(close(cost(rate + other), cost(rate) + cost(other), rel: 1e-12), "seed \(seed): additivity")
            // a power of two scales exactly
            let p = Double(1 << rng.int(10))
            #expect(cost(p * rate) == p * cost(rate), "seed \(seed): × \(p) is not exact")
            // GPU count is a factor too
            let one = Cost.workload(hourly: rate, requests: n, requestThroughput: rps)
            #expect(close(cost(rate), Double(gpus) * one, rel: 1e-12), "seed \(seed): × \(gpus) GPUs")
        }
    }

    @Test func doublingTheRequestsDoublesTheCost() {
        for seed in Self.seeds {
            var rng = SplitMix64(seed: seed)
            let hourly = rng.uniform(0.01, 50), n = Double(1 + rng.int(1_000_000)), rps = rng.uniform(0.001, 500)
            let once = Cost.workload(hourly: hourly, requests: n, requestThroughput: rps)
            #expect(Cost.workload(hourly: hourly, requests: 2 * n, requestThroughput: rps) == 2 * once, "seed \(seed)")
            let k = Double(1 + rng.int(1000))
            #expect(close(Cost.workload(hourly: hourly, requests: k * n, requestThroughput: rps), k * once, rel: 1e-12), "seed \(seed): × \(k)")
            // N requests cost N times one request
            #expect(close(once, n * Cost.perRequest(hourly: hourly, requestThroughput: rps), rel: 1e-12), "seed \(seed): per request")
            // and doubling the throughput halves it
            #expect(Cost.workload(hourly: hourly, requests: n, requestThroughput: 2 * rps) == once / 2, "seed \(seed): 2 × rps")
        }
    }

    @Test func ownedCapitalCostIsLinearInThePrice() {
        for seed in Self.seeds {
            var rng = SplitMix64(seed: seed)
            let gpu = OwnedGPU(price: rng.uniform(1000, 50_000), years: rng.uniform(1, 8), utilization: rng.uniform(0.05, 1),
                               powerKW: rng.uniform(0.1, 1.5), pue: rng.uniform(1, 2), electricityPerKWh: rng.uniform(0.02, 0.4),
                               maintenanceRate: rng.uniform(0, 0.3))
            let k = rng.uniform(0.1, 10)
            var scaled = gpu
            scaled.price *= k
            let capital = gpu.depreciationPerHour + gpu.maintenancePerHour
            #expect(close(scaled.depreciationPerHour + scaled.maintenancePerHour, k * capital, rel: 1e-12), "seed \(seed): × \(k)")
            // the power term does not depend on the price
            #expect(scaled.powerPerHour == gpu.powerPerHour, "seed \(seed): power moved with price")
            // so the total moves by (k − 1) × capital
            #expect(close(scaled.hourly.total - gpu.hourly.total, (k - 1) * capital, rel: 1e-9, abs: 1e-12), "seed \(seed): total")
            // the workload cost of a profile is the per-GPU total × GPUs × hours
            let gpus = 1 + rng.int(8), n = Double(1 + rng.int(10_000)), rps = rng.uniform(0.1, 50)
            let hourly = HardwareProfile(name: "o", gpuType: "g", cost: .owned(gpu)).hourlyCost(gpus: gpus).total
            #expect(close(Cost.workload(hourly: hourly, requests: n, requestThroughput: rps),
                          gpu.hourly.total * Double(gpus) * (n / rps) / 3600, rel: 1e-12), "seed \(seed): workload")
        }
    }
}
