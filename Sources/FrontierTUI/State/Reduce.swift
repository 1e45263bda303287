import FrontierCore

/// The next state and what it asks the runtime to do — the loop's one entry point. Pure: the
/// effects are values; the runtime carries them out and sends back what came of them.
/// `derived` is what the analysis of `state` shows (its rows, its cost span).
public func update(_ state: State, _ action: Action, _ derived: Derived) -> (State, [Effect]) {
    let next = reduce(state, action, derived)
    var effects: [Effect] = []
    if next.themeName != state.themeName { effects.append(.loadTheme(next.themeName)) }
    switch action {
    case .export(let format): effects.append(.export(format))
    case .filesChanged: effects.append(.reloadData)
    case .saveScenario: effects.append(.saveScenario)
    case .loadScenario(let number): effects.append(.loadScenario(number))
    default: break
    }
    if next.quitting { effects.append(.quit) }
    return (next, effects)
}

/// The next state after an action. Pure: no I/O, no clock. Global actions first, then by
/// focus, in the manner of Bubble Tea's `Update`. The selection is kept among `derived`'s
/// rows and an overlay's scroll within its content here, never after a frame is drawn.
public func reduce(_ state: State, _ action: Action, _ derived: Derived) -> State {
    var s = state
    let rows = derived.rows
    switch action {
    case .themeProblem, .resize, .loadProblems, .rested: break   // not the operator's doing: a notice stays
    default: s.notice = nil
    }
    switch action {
    case .quit:
        s.quitting = true
    case .escape:
        if s.overlay != nil { s.overlay = nil } else if !s.filter.isEmpty { s.filter = "" } else if s.view != .ranking { s.view = .ranking } else { s.quitting = true }
    case .focusNext, .focusPrevious:
        let all = State.Focus.allCases
        let i = all.firstIndex(of: s.focus)!
        s.focus = all[(i + (action == .focusNext ? 1 : all.count - 1)) % all.count]
    case .moveSlider(let direction, let coarse) where s.view == .plan:
        s.plan.slider.set(s.plan.slider.stepped(s.plan, direction: direction, coarse: coarse), in: &s.plan)
    case .moveSlider(let direction, let coarse):
        s = set(s.slider, to: s.slider.stepped(s, costs: derived.costs, direction: direction, coarse: coarse), in: s)
    case .chooseSlider(let direction) where s.view == .plan:
        let sliders = PlanSlider.allCases
        s.plan.slider = sliders[min(sliders.count - 1, max(0, sliders.firstIndex(of: s.plan.slider)! + direction))]
    case .chooseSlider(let direction):
        let sliders = s.sliders
        let i = sliders.firstIndex(of: s.slider) ?? 0
        s.slider = sliders[min(sliders.count - 1, max(0, i + direction))]
    case .setSlider(let kind, let fraction):
        guard s.sliders.contains(kind) else { break }   // only a slider on screen can be clicked
        s.slider = kind
        s.focus = .sliders
        s = set(kind, to: kind.value(atFraction: fraction, s, costs: derived.costs), in: s)
    case .moveSelection(let delta):
        guard let current = s.selection(in: rows).flatMap(rows.firstIndex) else { break }
        s.selected = rows[min(rows.count - 1, max(0, current + delta))]
    case .select(let configuration):
        guard rows.contains(configuration) else { break }
        s.selected = configuration
        s.focus = .ranking
    case .cycleSort:
        let keys = SortKey.allCases
        s.scenario.sortKey = keys[(keys.firstIndex(of: s.scenario.sortKey)! + 1) % keys.count]
    case .cycleTheme:
        s.theme = (s.theme + 1) % s.themes.count
        s.notice = "theme: \(s.themeName)"
    case .cycleMetric:
        guard !s.data.metrics.isEmpty else { break }
        let current = s.scenario.metric.flatMap { s.data.metrics.firstIndex(of: $0) } ?? 0
        s.scenario.metric = s.data.metrics[(current + 1) % s.data.metrics.count]
        s.notice = "quality metric: \(s.scenario.metric!)"
    case .cycleHardware:
        guard s.data.hardware.count > 1 else { break }
        s.activeHardware = (s.activeHardware + 1) % s.data.hardware.count
        if !s.sliders.contains(s.slider) { s.slider = .concurrency }
        s.notice = "cost sliders edit \(s.data.hardware[s.activeHardware].name)"
    case .cycleShape:
        let shapes = s.data.shapes
        guard shapes.count > 1 else { break }
        let current = (s.scenario.shape ?? s.data.defaultShape).flatMap { shapes.firstIndex(of: $0) } ?? 0
        let next = (current + 1) % shapes.count
        s.scenario.shape = shapes[next]
        s.notice = "workload shape \(shapes[next]) (\(next + 1) of \(shapes.count), w: next)"
    case .toggleBest:
        s.scenario.operatingPoint = s.scenario.operatingPoint == .best ? .chosen : .best
        s.notice = s.scenario.operatingPoint == .best ? "each setup at its best concurrency (b: all at one)" : "all setups at one concurrency (b: each at its best)"
    case .togglePlan:
        s.view = s.view == .plan ? .ranking : .plan
        s.overlay = nil
    case .togglePin:
        s.pinned = s.pinned == nil ? s.scenario : nil
        s.notice = s.pinned == nil ? "unpinned" : "pinned: move a slider to compare (P unpins)"
    case .toggleRisk:
        s.view = s.view == .risk ? .ranking : .risk
        s.overlay = nil
    case .rested:
        break   // the session works out in full what it worked out roughly
    case .setPlanSlider(let kind, let fraction):
        s.plan.slider = kind
        kind.set(kind.value(atFraction: fraction), in: &s.plan)
    case .toggleHelp:
        s.overlay = s.overlay == .help ? nil : .help
    case .toggleProblems:
        s.overlay = s.overlay == .problems ? nil : .problems
    case .scroll(let lines):
        // From where the overlay shows it (a resize may have shortened it), so that End
        // then ↑ moves at once; never past its end.
        let limit = max(0, derived.overlayScrollLimit)
        s.overlayScroll = min(limit, max(0, min(s.overlayScroll, limit) + lines))
    case .openDetail:
        s.selected = s.selection(in: rows)
        s.overlay = s.overlay == .detail ? nil : (s.selected == nil ? nil : .detail)
    case .toggleMark:
        guard let setup = s.selection(in: rows) else { break }
        s.selected = setup
        let name = setup.model + " " + setup.hardwareLabel
        if let i = s.marked.firstIndex(of: setup) {
            s.marked.remove(at: i)
            s.notice = "unmarked \(name)" + (s.marked.isEmpty ? "" : " · \(s.marked.count) marked")
        } else if s.marked.count >= State.maxMarks {
            s.notice = "\(State.maxMarks) setups marked, the most: Space on a marked one unmarks it"
        } else {
            s.marked.append(setup)
            s.notice = "marked \(s.markLetter(setup)!) \(name) · \(s.marked.count) of \(State.maxMarks) · c compares"
        }
    case .toggleCompare:
        if s.marked.isEmpty {
            s.notice = "nothing marked: Space marks the selected setup, c compares the marked ones"
        } else {
            s.overlay = s.overlay == .compare ? nil : .compare
        }
    case .resetScenario:
        s.scenario = s.initialScenario
        // The volume and peak, not which Plan slider is chosen (as for the other sliders).
        s.plan.requestsPerDay = s.initialPlan.requestsPerDay
        s.plan.peak = s.initialPlan.peak
        s.notice = "scenario reset"
    case .openFilter:
        s.filtering = true
        s.overlay = nil
    case .typeFilter(let character):
        // Typed text, but never a control character on screen.
        if !character.unicodeScalars.contains(where: Sanitize.isControl) { s.filter.append(character) }
    case .eraseFilter:
        if !s.filter.isEmpty { s.filter.removeLast() }
    case .keepFilter:
        s.filtering = false
    case .clearFilter:
        s.filtering = false
        s.filter = ""
    case .export, .filesChanged, .saveScenario, .loadScenario:
        break   // effects: see `update`
    case .scenarioLoaded(let scenario, let plan, let name):
        s.scenario = scenario
        if let plan { s.plan = plan }
        s.notice = "scenario \(name) loaded (r: back to the first)"
    case .exported(let message):
        s.notice = message
    case .resize(let width, let height):
        s.width = width
        s.height = height
    case .dataReloaded(let summary):
        s.data = summary
        s.error = nil
        s.notice = "reloaded \(summary.name)"
        if s.activeHardware >= summary.hardware.count { s.activeHardware = 0 }
        if !s.sliders.contains(s.slider) { s.slider = .concurrency }
    case .loadProblems(let notLoaded, let lines):
        s.problems = lines
        if s.overlay == .problems && lines.isEmpty { s.overlay = nil }
        if !lines.isEmpty {
            let left = notLoaded > 0 ? "\(notLoaded) file(s) not loaded" : "\(lines.count) warning(s) loading the data"
            // After what a reload says ("reloaded …"), not instead of it.
            s.notice = [s.notice, "\(left); ! lists \(notLoaded > 0 ? "them" : "what") and why"].compactMap { $0 }.joined(separator: " · ")
        }
    case .notice(let message):
        s.notice = message
    case .themeProblem(let message):
        s.themeError = message
    case .problem(let message):
        s.error = message
    }
    return s
}

/// Sets a slider's value in the scenario.
private func set(_ kind: SliderKind, to value: Double?, in state: State) -> State {
    var s = state
    switch kind {
    case .concurrency: s.scenario.concurrency = value ?? s.scenario.concurrency
    case .budget: s.scenario.budget = value
    case .requests: s.scenario.requests = value.flatMap { Checked.int($0.rounded()) }
    case .sloTTFT: s.scenario.firstSLOms = value
    case .cost(let input):
        guard let value, let profile = s.costProfile,
              let cost = input.setting(value, in: profile.cost) else { break }
        s.scenario.costOverrides[profile.name] = cost
    }
    return s
}
