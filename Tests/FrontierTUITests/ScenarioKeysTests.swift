import FrontierCore
import Testing
@testable import FrontierTUI

/// `S` and `1`–`9`: reduce asks the runtime to write or read a scenario file and takes
/// what it read.
@Suite("scenario keys")
struct ScenarioKeysTests {
    typealias F = ReduceFixture

    @Test func keysAskForEffectsThatReduceDoesNotCarryOut() {
        #expect(KeyMap.action(for: .character("S"), in: F.state()) == .saveScenario)
        #expect(KeyMap.action(for: .character("1"), in: F.state()) == .loadScenario(1))
        #expect(KeyMap.action(for: .character("9"), in: F.state()) == .loadScenario(9))
        #expect(KeyMap.action(for: .character("0"), in: F.state()) == nil)
        #expect(KeyMap.action(for: .character("٣"), in: F.state()) == nil, "an Arabic-Indic digit is no scenario number")
        #expect(KeyMap.action(for: .character("3"), in: reduce(F.state(), .openFilter)) == .typeFilter("3"))
        let (saved, effects) = update(F.state(), .saveScenario, F.derived)
        #expect(effects == [.saveScenario] && saved.scenario == F.state().scenario)
        #expect(update(F.state(), .loadScenario(4), F.derived).1 == [.loadScenario(4)])
    }

    @Test func aLoadedScenarioReplacesTheCurrentOneAndSaysWhich() {
        var scenario = F.state().scenario
        scenario.concurrency = 4
        scenario.operatingPoint = .best
        let state = reduce(F.state(), .scenarioLoaded(scenario, name: "2 (demo.toml)"))
        #expect(state.scenario == scenario)
        #expect(state.notice == "scenario 2 (demo.toml) loaded (r: back to the first)")
        #expect(reduce(state, .resetScenario).scenario == F.state().initialScenario)
        #expect(state.plan == F.state().plan, "a file without volume or peak keeps the Plan view's")
        let planned = reduce(F.state(), .scenarioLoaded(scenario, plan: PlanSettings(requestsPerDay: 2e6, peak: 4), name: "3"))
        #expect(planned.plan == PlanSettings(requestsPerDay: 2e6, peak: 4))
    }
}
