import FrontierCore
import Testing
@testable import FrontierTUI

/// `moveSlider`, `chooseSlider` and `setSlider` for every kind of slider.
@Suite("reduce: sliders")
struct ReduceSliderTests {
    typealias F = ReduceFixture

    /// The state with `kind` chosen (and the H100 profile active for `.cost(.rental)`).
    static func on(_ kind: SliderKind, _ scenario: Scenario = Scenario(concurrency: 64)) -> State {
        var state = F.state(scenario)
        if kind == .cost(.rental) { state = reduce(state, .cycleHardware) }
        state.slider = kind
        return state
    }

    static func move(_ state: State, _ steps: Int, coarse: Bool = false) -> State {
        (0..<abs(steps)).reduce(state) { s, _ in reduce(s, .moveSlider(direction: steps < 0 ? -1 : 1, coarse: coarse)) }
    }

    static func close(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (let a?, let b?): abs(a - b) <= 1e-9 * max(1, abs(b))
        default: false
        }
    }

    // MARK: concurrency

    @Test func concurrencyStepsThroughGeometricMidpoints() {
        let up1 = Self.move(Self.on(.concurrency), 1)
        #expect(Self.close(up1.scenario.concurrency, (64.0 * 128).squareRoot()))
        #expect(Format.concurrency(up1.scenario.concurrency) == "90.5")
        #expect(Self.move(up1, 1).scenario.concurrency == 128)
        #expect(Self.move(up1, -1).scenario.concurrency == 64)
        let down1 = Self.move(Self.on(.concurrency), -1)
        #expect(Self.close(down1.scenario.concurrency, (32.0 * 64).squareRoot()))
        #expect(Self.move(down1, -1).scenario.concurrency == 32)
    }

    @Test func concurrencyIsClampedAtBothEnds() {
        #expect(Self.move(Self.on(.concurrency), 10).scenario.concurrency == 128)
        #expect(Self.move(Self.on(.concurrency), 10, coarse: true).scenario.concurrency == 128)
        #expect(Self.move(Self.on(.concurrency), -30).scenario.concurrency == 1)
        #expect(Self.move(Self.on(.concurrency, Scenario(concurrency: 1)), -1).scenario.concurrency == 1)
    }

    @Test func concurrencyCoarseGoesLevelToLevel() {
        let start = Self.on(.concurrency)
        #expect(Self.move(start, 1, coarse: true).scenario.concurrency == 128)
        #expect(Self.move(start, -1, coarse: true).scenario.concurrency == 32)
        #expect(Self.move(start, -3, coarse: true).scenario.concurrency == 8)
        // From a midpoint a coarse step lands on the next measured level either way.
        let mid = Self.move(start, 1)
        #expect(Self.move(mid, 1, coarse: true).scenario.concurrency == 128)
        #expect(Self.move(mid, -1, coarse: true).scenario.concurrency == 64)
    }

    @Test func concurrencyBetweenStopsGoesToTheNeighbouringStop() {
        let start = Self.on(.concurrency, Scenario(concurrency: 20))
        #expect(Self.close(Self.move(start, 1).scenario.concurrency, (16.0 * 32).squareRoot()))
        #expect(Self.move(start, -1).scenario.concurrency == 16)
    }

    // MARK: budget

    @Test func budgetGoesFromNoneToTheTopOfTheLadderAndBack() {
        let start = Self.on(.budget)
        #expect(start.scenario.budget == nil)
        #expect(start.slider.label(start) == "none")
        let top = Self.move(start, -1)
        #expect(top.scenario.budget == 20, "the top is twice the costliest workload")
        #expect(top.slider.label(top) == "$20.00")
        #expect(Self.move(top, -1).scenario.budget == 18)
        #expect(Self.move(top, -2).scenario.budget == 15)
        #expect(Self.move(top, 1).scenario.budget == nil, "up past the top is no budget")
        #expect(Self.move(top, 2).scenario.budget == nil)
    }

    @Test func budgetCoarseStepsOneTwoFive() {
        let start = Self.on(.budget)
        let budgets = (1...4).map { Self.move(start, -$0, coarse: true).scenario.budget }
        #expect(zip(budgets, [20.0, 10, 5, 2]).allSatisfy { Self.close($0, $1) }, "\(budgets)")
    }

    @Test func budgetStopsAtTheBottomOfTheTrack() {
        // The fixture's workloads cost $0.10…$10, so the track runs $0.05…$20 and its fine
        // ladder starts 0.05, 0.06, 0.08, 0.10…
        let bottom = Self.move(Self.on(.budget), -200)
        #expect(Self.close(bottom.scenario.budget, 0.05), "half the cheapest workload")
        #expect(Self.close(Self.move(bottom, -1).scenario.budget, 0.05))
        #expect(Self.close(Self.move(bottom, 1).scenario.budget, 0.06))
    }

    @Test func budgetTrackSpansHalfTheCheapestToTwiceTheCostliest() {
        #expect(SliderKind.budget.range(F.state(), costs: 0.1...10) == 0.05...20)
        #expect(SliderKind.budget.range(F.state(), costs: 0.4...3) == 0.2...6)
        // A floor of $0.001, and the top at least twice the floor.
        #expect(SliderKind.budget.range(F.state(), costs: 0.0001...0.0004) == 0.001...0.002)
        #expect(SliderKind.budget.range(F.state(), costs: 0.0001...5) == 0.001...10)
    }

    // MARK: requests

    @Test func requestsStepOnANiceLadderFromTheWorkload() {
        let start = Self.on(.requests)
        #expect(start.scenario.requests == nil)
        #expect(start.slider.label(start) == "2,993 req")
        #expect(Self.move(start, 1).scenario.requests == 3000)
        #expect(Self.move(start, -1).scenario.requests == 2500)
        #expect(Self.move(start, 1, coarse: true).scenario.requests == 5000)
        #expect(Self.move(start, -1, coarse: true).scenario.requests == 2000)
    }

    @Test func requestsAreClampedAtBothEnds() {
        #expect(Self.move(Self.on(.requests, Scenario(concurrency: 64, requests: 1_000_000)), 1).scenario.requests == 1_000_000)
        #expect(Self.move(Self.on(.requests, Scenario(concurrency: 64, requests: 100)), -1).scenario.requests == 100)
        #expect(Self.move(Self.on(.requests), 100, coarse: true).scenario.requests == 1_000_000)
    }

    // MARK: TTFT SLO

    @Test func sloTTFTWalksItsLadder() {
        let start = Self.on(.sloTTFT)
        #expect(start.scenario.sloTTFTms == nil)
        var s = start
        var seen: [Double?] = []
        for _ in 0..<17 {
            s = reduce(s, .moveSlider(direction: -1, coarse: false))
            seen.append(s.scenario.sloTTFTms)
        }
        #expect(seen == [60_000, 30_000, 20_000, 10_000, 5000, 3000, 2000, 1500, 1000, 750, 500, 300, 200, 150, 100, 50, 50])
        #expect(Self.move(Self.on(.sloTTFT, Scenario(sloTTFTms: 200)), 1).scenario.sloTTFTms == 300)
        #expect(Self.move(Self.on(.sloTTFT, Scenario(sloTTFTms: 60_000)), 1).scenario.sloTTFTms == nil)
    }

    @Test func sloTTFTCoarseTakesEveryThirdStop() {
        var s = Self.on(.sloTTFT)
        var seen: [Double?] = []
        for _ in 0..<7 {
            s = reduce(s, .moveSlider(direction: -1, coarse: true))
            seen.append(s.scenario.sloTTFTms)
        }
        #expect(seen == [60_000, 10_000, 2000, 750, 200, 50, 50])
    }

    // MARK: cost inputs

    @Test(arguments: [
        (SliderKind.cost(.gpuPrice), false, 1, 15_500.0), (.cost(.gpuPrice), true, -1, 10_000), (.cost(.gpuPrice), false, -100, 1_000),
        (.cost(.utilization), false, 1, 0.80), (.cost(.utilization), true, 1, 0.95), (.cost(.utilization), false, 10, 1),
        (.cost(.electricity), false, 1, 0.11), (.cost(.electricity), true, -1, 0.05), (.cost(.electricity), false, -20, 0),
        (.cost(.pue), false, 1, 1.25), (.cost(.pue), true, 1, 1.45), (.cost(.pue), false, -10, 1),
        (.cost(.years), false, 1, 4.5), (.cost(.years), true, -1, 3), (.cost(.years), true, 10, 10),
    ])
    func ownedCostSlidersOverrideTheActiveProfile(kind: SliderKind, coarse: Bool, steps: Int, expected: Double) throws {
        let s = Self.move(Self.on(kind), steps, coarse: coarse)
        #expect(s.scenario.costOverrides.keys.sorted() == ["A800"])
        guard case .owned(let gpu)? = s.scenario.costOverrides["A800"],
              case .owned(let original) = F.a800.cost else {
            Issue.record("no owned override: \(s.scenario.costOverrides)")
            return
        }
        var want = original
        want[keyPath: try #require(kind.costInput?.keyPath)] = expected
        for (name, got, wanted) in [("price", gpu.price, want.price), ("utilization", gpu.utilization, want.utilization),
                                    ("electricity", gpu.electricityPerKWh, want.electricityPerKWh), ("pue", gpu.pue, want.pue),
                                    ("years", gpu.years, want.years), ("power", gpu.powerKW, want.powerKW),
                                    ("maintenance", gpu.maintenanceRate, want.maintenanceRate)] {
            #expect(Self.close(got, wanted), "\(name)")
        }
        // The costs the sliders read come back from the override.
        #expect(Self.close(kind.value(s), expected))
    }

    @Test func rentalProfileShowsOnlyTheRentalSlider() {
        let s = Self.on(.cost(.rental))
        #expect(s.costProfile?.name == "H100")
        #expect(s.sliders == [.concurrency, .budget, .requests, .sloTTFT, .cost(.rental)])
        #expect(F.state().sliders == [.concurrency, .budget, .requests, .sloTTFT, .cost(.gpuPrice), .cost(.years), .cost(.utilization), .cost(.pue), .cost(.electricity)])
    }

    @Test(arguments: [(false, 1, 2.1), (true, 1, 3.0), (false, -1, 1.9), (true, 30, 20), (false, -100, 0.1)])
    func rentalSliderOverridesTheRentedProfile(coarse: Bool, steps: Int, expected: Double) {
        let s = Self.move(Self.on(.cost(.rental)), steps, coarse: coarse)
        #expect(s.scenario.costOverrides.keys.sorted() == ["H100"], "the A800 is untouched")
        guard case .rental(let rate)? = s.scenario.costOverrides["H100"] else {
            Issue.record("no rental override: \(s.scenario.costOverrides)")
            return
        }
        #expect(Self.close(rate, expected))
    }

    @Test func anOwnedSliderDoesNothingOnARentedProfile() {
        var state = Self.on(.cost(.rental))
        state.slider = .cost(.gpuPrice)
        let s = reduce(state, .moveSlider(direction: 1, coarse: false))
        #expect(s.scenario == state.scenario)
    }

    // MARK: choosing and clicking

    @Test func chooseSliderMovesAndClamps() {
        let start = F.state()
        #expect(start.slider == .concurrency)
        #expect(reduce(start, .chooseSlider(direction: -1)).slider == .concurrency)
        #expect(reduce(start, .chooseSlider(direction: 1)).slider == .budget)
        #expect(F.after([.chooseSlider(direction: 1), .chooseSlider(direction: 1)]).slider == .requests)
        #expect(reduce(start, .chooseSlider(direction: 100)).slider == .cost(.electricity))
        #expect(F.after([.chooseSlider(direction: 100), .chooseSlider(direction: 1)]).slider == .cost(.electricity))
        #expect(F.after([.cycleHardware, .chooseSlider(direction: 100)]).slider == .cost(.rental))
    }

    @Test func setSliderOnConcurrencyIsLogarithmic() {
        var state = F.state()
        state.focus = .ranking
        let mid = reduce(state, .setSlider(.concurrency, fraction: 0.5))
        #expect(Self.close(mid.scenario.concurrency, 128.0.squareRoot()))
        #expect(mid.focus == .sliders)
        #expect(mid.slider == .concurrency)
        #expect(reduce(state, .setSlider(.concurrency, fraction: 0)).scenario.concurrency == 1)
        #expect(Self.close(reduce(state, .setSlider(.concurrency, fraction: 1)).scenario.concurrency, 128))
        #expect(Self.close(reduce(state, .setSlider(.concurrency, fraction: 2 / 7)).scenario.concurrency, 4))
        #expect(reduce(state, .setSlider(.concurrency, fraction: -3)).scenario.concurrency == 1, "clamped")
        #expect(Self.close(reduce(state, .setSlider(.concurrency, fraction: 3)).scenario.concurrency, 128), "clamped")
    }

    @Test func setSliderChoosesTheSliderItSets() {
        let s = reduce(F.state(), .setSlider(.cost(.pue), fraction: 0.5))
        #expect(s.slider == .cost(.pue))
        guard case .owned(let gpu)? = s.scenario.costOverrides["A800"] else {
            Issue.record("no override")
            return
        }
        #expect(Self.close(gpu.pue, 2), "linear: halfway along 1…3")
    }

    @Test func setSliderOnTheOtherKinds() {
        let state = F.state()
        // The budget track runs $0.05…$20 (half the fixture's cheapest workload, $0.10, to
        // twice its costliest, $10) on a log scale: halfway is √(0.05 × 20) = $1.
        #expect(Self.close(reduce(state, .setSlider(.budget, fraction: 0)).scenario.budget, 0.05))
        #expect(Self.close(reduce(state, .setSlider(.budget, fraction: 0.5)).scenario.budget, 1))
        #expect(reduce(state, .setSlider(.budget, fraction: 0.98)).scenario.budget == nil, "the far end is no budget")
        #expect(reduce(state, .setSlider(.requests, fraction: 0.5)).scenario.requests == 10_000)
        #expect(reduce(state, .setSlider(.requests, fraction: 0)).scenario.requests == 100)
        #expect(reduce(state, .setSlider(.sloTTFT, fraction: 1)).scenario.sloTTFTms == nil)
        #expect(Self.close(reduce(state, .setSlider(.sloTTFT, fraction: 0)).scenario.sloTTFTms, 50))
        let utilization = reduce(state, .setSlider(.cost(.utilization), fraction: 0.5))
        #expect(Self.close(SliderKind.cost(.utilization).value(utilization), 0.525))
        let rental = reduce(reduce(state, .cycleHardware), .setSlider(.cost(.rental), fraction: 0))
        #expect(rental.scenario.costOverrides["H100"] == .rental(0.1))
    }
}
