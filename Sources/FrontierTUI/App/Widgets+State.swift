import FrontierCore

// How the dashboard's state maps onto the values each widget draws: the one place that
// reads the state for them. `analysis` is of the state's scenario, `derived` read off it.

extension TitleBar {
    init(_ state: State, _ analysis: Analysis, _ dataset: Dataset) {
        let profile = state.costProfile
        self.init(dataset: dataset.name, profile: profile, gpus: profile.map { analysis.gpus(on: $0.name) } ?? 1,
                  hardwareIndex: state.activeHardware, hardwareCount: state.data.hardware.count,
                  requests: analysis.requests, workload: dataset.workload.name,
                  shape: analysis.shape.map { ($0.text, state.data.shapes.firstIndex(of: $0.text) ?? 0, state.data.shapes.count) })
    }
}

extension SliderPanel {
    init(_ state: State, _ derived: Derived) {
        self.init(rows: state.sliders.map {
                      Row(kind: $0, title: $0.title(state), label: $0.label(state), position: $0.position(state, costs: derived.costs))
                  },
                  current: state.slider, focused: state.focus == .sliders, ascii: state.ascii)
    }
}

extension CostPanel {
    init?(_ state: State, _ analysis: Analysis) {
        guard let profile = state.costProfile else { return nil }
        self.init(profile: profile, gpus: analysis.gpus(on: profile.name), ascii: state.ascii)
    }
}

extension FrontierPlot {
    init(_ state: State, _ analysis: Analysis, _ derived: Derived) {
        var marked: [Int: Character] = [:]
        for (configuration, letter) in state.markLetters { if let i = analysis.entryIndex(of: configuration) { marked[i] = letter } }
        self.init(analysis: analysis, selected: state.selection(in: derived.rows).flatMap(analysis.entryIndex),
                  budget: state.scenario.budget, ascii: state.ascii, marked: marked,
                  costIntervals: derived.uncertainty.intervals.compactMapValues(\.workloadCost))
    }
}

extension RankingTable {
    init(_ state: State, _ analysis: Analysis, _ derived: Derived, pinned: Analysis? = nil) {
        self.init(analysis: analysis, selected: state.selection(in: derived.rows), marks: state.markLetters, filter: state.filter,
                  focused: state.focus == .ranking, ascii: state.ascii, pinned: pinned, pinNote: state.pinNote,
                  uncertainty: derived.uncertainty)
    }
}

extension RiskView {
    init(_ state: State, _ analysis: Analysis, _ derived: Derived, _ risk: RiskFigures) {
        let selected = state.selection(in: derived.rows).flatMap(analysis.entryIndex).map { analysis.entries[$0] }
        self.init(risk: risk, setup: selected.map { ($0.label, $0.point.concurrency) }, ascii: state.ascii)
    }
}

extension ShareBars {
    init(_ state: State, _ analysis: Analysis, _ derived: Derived, _ robustness: Robustness) {
        let selected = state.selection(in: derived.rows).flatMap(analysis.entryIndex).map { analysis.entries[$0] }
        self.init(shares: robustness.shares, draws: robustness.draws, selected: selected?.label, ascii: state.ascii)
    }
}

extension EconomicsPanel {
    init(_ state: State, _ analysis: Analysis, _ derived: Derived) {
        let selected = state.selection(in: derived.rows)
        self.init(entry: selected.flatMap(analysis.entryIndex).map { analysis.entries[$0] },
                  concurrency: state.scenario.concurrency, ascii: state.ascii)
    }
}

extension PlanView {
    init(_ state: State, _ analysis: Analysis, _ plan: Plan) {
        self.init(settings: state.plan, ascii: state.ascii, analysis: analysis, plan: plan)
    }
}

extension StatusLine {
    /// An error before the filter being typed, that before a notice, then the key hints.
    init(_ state: State, _ derived: Derived) {
        let message: Message = if let error = state.error { .dataError(error) }
            else if let error = state.themeError { .themeError(error) }
            else if state.filtering { .filter(state.filter, matches: derived.rows.count, of: state.data.setups) }
            else if let notice = state.notice { .notice(notice) }
            else { .hints(StatusLine.Keys(state.view)) }
        self.init(message: message, ascii: state.ascii, shapes: state.data.shapes.count > 1)
    }
}

extension StatusLine.Keys {
    init(_ view: State.View) {
        self = switch view {
        case .ranking: .ranking
        case .plan: .plan
        case .risk: .risk
        }
    }
}

/// The open overlay, made with what it shows; nil with none open.
func overlayWidget(_ state: State, _ analysis: Analysis, _ derived: Derived, _ dataset: Dataset) -> (any OverlayWidget)? {
    switch state.overlay {
    case nil: return nil
    case .help: return HelpOverlay(ascii: state.ascii, scroll: state.overlayScroll, plan: state.view == .plan, shapes: state.data.shapes.count > 1)
    case .detail:
        guard let setup = state.selection(in: derived.rows) else { return nil }
        let index = analysis.entryIndex(of: setup)
        return DetailOverlay(configuration: setup, label: index.map { analysis.entries[$0].label } ?? setup.model,
                             dataset: dataset, shapes: analysis.shapes, intervals: index.flatMap { derived.uncertainty.intervals[$0] },
                             scroll: state.overlayScroll, ascii: state.ascii)
    case .compare: return CompareOverlay(marked: state.marked, analysis: analysis, dataset: dataset, scroll: state.overlayScroll, ascii: state.ascii)
    case .problems: return ProblemsOverlay(lines: state.problems, ascii: state.ascii, scroll: state.overlayScroll)
    }
}
