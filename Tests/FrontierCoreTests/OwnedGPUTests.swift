import Testing
@testable import FrontierCore

/// The bare-metal cost model of one GPU, against hand-computed values.
@Suite struct OwnedGPUTests {
    /// The paper's A800 inputs (a preset's choice that reproduces its $0.79/h).
    let a800 = OwnedGPU(price: 15_000, years: 4, utilization: 0.75, powerKW: 0.4, pue: 1.2,
                        electricityPerKWh: 0.10, maintenanceRate: 0.10)

    @Test func depreciationIsPriceOverYearsHoursUtilization() {
        // 15000 / (4 · 8760 · 0.75) = 15000 / 26280 = 0.570776…
        #expect(close(a800.depreciationPerHour, 0.570_776_255_707_762_6))
        // 8760 / (1 · 8760 · 1) = 1 $/h exactly
        let simple = OwnedGPU(price: 8760, years: 1, utilization: 1, powerKW: 0, pue: 1,
                              electricityPerKWh: 0, maintenanceRate: 0)
        #expect(simple.depreciationPerHour == 1)
        // halving utilization doubles depreciation: 8760 / (1 · 8760 · 0.5) = 2
        var half = simple
        half.utilization = 0.5
        #expect(half.depreciationPerHour == 2)
    }

    @Test func powerIsKilowattsTimesPUETimesElectricity() {
        // 0.4 kW · 1.2 · 0.10 $/kWh = 0.048 $/h
        #expect(close(a800.powerPerHour, 0.048))
        // 0.7 · 1.5 · 0.2 = 0.21; utilization does not enter
        var gpu = a800
        gpu.powerKW = 0.7
        gpu.pue = 1.5
        gpu.electricityPerKWh = 0.2
        gpu.utilization = 0.1
        #expect(close(gpu.powerPerHour, 0.21))
    }

    @Test func maintenanceIsPriceTimesRateOverHoursPerYear() {
        // 15000 · 0.10 / 8760 = 1500 / 8760 = 0.171232876…
        #expect(close(a800.maintenancePerHour, 0.171_232_876_712_328_76))
        // utilization does not enter: 15000 · 0.10 / 8760 either way
        var idle = a800
        idle.utilization = 0.25
        #expect(close(idle.maintenancePerHour, 0.171_232_876_712_328_76))
    }

    @Test func paperA800IsAbout79CentsPerHour() {
        let hourly = a800.hourly
        // 0.570776 + 0.048 + 0.171233 = 0.790009
        #expect(close(hourly.total, 0.790_009_132_420_091_4))
        #expect(abs(hourly.total - 0.79) < 0.000_01)
        #expect(hourly.rental == 0)
        #expect(close(hourly.depreciation, 0.570_776_255_707_762_6))
        #expect(close(hourly.power, 0.048))
        #expect(close(hourly.maintenance, 0.171_232_876_712_328_76))
    }

    @Test func paperProfileOfTwoA800sIsAbout158PerHour() {
        let profile = HardwareProfile(name: "A800-80G", gpuType: "NVIDIA A800 80GB", cost: .owned(a800))
        let cost = profile.hourlyCost(gpus: 2)
        // 2 × 0.790009 = 1.580018
        #expect(close(cost.total, 1.580_018_264_840_182_8))
        #expect(abs(cost.total - 1.58) < 0.000_1)
        #expect(cost.gpus == 2)
        #expect(cost.perGPU == a800.hourly)
    }

    @Test func profileHourlyIsPerGPUTimesCount() {
        let profile = HardwareProfile(name: "r", gpuType: "g", cost: .rental(2.82))
        // 8 × 2.82 = 22.56
        #expect(close(profile.hourlyCost(gpus: 8).total, 22.56))
        // 1 × 2.82
        #expect(close(profile.hourlyCost(gpus: 1).total, 2.82))
        // 0 GPUs cost nothing
        #expect(profile.hourlyCost(gpus: 0).total == 0)
    }

    @Test func rentalIsItsRate() {
        let rental = CostModel.rental(5.64).perGPUHour
        #expect(rental == CostBreakdown(depreciation: 0, power: 0, maintenance: 0, rental: 5.64))
        #expect(rental.total == 5.64)
        // 4 GPUs at 5.64 = 22.56
        let profile = HardwareProfile(name: "cloud", gpuType: "A800", cost: .rental(5.64))
        #expect(close(profile.hourlyCost(gpus: 4).total, 22.56))
    }

    @Test func ownedCostModelIsTheOwnedBreakdown() {
        #expect(CostModel.owned(a800).perGPUHour == a800.hourly)
    }

    @Test func breakdownTotalSumsEveryComponent() {
        // 1 + 0.5 + 0.25 + 2 = 3.75 (all exact in binary)
        #expect(CostBreakdown(depreciation: 1, power: 0.5, maintenance: 0.25, rental: 2).total == 3.75)
        #expect(CostBreakdown().total == 0)
    }

    @Test func rentalRateForComparisonDoesNotChangeTheCost() {
        let profile = HardwareProfile(name: "A800-80G", gpuType: "A800", cost: .owned(a800), rentalPerGPUHour: 2.82)
        #expect(close(profile.hourlyCost(gpus: 2).total, 1.580_018_264_840_182_8))
    }
}
