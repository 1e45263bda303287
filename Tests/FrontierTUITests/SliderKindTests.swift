import FrontierCore
import Testing
@testable import FrontierTUI

@Suite("SliderKind")
struct SliderKindTests {
    typealias F = ReduceFixture

    @Test func labelsCarryUnits() {
        var state = F.state(Scenario(concurrency: 64, budget: 2.5, requests: 12_000, sloTTFTms: 1500))
        let labels = state.sliders.map { $0.label(state) }
        #expect(labels == ["64", "$2.50", "12,000 req", "1.5 s", "$15,000", "4.0 y", "75%", "1.20", "$0.10/kWh"])
        state = reduce(state, .cycleHardware)
        #expect(SliderKind.cost(.rental).label(state) == "$2.00/h")
        #expect(SliderKind.cost(.gpuPrice).label(state) == "—", "no owned cost on a rented profile")
        #expect(SliderKind.sloTTFT.label(F.state()) == "none")
        #expect(SliderKind.concurrency.label(F.state(Scenario(concurrency: 90.5))) == "90.5")
    }

    @Test func titlesFitTheLabelColumn() {
        for kind in SliderKind.allCases {
            #expect(!kind.title.isEmpty)
            #expect(kind.title.count <= 11, "\(kind.title) is wider than the slider panel's label column")
        }
    }

    @Test func positionIsLogarithmicForConcurrencyAndNoneSitsAtTheEnd() {
        let state = F.state(Scenario(concurrency: 128.0.squareRoot()))
        #expect(abs(SliderKind.concurrency.position(state, costs: F.derived.costs) - 0.5) < 1e-9)
        #expect(SliderKind.concurrency.position(F.state(Scenario(concurrency: 1)), costs: F.derived.costs) == 0)
        #expect(SliderKind.concurrency.position(F.state(Scenario(concurrency: 128)), costs: F.derived.costs) == 1)
        #expect(SliderKind.concurrency.position(F.state(Scenario(concurrency: 1000)), costs: F.derived.costs) == 1, "clamped")
        #expect(SliderKind.budget.position(state, costs: F.derived.costs) == 1, "no budget: the open end")
        #expect(SliderKind.sloTTFT.position(state, costs: F.derived.costs) == 1)
        #expect(abs(SliderKind.cost(.pue).position(state, costs: F.derived.costs) - 0.1) < 1e-9, "1.20 on 1…3")
    }

    @Test func positionAndFractionAgree() {
        let state = F.state()
        for kind in state.sliders {
            for fraction in [0.0, 0.25, 0.5, 0.9] {
                let s = reduce(state, .setSlider(kind, fraction: fraction))
                #expect(abs(kind.position(s, costs: F.derived.costs) - fraction) < 1e-3 || kind == .requests, "\(kind) at \(fraction)")
            }
        }
    }

    @Test func niceLadderOneTwoFive() {
        #expect(SliderKind.niceLadder(1...100, perDecade: 3) == [1, 2, 5, 10, 20, 50, 100])
        let fine = SliderKind.niceLadder(10...100, perDecade: 12)
        #expect(fine == [10, 12, 15, 18, 20, 25, 30, 35, 40, 50, 60, 80, 100])
        #expect(SliderKind.niceLadder(3...7, perDecade: 3) == [5])
    }

    @Test func stepWithAnOpenTop() {
        let ladder: [Double] = [1, 2, 5]
        #expect(SliderKind.step(nil, on: ladder, direction: -1, openTop: true) == 5)
        #expect(SliderKind.step(nil, on: ladder, direction: 1, openTop: true) == nil)
        #expect(SliderKind.step(5, on: ladder, direction: 1, openTop: true) == nil)
        #expect(SliderKind.step(5, on: ladder, direction: 1, openTop: false) == 5)
        #expect(SliderKind.step(1, on: ladder, direction: -1, openTop: true) == 1)
        #expect(SliderKind.step(3, on: ladder, direction: -1, openTop: true) == 2)
        #expect(SliderKind.step(3, on: ladder, direction: 1, openTop: true) == 5)
        #expect(SliderKind.step(2 + 1e-12, on: ladder, direction: 1, openTop: true) == 5, "a rounding error is not a step")
        #expect(SliderKind.step(7, on: [], direction: 1, openTop: true) == 7)
    }

    @Test func concurrencyStepWithoutLevelsStays() {
        #expect(SliderKind.concurrencyStep(from: 8, levels: [], direction: 1, coarse: false) == 8)
        #expect(SliderKind.concurrencyStep(from: 8, levels: [8], direction: 1, coarse: false) == 8)
    }
}
