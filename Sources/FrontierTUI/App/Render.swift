import FrontierCore

/// A drawn screen and where its clickable parts are.
public struct Frame: Equatable, Sendable {
    public var canvas: Canvas
    public var targets: [HitTarget]
    /// How far the open overlay can scroll: its lines less the rows it shows.
    public var overlayScrollLimit = 0

    /// The action for a mouse press or drag at (x, y), if it lands on a slider or a row.
    public func action(for mouse: MouseEvent, rows: [Configuration]) -> Action? {
        switch mouse.kind {
        case .press, .drag: return targets.lazy.compactMap { $0.action(x: mouse.x, y: mouse.y, rows: rows) }.first
        case .scrollUp: return .moveSelection(-1)
        case .scrollDown: return .moveSelection(1)
        case .release: return nil
        }
    }
}

/// The smallest terminal the dashboard lays out in.
public let minimumSize = (width: 60, height: 18)

/// Draws the whole dashboard for a state. Pure: the same inputs give the same cells. The
/// Plan view (`state.view == .plan`) draws `plan` in place of the panels; the Risk view
/// (`.risk`) draws `risk` beside and under the sliders. With a pin, `pinned` is the pinned
/// scenario's analysis, which the ranking compares against.
public func render(_ state: State, _ analysis: Analysis, _ dataset: Dataset, plan: Plan? = nil, risk: RiskFigures? = nil,
                   pinned: Analysis? = nil) -> Frame {
    var canvas = Canvas(width: state.width, height: state.height)
    guard state.width >= minimumSize.width, state.height >= minimumSize.height else {
        let lines = ["Terminal too small", "need \(minimumSize.width)×\(minimumSize.height), have \(state.width)×\(state.height)",
                     "enlarge the window, or q to quit"]
        for (i, line) in lines.enumerated() {
            let y = state.height / 2 - 1 + i
            canvas.write(line, x: max(0, (state.width - line.columns) / 2), y: y, style: Style(i == 0 ? .warning : .muted, bold: i == 0))
        }
        return Frame(canvas: canvas, targets: [], overlayScrollLimit: 0)
    }
    let layout = ScreenLayout(state)
    var targets: [HitTarget] = []
    TitleBar(state: state, analysis: analysis, dataset: dataset).render(into: &canvas, area: layout.title)
    if state.view == .plan, let plan {
        targets += PlanView(state: state, analysis: analysis, plan: plan).render(into: &canvas, area: layout.body)
    } else if state.view == .risk, let risk {
        targets += SliderPanel(state: state, focused: state.focus == .sliders).render(into: &canvas, area: layout.sliders)
        let right = Rect(x: layout.sliders.maxX, y: layout.body.y, width: layout.body.maxX - layout.sliders.maxX, height: layout.body.height)
        let selected = state.selected.flatMap { c in analysis.entries.first { $0.configuration == c } }
        RiskView(risk: risk, setup: selected.map { ($0.label, $0.point.concurrency) }, ascii: state.ascii)
            .render(into: &canvas, area: right)
        let under = Rect(x: layout.sliders.x, y: layout.sliders.maxY, width: layout.sliders.width, height: layout.body.maxY - layout.sliders.maxY)
        canvas.fill(under)
        let r = risk.robustness
        let rough = r.draws < RiskFigures.fullDraws ? " (rough)" : ""
        let sharesInner = canvas.box(under, title: "First · \(Format.grouped(r.draws)) draws\(rough)", ascii: state.ascii)
        ShareBars(shares: r.shares, draws: r.draws, selected: selected?.label, ascii: state.ascii).render(into: &canvas, area: sharesInner)
    } else {
        targets += SliderPanel(state: state, focused: state.focus == .sliders).render(into: &canvas, area: layout.sliders)
        if let costArea = layout.cost { CostPanel(state: state, analysis: analysis).render(into: &canvas, area: costArea) }
        let at = state.scenario.operatingPoint == .best ? "each at its best" : "at c=\(Format.concurrency(state.scenario.concurrency))"
        let plotInner = canvas.box(layout.plot, title: "Production frontier \(at)" + (state.filter.isEmpty ? "" : " · filter on"), ascii: state.ascii)
        var marked: [Int: Character] = [:]
        for setup in state.marked {
            if let i = analysis.entries.firstIndex(where: { $0.configuration == setup }) { marked[i] = state.markLetter(setup) }
        }
        FrontierPlot(analysis: analysis, selected: state.selected.flatMap { c in analysis.entries.firstIndex { $0.configuration == c } },
                     budget: state.scenario.budget, ascii: state.ascii, marked: marked).render(into: &canvas, area: plotInner)
        targets += RankingTable(state: state, analysis: analysis, focused: state.focus == .ranking, pinned: pinned).render(into: &canvas, area: layout.ranking)
        if let economics = layout.economics { EconomicsPanel(state: state, analysis: analysis).render(into: &canvas, area: economics) }
    }
    StatusLine(state: state).render(into: &canvas, area: layout.status)
    var scrollLimit = 0
    if let overlay = state.overlay {
        // An overlay hides the panels: nothing of them shows around its box.
        canvas.fill(layout.body)
        targets = []
        scrollLimit = switch overlay {
        case .help: HelpOverlay(ascii: state.ascii, scroll: state.overlayScroll, plan: state.view == .plan)
            .render(into: &canvas, area: layout.body)
        case .detail: DetailOverlay(state: state, analysis: analysis, dataset: dataset).render(into: &canvas, area: layout.body)
        case .compare: CompareOverlay(state: state, analysis: analysis, dataset: dataset).render(into: &canvas, area: layout.body)
        case .problems: ProblemsOverlay(lines: state.problems, ascii: state.ascii, scroll: state.overlayScroll)
            .render(into: &canvas, area: layout.body)
        }
    }
    if state.ascii { canvas.foldToASCII() }
    return Frame(canvas: canvas, targets: targets, overlayScrollLimit: scrollLimit)
}

