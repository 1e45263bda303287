import FrontierCore
import Testing
@testable import FrontierTUI

/// Seeded random action sequences through `update`, the analysis changing under them (its
/// rows, its cost span, the overlay's length): it never traps, and after every action the
/// selection is a row on screen (or none with no rows), the chosen slider is one of the
/// sliders, every slider's value is one its input may take, and the overlay scroll is not
/// negative nor, after a scroll, past the overlay's end.
@Suite("reduce properties")
struct ReducePropertyTests {
    typealias F = ReduceFixture

    static func randomAction(_ rng: inout SplitMix64, state: State) -> Action {
        let int = { (range: ClosedRange<Int>, rng: inout SplitMix64) in Int.random(in: range, using: &rng) }
        let fraction = Double.random(in: -0.5...1.5, using: &rng)
        switch int(0...26, &rng) {
        case 0: return .focusNext
        case 1: return .focusPrevious
        case 2, 3: return .moveSlider(direction: [-1, 1][int(0...1, &rng)], coarse: int(0...1, &rng) == 0)
        case 4: return .chooseSlider(direction: int(-12...12, &rng))
        case 5, 6: return .setSlider(SliderKind.allCases[int(0...SliderKind.allCases.count - 1, &rng)], fraction: fraction)
        case 7: return .moveSelection(int(-1000...1000, &rng))
        case 8: return .select(F.rows[int(0...F.rows.count - 1, &rng)])
        case 9: return .cycleSort
        case 10: return .cycleTheme
        case 11: return .cycleMetric
        case 12: return .cycleHardware
        case 13: return .toggleBest
        case 14: return .togglePlan
        case 15: return .setPlanSlider(PlanSlider.allCases[int(0...PlanSlider.allCases.count - 1, &rng)], fraction: fraction)
        case 16: return .toggleHelp
        case 17: return .scroll(int(-500...500, &rng))
        case 18: return .openDetail
        case 19: return .escape
        case 20: return .resetScenario
        case 21: return [.openFilter, .typeFilter("a"), .eraseFilter, .keepFilter, .clearFilter][int(0...4, &rng)]
        case 22: return .resize(width: int(0...300, &rng), height: int(0...100, &rng))
        case 23: return .dataReloaded(F.data(hardware: [[F.a800, F.h100], [F.h100], []][int(0...2, &rng)]))
        case 24: return [.export(.json), .exported("done"), .filesChanged, .problem("p"), .notice("n"), .themeProblem(nil)][int(0...5, &rng)]
        case 25: return [.saveScenario, .loadScenario(int(1...9, &rng)), .scenarioLoaded(Scenario(concurrency: fraction * 100 + 51, budget: 1), name: "2")][int(0...2, &rng)]
        default: return .moveSlider(direction: 1, coarse: true)
        }
    }

    /// What an analysis might show: all the rows, one, or none; costs narrow, vast or one
    /// value; an overlay of any length.
    static func randomDerived(_ rng: inout SplitMix64) -> Derived {
        Derived(rows: [F.rows, Array(F.rows.prefix(1)), [F.rows[3], F.rows[1]], []][Int.random(in: 0...3, using: &rng)],
                costs: [0.1...10, 1e-9...1e300, 5...5][Int.random(in: 0...2, using: &rng)],
                overlayScrollLimit: Int.random(in: 0...60, using: &rng))
    }

    static func violations(_ s: State, _ derived: Derived, after action: Action) -> [String] {
        var found: [String] = []
        let selection = s.selection(in: derived.rows)
        if let selection, !derived.rows.contains(selection) { found.append("selection \(selection.model) not a row") }
        if selection == nil && !derived.rows.isEmpty { found.append("no selection among \(derived.rows.count) rows") }
        if case .scroll = action, s.overlayScroll > derived.overlayScrollLimit {
            found.append("overlay scroll \(s.overlayScroll) past \(derived.overlayScrollLimit)")
        }
        if !s.sliders.contains(s.slider) { found.append("slider \(s.slider) not on screen") }
        for kind in s.sliders {
            guard let value = kind.value(s) else { continue }
            if let input = kind.costInput, !input.accepts(value) { found.append("\(kind) at \(value)") }
            if kind == .concurrency, !(value > 0 && value.isFinite) { found.append("concurrency \(value)") }
            if kind == .requests, !(value >= 1) { found.append("requests \(value)") }
            let p = kind.position(s, costs: derived.costs)
            if !(0...1).contains(p) { found.append("\(kind) position \(p)") }
        }
        if s.overlayScroll < 0 { found.append("overlay scroll \(s.overlayScroll)") }
        if !s.themes.indices.contains(s.theme) { found.append("theme \(s.theme)") }
        return found
    }

    @Test func thousandRandomSequencesKeepTheInvariants() {
        var failures: [String] = []
        for seed in 0..<1000 as Range<UInt64> {
            var rng = SplitMix64(seed: seed)
            var state = F.state(), derived = F.derived
            for step in 0..<40 {
                let action = Self.randomAction(&rng, state: state)
                let (next, effects) = update(state, action, derived)
                state = next
                let found = Self.violations(state, derived, after: action)
                // The scenario or the filter may have changed: a new analysis, new rows.
                if Int.random(in: 0...3, using: &rng) == 0 { derived = Self.randomDerived(&rng) }
                if !found.isEmpty { failures.append("seed \(seed) step \(step) after \(action): \(found)") }
                if effects.contains(.quit) { state = F.state() }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }
}
