import Testing
@testable import FrontierCore

/// The cost-input table: each input reads and writes its own field, and the scenario's
/// override merge goes through it.
@Suite struct CostInputTests {
    static let a800 = OwnedGPU(price: 15_000, years: 4, utilization: 0.75, powerKW: 0.4, pue: 1.2,
                               electricityPerKWh: 0.10, maintenanceRate: 0.10)

    @Test func eachOwnedInputReadsAndWritesItsOwnFieldOnly() throws {
        let fields: [(CostInput, Double)] = [(.gpuPrice, 15_000), (.years, 4), (.utilization, 0.75), (.powerKW, 0.4),
                                             (.pue, 1.2), (.electricity, 0.10), (.maintenance, 0.10)]
        #expect(fields.map(\.0) == CostInput.inputs(of: .owned(Self.a800)))
        for (input, today) in fields {
            #expect(input.value(in: .owned(Self.a800)) == today, "\(input)")
            guard case .owned(let changed)? = input.setting(today * 2, in: .owned(Self.a800)) else {
                Issue.record("\(input) did not stay owned")
                continue
            }
            // Every other field is as it was.
            for (other, value) in fields {
                #expect(other.value(in: .owned(changed)) == (other == input ? today * 2 : value), "\(input) → \(other)")
            }
        }
    }

    @Test func theRentalRateReplacesTheModelAndOwnedInputsDoNotApplyToARentedGPU() {
        #expect(CostInput.rental.value(in: .owned(Self.a800)) == nil)
        #expect(CostInput.rental.value(in: .rental(2.5)) == 2.5)
        #expect(CostInput.rental.setting(3, in: .owned(Self.a800)) == .rental(3))
        #expect(CostInput.gpuPrice.setting(3, in: .rental(2)) == nil)
        #expect(CostInput.gpuPrice.value(in: .rental(2)) == nil)
        #expect(CostInput.inputs(of: .rental(2)) == [.rental])
    }

    @Test func severalInputsAtOnce() {
        var want = Self.a800
        want.price = 20_000
        want.electricityPerKWh = 0.2
        #expect(CostModel.owned(Self.a800).setting([.gpuPrice: 20_000, .electricity: 0.2]) == .owned(want))
        #expect(CostModel.owned(Self.a800).setting([.rental: 4, .pue: 1.5]) == .rental(4))
        #expect(CostModel.rental(2).setting([.pue: 1.5]) == nil)
        #expect(CostModel.rental(2).setting([:]) == .rental(2))
    }

    @Test(arguments: [
        (CostInput.gpuPrice, 0.0, false), (.gpuPrice, 1, true), (.years, 0, false), (.rental, 0.01, true),
        (.utilization, 0, false), (.utilization, 1, true), (.utilization, 1.01, false),
        (.pue, 0.99, false), (.pue, 1, true), (.electricity, 0, true), (.electricity, -0.01, false),
        (.maintenance, 0, true), (.powerKW, .nan, false),
    ])
    func theDomainOfEachInput(input: CostInput, value: Double, accepted: Bool) {
        #expect(input.accepts(value) == accepted)
    }

    @Test func expectedTextAndClamp() {
        #expect(CostInput.utilization.expected == "in (0, 1]")
        #expect(CostInput.pue.expected == "≥ 1")
        #expect(CostInput.gpuPrice.expected == "> 0")
        #expect(CostInput.electricity.expected == "≥ 0")
        #expect(CostInput.utilization.clamped(1.2) == 1)
        #expect(CostInput.pue.clamped(0.96) == 1)
        #expect(CostInput.electricity.clamped(0.5) == 0.5)
        #expect(CostInput.powerKW.option == "--power-kw")
        #expect(CostInput.gpuPrice.option == "--gpu-price")
    }

    @Test func everyRangeLiesInTheDomainAndEveryStepFitsItsRange() {
        for input in CostInput.allCases {
            #expect(input.accepts(input.range.upperBound), "\(input)")
            #expect(input.range.lowerBound >= input.domain.lower, "\(input)")
            #expect(input.step.fine > 0 && input.step.coarse >= input.step.fine, "\(input)")
            #expect(input.step.coarse < input.range.upperBound - input.range.lowerBound, "\(input)")
        }
    }

    @Test func theScenarioMergesItsOverrideIntoTheProfile() {
        let profile = HardwareProfile(name: "A800", gpuType: "A800", cost: .owned(Self.a800))
        let other = HardwareProfile(name: "H100", gpuType: "H100", cost: .rental(2))
        let scenario = Scenario(costOverrides: ["A800": .rental(1.5)])
        #expect(scenario.profile(profile).cost == .rental(1.5))
        #expect(scenario.profile(profile).name == "A800")
        #expect(scenario.profile(other) == other)
    }
}
