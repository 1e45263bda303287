import Testing
@testable import FrontierCore

/// The workload cost formulas, against hand-computed values.
@Suite struct CostTests {
    @Test func completionTimeIsRequestsOverThroughput() {
        // 2993 / 3.8634310055505354 req/s = 774.7 s
        #expect(close(Cost.completionSeconds(requests: 2993, requestThroughput: 2993.0 / 774.7), 774.7))
        // 100 / 4 = 25 s
        #expect(Cost.completionSeconds(requests: 100, requestThroughput: 4) == 25)
    }

    @Test func workloadIsHourlyTimesSecondsOverAnHour() {
        // 2 $/h · (3600 / 2 req/s) / 3600 = 2 · 1800 / 3600 = 1 $
        #expect(Cost.workload(hourly: 2, requests: 3600, requestThroughput: 2) == 1)
        // 3 $/h · (1000 / 0.5) / 3600 = 3 · 2000 / 3600 = 1.6666…
        #expect(close(Cost.workload(hourly: 3, requests: 1000, requestThroughput: 0.5), 1.666_666_666_666_666_7))
    }

    @Test func paperWorkloadCosts34Cents() {
        // The paper's setting: 2 × A800 at 1.580018 $/h, 2993 requests done in 774.7 s,
        // so request throughput = 2993 / 774.7 = 3.86343 req/s and
        // cost = 1.580018 · 774.7 / 3600 = 1224.04 / 3600 = 0.340011 $
        let hourly = HardwareProfile(
            name: "A800-80G", gpuType: "A800",
            cost: .owned(OwnedGPU(price: 15_000, years: 4, utilization: 0.75, powerKW: 0.4, pue: 1.2,
                                  electricityPerKWh: 0.10, maintenanceRate: 0.10))
        ).hourlyCost(gpus: 2).total
        let cost = Cost.workload(hourly: hourly, requests: 2993, requestThroughput: 2993.0 / 774.7)
        #expect(close(cost, 0.340_011_152_714_358_3))
        #expect((cost * 100).rounded() == 34)   // $0.34 to the cent
        #expect(Format.dollars(cost) == "$0.34")
    }

    @Test func costPerRequestIsHourlyOverRequestsPerHour() {
        // 3.6 $/h / (3600 · 2 req/s) = 3.6 / 7200 = 0.0005 $
        #expect(close(Cost.perRequest(hourly: 3.6, requestThroughput: 2), 0.0005))
        // paper: 1.580018 / (3600 · 3.863431) = 1.580018 / 13908.35 = 0.000113602 $
        #expect(close(Cost.perRequest(hourly: 1.580_018_264_840_182_8, requestThroughput: 2993.0 / 774.7),
                      0.000_113_602_122_524_008_78))
        // and N requests cost N times as much as one: 2993 · 0.000113602 = 0.340011
        #expect(close(2993 * Cost.perRequest(hourly: 1.580_018_264_840_182_8, requestThroughput: 2993.0 / 774.7),
                      0.340_011_152_714_358_3))
    }

    @Test func costPerMillionOutputTokens() {
        // 3.6 $/h / (3600 · 1000 tok/s) · 1e6 = 3.6 / 3.6e6 · 1e6 = 1 $
        #expect(close(Cost.perMillionOutputTokens(hourly: 3.6, outputTokensPerS: 1000), 1))
        // 2 $/h / (3600 · 250 tok/s) · 1e6 = 2e6 / 900000 = 2.2222…
        #expect(close(Cost.perMillionOutputTokens(hourly: 2, outputTokensPerS: 250), 2.222_222_222_222_222))
    }
}
