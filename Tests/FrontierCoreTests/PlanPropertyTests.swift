import Foundation
import Testing
@testable import FrontierCore

/// Invariants of the fleet and break-even formulas over seeded random inputs; a failure
/// names its seed.
@Suite struct PlanPropertyTests {
    static let seeds: Range<UInt64> = 0..<500

    @Test func monthlyCostNeverFallsAsVolumeGrows() {
        for seed in Self.seeds {
            var rng = SplitMix64(seed: seed)
            let x = rng.uniform(0.01, 200), g = 1 + rng.int(8), h = rng.uniform(0.1, 10), k = rng.uniform(1, 10)
            var volumes = (0..<50).map { _ in pow10(rng.uniform(2, 10)) }
            volumes.sort()
            let monthly = volumes.map { Fleet(requestsPerDay: $0, peak: k, requestThroughput: x, gpusPerReplica: g, gpuHourly: h).monthly }
            for (a, b) in zip(monthly, monthly.dropFirst()) { #expect(a <= b, "seed \(seed)") }
        }
    }

    /// At full utilization (peak factor 1, a volume that fills whole replicas) a request
    /// costs what the workload cost says with u = 1: hourly at u = 1 / (3600 · X).
    @Test func costPerRequestAtFullUtilizationIsTheWorkloadCostAtFullUse() {
        for seed in Self.seeds {
            var rng = SplitMix64(seed: seed)
            // Eighths keep R · X · 86,400 exact, so the fleet is exactly full.
            let x = Double(1 + rng.int(4000)) / 8, replicas = 1 + rng.int(50), g = 1 + rng.int(8)
            var gpu = OwnedGPU(price: rng.uniform(2_000, 40_000), years: rng.uniform(1, 8), utilization: rng.uniform(0.05, 1),
                               powerKW: rng.uniform(0.2, 1.2), pue: rng.uniform(1, 2), electricityPerKWh: rng.uniform(0, 0.4),
                               maintenanceRate: rng.uniform(0, 0.2))
            let v = Double(replicas) * x * PlanCalendar.secondsPerDay
            let fleet = Fleet(requestsPerDay: v, peak: 1, requestThroughput: x, gpusPerReplica: g,
                              gpuHourly: CostModel.owned(gpu).planHourlyPerGPU)
            #expect(fleet.replicas == replicas, "seed \(seed)")
            #expect(fleet.utilization == 1, "seed \(seed)")
            gpu.utilization = 1
            let profile = HardwareProfile(name: "p", gpuType: "g", cost: .owned(gpu))
            let n = Double(1 + rng.int(100_000))
            let workload = Cost.workload(hourly: profile.hourlyCost(gpus: g).total, requests: n, requestThroughput: x)
            #expect(close(fleet.costPerRequest, workload / n, rel: 1e-12), "seed \(seed)")
        }
    }

    /// From the break-even volume on, the fleet never costs more than the API; just below
    /// it, the API is cheaper. Without a break-even, the API is cheaper at every volume.
    @Test func selfHostingStaysCheaperFromTheBreakEvenOn() {
        for seed in Self.seeds {
            var rng = SplitMix64(seed: seed)
            let x = rng.uniform(0.05, 50), g = 1 + rng.int(4), h = rng.uniform(0.2, 5), k = rng.uniform(1, 4)
            let full = BreakEven.perRequestAtFullLoad(gpusPerReplica: g, gpuHourly: h, peak: k, requestThroughput: x)
            let a = full * rng.uniform(0.5, 4)
            let fleet = { (v: Double) in Fleet(requestsPerDay: v, peak: k, requestThroughput: x, gpusPerReplica: g, gpuHourly: h).monthly }
            let api = { (v: Double) in v * PlanCalendar.daysPerMonth * a }
            guard let breakEven = BreakEven.requestsPerDay(againstAPI: a, gpusPerReplica: g, gpuHourly: h, peak: k, requestThroughput: x) else {
                #expect(full >= a, "seed \(seed)")
                for _ in 0..<50 {
                    let v = pow10(rng.uniform(1, 9))
                    #expect(fleet(v) >= api(v) * (1 - 1e-9), "seed \(seed): at \(v)")
                }
                continue
            }
            #expect(full < a, "seed \(seed)")
            #expect(fleet(breakEven * (1 - 1e-6)) > api(breakEven * (1 - 1e-6)), "seed \(seed): just below")
            for _ in 0..<50 {
                let v = breakEven * pow10(rng.uniform(0, 4))
                #expect(fleet(v) <= api(v) * (1 + 1e-9), "seed \(seed): at \(v)")
            }
        }
    }
}

private func pow10(_ e: Double) -> Double { Foundation.pow(10, e) }
