import FrontierCore

/// The smallest terminal the dashboard lays out in.
public let minimumSize = (width: 60, height: 18)

/// Draws the whole dashboard for a state: the view of the Elm loop. Pure: the same inputs
/// give the same cells. `analysis` is of the state's scenario over the setups its filter
/// keeps (`dataset`), `derived` what was read off it; the Plan view (`state.view == .plan`)
/// draws `plan` in place of the panels.
public func render(_ state: State, _ analysis: Analysis, _ derived: Derived, _ dataset: Dataset, plan: Plan? = nil) -> Frame {
    var frame = Frame(canvas: Canvas(width: state.width, height: state.height))
    guard state.width >= minimumSize.width, state.height >= minimumSize.height else {
        let lines = ["Terminal too small", "need \(minimumSize.width)×\(minimumSize.height), have \(state.width)×\(state.height)",
                     "enlarge the window, or q to quit"]
        for (i, line) in lines.enumerated() {
            let y = state.height / 2 - 1 + i
            frame.canvas.write(line, x: max(0, (state.width - line.columns) / 2), y: y, style: Style(i == 0 ? .warning : .muted, bold: i == 0))
        }
        return frame
    }
    let layout = ScreenLayout(state, rows: derived.rows.count)
    TitleBar(state, analysis, dataset).render(into: &frame, area: layout.title)
    if state.view == .plan, let plan {
        PlanView(state, analysis, plan).render(into: &frame, area: layout.body)
    } else {
        SliderPanel(state, derived).render(into: &frame, area: layout.sliders)
        if let costArea = layout.cost { CostPanel(state, analysis)?.render(into: &frame, area: costArea) }
        let at = state.scenario.operatingPoint == .best ? "each at its best" : "at c=\(Format.concurrency(state.scenario.concurrency))"
        let plotInner = frame.canvas.box(layout.plot, title: "Production frontier \(at)" + (state.filter.isEmpty ? "" : " · filter on"), ascii: state.ascii)
        FrontierPlot(state, analysis, derived).render(into: &frame, area: plotInner)
        RankingTable(state, analysis, derived).render(into: &frame, area: layout.ranking)
        if let economics = layout.economics { EconomicsPanel(state, analysis, derived).render(into: &frame, area: economics) }
    }
    StatusLine(state, derived).render(into: &frame, area: layout.status)
    if let overlay = overlayWidget(state, analysis, derived, dataset) {
        // An overlay hides the panels: nothing of them shows around its box, and nothing
        // under it is clickable.
        frame.canvas.fill(layout.body)
        frame.targets = []
        overlay.render(into: &frame, area: layout.body)
    }
    if state.ascii { frame.canvas.foldToASCII() }
    return frame
}

/// How far the open overlay can scroll at the state's size (0 with none open): what
/// `reduce` keeps `overlayScroll` within.
public func overlayScrollLimit(_ state: State, _ analysis: Analysis, _ derived: Derived, _ dataset: Dataset) -> Int {
    guard state.width >= minimumSize.width, state.height >= minimumSize.height,
          let overlay = overlayWidget(state, analysis, derived, dataset) else { return 0 }
    return overlay.scrollLimit(in: ScreenLayout(state, rows: derived.rows.count).body)
}
