import FrontierCore

/// The dashboard without a terminal: the data, the state and the analysis kept in step.
/// An action goes in; the state is reduced, the scenario re-analysed when it changed, and
/// `frame` draws the result. The interactive loop, `frontier snapshot` and the tests all
/// drive the dashboard through this.
///
/// ```swift
/// var session = Session(dataset: dataset, width: 80, height: 24)
/// session.send(.moveSlider(direction: 1, coarse: false))
/// print(session.frame.canvas.text)
/// ```
public struct Session: Sendable {
    /// The setups the filter keeps (all of them with none): what is analysed and drawn.
    public private(set) var prepared: PreparedDataset
    /// Every setup of the data, whatever the filter.
    private var whole: PreparedDataset
    public private(set) var state: State
    /// The analysis of the state's scenario over `prepared`: derived, made again only when
    /// the scenario, the filter or the data change (its curves are cached in `prepared`).
    public private(set) var analysis: Analysis
    /// What `reduce` and the widgets read off the analysis: the rows, the cost span, the scroll
    /// limit, the intervals.
    public private(set) var derived: Derived
    /// The screen for the current state, drawn once per action: the loop shows it and
    /// clicks are hit-tested against it.
    public private(set) var frame: Frame
    /// The APIs the Plan view sets the setups against.
    public let apis: [APIPrice]
    /// The data's mean tokens a request, for the Plan view: worked out on entering it (a
    /// pass over every run, a third of a second at a million), not for the first frame.
    private var tokens: TokenMeans?
    /// The pinned scenario's analysis (`P`), of the same setups; nil without a pin.
    public private(set) var pinnedAnalysis: Analysis?
    /// The Risk view's figures while it is shown; nil otherwise.
    public private(set) var risk: RiskFigures?

    /// Whether the Risk view's robustness was worked out with the quick draws, as while a
    /// slider moves: the runtime sends `.rested` once no event has come for its settle time.
    public var awaitsRest: Bool { risk.map { $0.robustness.draws < RiskFigures.fullDraws } ?? false }

    public init(dataset: Dataset, scenario: Scenario? = nil, plan: PlanSettings = PlanSettings(), apis: [APIPrice] = [],
                themes: [String] = ["default"], theme: Int = 0, ascii: Bool = false, width: Int = 80, height: Int = 24) {
        self.init(prepared: PreparedDataset(dataset), scenario: scenario, plan: plan, apis: apis, themes: themes, theme: theme,
                  ascii: ascii, width: width, height: height)
    }

    /// On data already grouped (`frontier`'s commands group it to find the scenario first):
    /// a million runs are not grouped twice, and the curves worked out for the suggested
    /// concurrency are the first analysis'.
    public init(prepared whole: PreparedDataset, scenario: Scenario? = nil, plan: PlanSettings = PlanSettings(), apis: [APIPrice] = [],
                themes: [String] = ["default"], theme: Int = 0, ascii: Bool = false, width: Int = 80, height: Int = 24) {
        let prepared = whole.compared(scenario ?? Scenario())
        var initial = scenario ?? Scenario()
        if scenario == nil { initial.concurrency = prepared.suggestedConcurrency(initial) ?? initial.concurrency }
        self.prepared = prepared
        self.whole = whole
        self.apis = apis
        state = State(scenario: initial, data: DataSummary(whole), plan: plan, themes: themes, theme: theme, ascii: ascii,
                      width: width, height: height)
        analysis = Analysis(prepared, initial)
        derived = Derived(prepared, analysis)
        frame = Frame(canvas: Canvas(width: 0, height: 0))
        redraw()
    }

    public var dataset: Dataset { prepared.dataset }

    /// Reduces the state, derives the analysis again when the scenario or the filter
    /// changed, draws the result once, and returns the effects the runtime is to carry out.
    @discardableResult
    public mutating func send(_ action: Action) -> [Effect] {
        let before = state.scenario, filter = state.filter, pinned = state.pinned
        let selected = state.selection(in: derived.rows)
        derived.overlayScrollLimit = overlayScrollLimit(state, analysis, derived, prepared.dataset)
        let effects: [Effect]
        (state, effects) = update(state, action, derived)
        let regrouped = state.filter != filter || state.scenario.shape != before.shape
        if regrouped { prepared = whole.compared(state.scenario).filtered(by: state.filter) }
        let changed = state.scenario != before || state.filter != filter
        if changed { reanalyse(sameSetups: !regrouped) } else if state.pinned != pinned { analysePin() }
        updateRisk(changed: changed, reselected: state.selection(in: derived.rows) != selected, rested: action == .rested)
        if state.view == .plan && tokens == nil { tokens = TokenMeans(whole.dataset, shapes: whole.shapes) }
        redraw()
        return effects
    }