/// Where each panel goes. 80×24: title, sliders beside the plot, the ranking, status;
/// from 110×30 the economics panel sits beside the ranking and a cost breakdown under the
/// sliders; past 120×40 the ranking and the economics panel grow with the screen too (up to
/// two fifths of its height, three tenths of its width), not the plot alone.
struct ScreenLayout {
    let title: Rect, body: Rect, status: Rect
    let sliders: Rect, cost: Rect?, plot: Rect, ranking: Rect, economics: Rect?

    init(_ state: State) {
        let screen = Rect(x: 0, y: 0, width: state.width, height: state.height)
        let (title, rest) = screen.splitTop(1)
        let body = Rect(x: 0, y: rest.y, width: rest.width, height: rest.height - 1)
        self.title = title
        self.body = body
        status = Rect(x: 0, y: body.maxY, width: screen.width, height: 1)

        let wide = state.width >= 110 && state.height >= 30
        let sliderHeight = state.sliders.count + 2
        // Narrow, the ranking gets the rows it needs (heading, header, a row a model) up to
        // a cap; wide, it and the economics panel get two fifths, at least 16 rows. The
        // sliders and the plot get the rest, at least the sliders' height.
        let bottomHeight = wide ? max(16, body.height * 2 / 5) : min(max(6, state.rows.count + 2), 12)
        let topHeight = max(min(sliderHeight, body.height - 6), body.height - bottomHeight)
        let (top, bottom) = body.splitTop(topHeight)
        let (left, plot) = top.splitLeft(wide ? 40 : 34)
        let (sliders, below) = left.splitTop(sliderHeight)
        self.sliders = sliders
        cost = wide && below.height >= 6 ? below : nil
        self.plot = plot
        if wide {
            let (ranking, economics) = bottom.splitLeft(bottom.width - max(50, min(72, bottom.width * 3 / 10)))
            self.ranking = ranking
            self.economics = economics
        } else {
            ranking = bottom
            economics = nil
        }
    }
}