    private mutating func redraw() {
        frame = render(state, analysis, derived, prepared.dataset, plan: state.view == .plan ? plan : nil, risk: risk, pinned: pinnedAnalysis)
    }

    /// Keeps the Risk view's figures in step: none outside it; in full on entering it; the
    /// robustness with the quick draws when the scenario changed (a slider step), in full
    /// once the input rests; the tornado again for another selected setup.
    private mutating func updateRisk(changed: Bool, reselected: Bool, rested: Bool) {
        guard state.view == .risk else {
            risk = nil
            return
        }
        let setup = state.selection(in: derived.rows).flatMap(analysis.entryIndex)
        if let risk, !changed {
            if rested && awaitsRest {
                self.risk = RiskFigures(risk, robustness: Robustness(prepared, analysis.scenario, draws: RiskFigures.fullDraws))
            } else if reselected {
                self.risk = RiskFigures(prepared, analysis, derived.uncertainty, setup: setup, robustness: risk.robustness)
            }
        } else {
            risk = RiskFigures(prepared, analysis, derived.uncertainty, setup: setup, draws: risk == nil ? RiskFigures.fullDraws : RiskFigures.quickDraws)
        }
    }

    /// The plan for the state's volume and peak: cheap (arithmetic a setup and API), so
    /// worked out on every step in the Plan view.
    public var plan: Plan {
        Plan(analysis, tokens: tokens ?? TokenMeans(whole.dataset, shapes: whole.shapes), requestsPerDay: state.plan.requestsPerDay, peak: state.plan.peak, apis: apis)
    }

    /// Translates a key press (if it means anything here) and sends it.
    @discardableResult
    public mutating func press(_ key: Key) -> [Effect] {
        KeyMap.action(for: key, in: state).map { send($0) } ?? []
    }

    /// A mouse event on the last frame.
    @discardableResult
    public mutating func click(_ mouse: MouseEvent) -> [Effect] {
        if state.overlay != nil {
            // Over an overlay the wheel scrolls it; nothing under it is clickable.
            switch mouse.kind {
            case .scrollUp: return send(.scroll(-3))
            case .scrollDown: return send(.scroll(3))
            default: return []
            }
        }
        return frame.action(for: mouse, rows: derived.rows).map { send($0) } ?? []
    }

    /// New data from a reload: the scenario stays, the figures change.
    public mutating func replace(_ dataset: Dataset) {
        whole = PreparedDataset(dataset)
        prepared = whole.compared(state.scenario).filtered(by: state.filter)
        tokens = state.view == .plan ? TokenMeans(dataset, shapes: whole.shapes) : nil
        (state, _) = update(state, .dataReloaded(DataSummary(whole)), derived)
        reanalyse(sameSetups: false)
        updateRisk(changed: true, reselected: false, rested: false)
        redraw()
    }

    /// `sameSetups`: `prepared` holds the setups of the last analysis, in the same order.
    private mutating func reanalyse(sameSetups: Bool) {
        // The order compared in its two parts, not joined into `displayOrder` twice.
        let order = sameSetups ? (analysis.ranking, analysis.excluded) : nil
        analysis.reanalyse(prepared, state.scenario)
        let unmoved = order.map { $0.0 == analysis.ranking && $0.1 == analysis.excluded } ?? false
        derived = Derived(prepared, analysis, rows: unmoved ? derived.rows : nil)
        analysePin()
    }

    /// A pin of another workload shape is analysed on that shape's setups, which are not
    /// today's: the ranking shows no change against them rather than a false one.
    private mutating func analysePin() {
        pinnedAnalysis = state.pinned.map { pinned in
            Analysis(pinned.shape == state.scenario.shape ? prepared : whole.compared(pinned).filtered(by: state.filter), pinned)
        }
    }
}
