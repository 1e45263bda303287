import FrontierCore
import Testing
@testable import FrontierTUI

/// Widget fixtures. One H100 rented at $2/h and a workload of 3600 requests, so that a
/// workload costs 2 / (requests per second) dollars; output is 100 tokens a request and
/// the mean TTFT is 100 ms × c.
///
/// | model | score | req/s at c=1, 4, 16 | at c=16: cost, $/1M out, tok/s
/// |-------|-------|---------------------|-----------------------------
/// | Alpha | 80    | 1, 4, 5             | $0.40, $1.11, 500 (frontier)
/// | Beta  | 60    | 2, 8, 10            | $0.20, $0.56, 1000 (frontier)
/// | Gamma | 50    | 1, 2, 4             | $0.50, $1.39, 400 (over a $0.45 budget)
enum WidgetFixture {
    static func run(_ model: String, c: Double, rps: Double) -> Run {
        var run = Run(model: model, hardware: "H100", gpus: 1, concurrency: c, source: "bench-\(model.lowercased()).json")
        run[.requestThroughput] = rps
        run[.outputTokensPerS] = rps * 100
        run[.meanTTFTms] = 100 * c
        return run
    }

    static let models: [(name: String, score: Double, rps: [Double])] = [
        ("Alpha", 80, [1, 4, 5]), ("Beta", 60, [2, 8, 10]), ("Gamma", 50, [1, 2, 4]),
    ]

    static func dataset(_ models: [(name: String, score: Double, rps: [Double])] = models) -> Dataset {
        let levels: [Double] = [1, 4, 16]
        return Dataset(
            name: "widgets", workload: Workload(name: "w", requests: 3600),
            hardware: [HardwareProfile(name: "H100", gpuType: "NVIDIA H100", cost: .rental(2))],
            models: models.map { Model(name: $0.name, size: "7B", notes: "A note on \($0.name).", quality: ["score": $0.score]) },
            runs: models.flatMap { m in zip(levels, m.rps).map { run(m.name, c: $0, rps: $1) } },
            defaultMetric: "score")
    }

    /// At c=16 with a $0.45 budget: Alpha and Beta ranked, Gamma over budget; Alpha selected.
    static func session(width: Int = 80, height: Int = 24, budget: Double? = 0.45) -> Session {
        Session(dataset: dataset(), scenario: Scenario(concurrency: 16, budget: budget), width: width, height: height)
    }

    static func marked(_ width: Int, _ height: Int) -> Canvas { Canvas(width: width, height: height, fill: Cell("x")) }
}

/// `text` padded with spaces to `width`.
func padded(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
}

@Suite("StatusLine, TitleBar, Sparkline")
struct WidgetTests {
    typealias F = WidgetFixture

    static func status(_ state: State, width: Int) -> Canvas {
        var canvas = F.marked(width, 3)
        StatusLine(state, Derived()).render(into: &canvas, area: Rect(x: 0, y: 1, width: width, height: 1))
        return canvas
    }

    @Test func statusLineShowsKeyHints() {
        let canvas = Self.status(F.session().state, width: 70)
        #expect(canvas.lines == [
            String(repeating: "x", count: 70),
            padded(" ←→ slider ↑↓ choose Tab focus Enter detail Space mark ? help q quit", 70),
            String(repeating: "x", count: 70),
        ])
        #expect(canvas[0, 1]?.style == Style(.status, reverse: true))
        #expect(canvas[69, 1]?.style == Style(.status, reverse: true))
    }

    @Test func statusLineShowsMoreHintsWhenWide() {
        #expect(Self.status(F.session().state, width: 80).lines[1]
            == " ←→ slider ↑↓ choose Tab focus Enter detail Space mark c compare ? help q quit  ")
        #expect(Self.status(F.session().state, width: 120).lines[1] == padded(
            " ←→ slider ↑↓ choose Tab focus Enter detail / filter Space mark c compare e export s sort m metric x risk ? help q quit", 120))
        #expect(Self.status(F.session().state, width: 160).lines[1] == padded(
            " ←→ slider ↑↓ choose Tab focus Enter detail / filter Space mark c compare e export S save s sort m metric t theme r reset x risk ? help q quit", 160))
        #expect(Self.status(F.session().state, width: 180).lines[1] == padded(
            " ←→ move slider  ↑↓ choose  Tab focus  Enter details  / filter  Space mark  c compare  e export  S save scenario  s sort  m metric"
                + "  t theme  r reset  x risk  ? help  q quit", 180))
    }

    @Test func theHintsAlwaysEndWithHelpAndQuitAndFit() {
        for width in 20...160 {
            let hints = StatusLine.mainHints(width: width)
            #expect(hints.hasSuffix("? help q quit") || hints.hasSuffix("? help  q quit"), "at \(width)")
            #expect(hints.columns <= max(width, " ? help q quit".columns), "at \(width)")
        }
    }

    @Test func statusLineInASCII() {
        var state = F.session().state
        state.ascii = true
        #expect(Self.status(state, width: 70).lines[1]
                == padded(" <> slider ^v choose Tab focus Enter detail Space mark ? help q quit", 70))
    }

    @Test func statusLineShowsANotice() {
        let state = reduce(F.session().state, .cycleTheme)
        #expect(Self.status(state, width: 30).lines[1] == padded(" theme: default", 30))
    }

    @Test func statusLineShowsAnErrorBeforeANotice() {
        var state = reduce(F.session().state, .problem("runs.csv:4: bad"))
        state.notice = "reloaded"
        let canvas = Self.status(state, width: 56)
        #expect(canvas.lines[1] == padded(" ✗ runs.csv:4: bad (showing the last good data)", 56))
        #expect(canvas[1, 1]?.style == Style(.error, bold: true, reverse: true))
        #expect(Self.status(state, width: 20).lines[1] == " ✗ runs.csv:4: bad …")
    }

    @Test func titleBarNamesDataWorkloadAndHardware() {
        let session = F.session()
        var canvas = F.marked(60, 1)
        TitleBar(session.state, session.analysis, session.dataset).render(into: &canvas, area: canvas.bounds)
        #expect(canvas.lines == [padded(" Frontier · widgets · 1×H100 $2.00/h · 3,600 req of w", 60)])
        #expect(canvas[59, 0]?.style == Style(.title, reverse: true))
        #expect(canvas[1, 0]?.style == Style(.title, bold: true, reverse: true))
        var narrow = F.marked(30, 1)
        TitleBar(session.state, session.analysis, session.dataset).render(into: &narrow, area: narrow.bounds)
        #expect(narrow.lines == [" Frontier · widgets · 1×H100 …"])
    }

    @Test func titleBarCutsTheWorkloadNameBeforeTheHourlyCost() {
        var dataset = F.dataset()
        dataset.workload.name = "a workload with a rather long descriptive name"
        let session = Session(dataset: dataset, scenario: Scenario(concurrency: 16), width: 80, height: 24)
        var canvas = F.marked(70, 1)
        TitleBar(session.state, session.analysis, session.dataset).render(into: &canvas, area: canvas.bounds)
        #expect(canvas.lines == [" Frontier · widgets · 1×H100 $2.00/h · 3,600 req of a workload with a…"])
    }

    @Test func titleBarCountsHardwareProfiles() {
        var dataset = F.dataset()
        dataset.hardware.append(HardwareProfile(name: "A100", gpuType: "NVIDIA A100", cost: .rental(1)))
        dataset.runs += F.dataset().runs.map { run in
            var run = run
            run.hardware = "A100"
            return run
        }
        let session = Session(dataset: dataset, scenario: Scenario(concurrency: 16), width: 80, height: 24)
        var canvas = F.marked(90, 1)
        TitleBar(session.state, session.analysis, session.dataset).render(into: &canvas, area: canvas.bounds)
        #expect(canvas.lines == [padded(" Frontier · widgets · 1×H100 $2.00/h (1 of 2, g: next) · 3,600 req of w", 90)])
    }

    @Test func titleBarNumbersTheProfileTheSlidersEdit() {
        // After g the sliders edit the second profile, the A100: the title names it and
        // should count it as the second of two.
        var dataset = F.dataset()
        dataset.hardware.append(HardwareProfile(name: "A100", gpuType: "NVIDIA A100", cost: .rental(1)))
        dataset.runs += F.dataset().runs.map { run in
            var run = run
            run.hardware = "A100"
            return run
        }
        var session = Session(dataset: dataset, scenario: Scenario(concurrency: 16), width: 80, height: 24)
        session.press(.character("g"))
        #expect(session.state.activeHardware == 1)
        var canvas = F.marked(90, 1)
        TitleBar(session.state, session.analysis, session.dataset).render(into: &canvas, area: canvas.bounds)
        #expect(canvas.lines[0].hasPrefix(" Frontier · widgets · 1×A100 $1.00/h ("))
        #expect(canvas.lines == [padded(" Frontier · widgets · 1×A100 $1.00/h (2 of 2, g: next) · 3,600 req of w", 90)])
    }

    @Test func dollarsJustUnderTenCentsReadAsTenCents() {
        // Three significant digits would give "$0.100": two decimals from $0.09995.
        #expect(Format.dollars(0.1 - 1e-12) == "$0.10")
        #expect(Format.dollars(0.09995) == "$0.10")
        #expect(Format.dollars(0.099949) == "$0.0999")
        #expect(Format.dollars(0.0789) == "$0.0789")
        #expect(Format.dollars(-0.099999) == "-$0.10")
    }

    @Test func sparklineScalesToItsOwnRange() {
        #expect(Sparkline(values: [1, 2, 3, 4, 5, 6, 7, 8], ascii: false).text == "▁▂▃▄▅▆▇█")
        #expect(Sparkline(values: [8, 1], ascii: false).text == "█▁")
        #expect(Sparkline(values: [100, 101, 200], ascii: false).text == "▁▁█")
        #expect(Sparkline(values: [1, 2, 3, 4, 5, 6, 7, 8], ascii: true).text == "_.-~=+*#")
    }

    @Test func sparklineOfEqualOrNoValues() {
        #expect(Sparkline(values: [], ascii: false).text == "")
        #expect(Sparkline(values: [3, 3, 3], ascii: false).text == "▅▅▅")
        #expect(Sparkline(values: [0], ascii: true).text == "=")
    }

    @Test func costPanelBreaksDownTheHourlyCost() throws {
        let session = try SampleData.session(width: 120, height: 40)
        var canvas = F.marked(40, 8)
        CostPanel(session.state, session.analysis)!.render(into: &canvas, area: canvas.bounds)
        #expect(canvas.lines == [
            "┌ Cost · A800-80G ─────────────────────┐",
            "│xdepreciationxxxxxxxxxxxxxxxxxxx$0.57x│",
            "│xpowerxxxxxxxxxxxxxxxxxxxxxxxx$0.0480x│",
            "│xmaintenancexxxxxxxxxxxxxxxxxxxx$0.17x│",
            "│xper GPU-hourxxxxxxxxxxxxxxxxxxx$0.79x│",
            "│x× 2 GPUsxxxxxxxxxxxxxxxxxxxxx$1.58/hx│",
            "│xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx│",
            "└──────────────────────────────────────┘",
        ])
    }

    @Test func costPanelOfARentedProfile() {
        let session = F.session()
        var canvas = F.marked(30, 5)
        CostPanel(session.state, session.analysis)!.render(into: &canvas, area: canvas.bounds)
        #expect(canvas.lines == [
            "┌ Cost · H100 ───────────────┐",
            "│xrentalxxxxxxxxxxxxxxx$2.00x│",
            "│xper GPU-hourxxxxxxxxx$2.00x│",
            "│x× 1 GPUxxxxxxxxxxxx$2.00/hx│",
            "└────────────────────────────┘",
        ])
    }
}

@Suite("Sanitize on screen")
struct SanitizeOnScreenTests {
    /// A model name with a title-setting OSC ended by BEL, a colour CSI, a bare BEL, a
    /// clear-screen CSI, a C1 CSI and a tab.
    static let hostile = "Evil\u{1B}]0;pwned\u{07}Mo\u{1B}[31mdel\u{07}\u{1B}[2J\u{9B}1mX\tY"

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    @Test(arguments: ["", "Enter", "?"])
    func hostileNamesReachNoCell(_ keys: String) throws {
        var dataset = WidgetFixture.dataset()
        dataset.models[0].name = Self.hostile
        dataset.models[0].notes = "notes\u{1B}[1;1H\u{07}here"
        for i in dataset.runs.indices where dataset.runs[i].model == "Alpha" {
            dataset.runs[i].model = Self.hostile
            dataset.runs[i].source = "file\u{1B}]8;;http://x\u{1B}\\.json"
        }
        for (width, height) in [(80, 24), (120, 40)] {
            var session = Session(dataset: dataset, scenario: Scenario(concurrency: 16), width: width, height: height)
            for key in try Key.parse(keys) { session.press(key) }
            let canvas = session.frame.canvas
            let bad = canvas.cells.flatMap(\.character.unicodeScalars).filter(Self.isControl)
            #expect(bad.isEmpty, "\(width)x\(height) after \(keys): \(bad.map(\.value))")
            #expect(!canvas.text.contains("pwned"), "the OSC's payload is dropped with it")
            if keys != "?" {
                #expect(canvas.text.contains("EvilModelX Y"), "\(width)x\(height) after \(keys)")
            }
        }
    }
}

/// Where the panels go: the ranking takes the rows it needs, the sliders and the plot the
/// rest.
@Suite("ScreenLayout")
struct ScreenLayoutTests {
    typealias F = WidgetFixture

    @Test func at80x24TheRankingTakesWhatItNeedsAndThePlotTheRest() throws {
        // Three models: the least the ranking gets, six rows; the plot takes the other 16.
        let few = ScreenLayout(F.session())
        #expect(few.body == Rect(x: 0, y: 1, width: 80, height: 22))
        #expect(few.ranking == Rect(x: 0, y: 17, width: 80, height: 6))
        #expect(few.plot == Rect(x: 34, y: 1, width: 46, height: 16))
        #expect(few.sliders == Rect(x: 0, y: 1, width: 34, height: 7), "five sliders")
        #expect(few.cost == nil && few.economics == nil)
        // Nine models: heading, header and nine rows.
        let sample = ScreenLayout(try SampleData.session(width: 80, height: 24))
        #expect(sample.ranking == Rect(x: 0, y: 12, width: 80, height: 11))
        #expect(sample.plot.height == 11 && sample.sliders.height == 11)
    }

    @Test func rankingRowsAreCapped() {
        let many = (1...30).map { i in (name: "M\(i)", score: Double(100 - i), rps: [1.0, 2, Double(i)]) }
        let narrow = Session(dataset: F.dataset(many), scenario: Scenario(concurrency: 16), width: 80, height: 40)
        #expect(ScreenLayout(narrow).ranking.height == 12)
        #expect(ScreenLayout(narrow).plot.height == 38 - 12)
        let wide = Session(dataset: F.dataset(many), scenario: Scenario(concurrency: 16), width: 120, height: 40)
        #expect(ScreenLayout(wide).ranking.height == 16)
        // Taller, the ranking and the economics panel take two fifths of the body; wider,
        // the economics panel three tenths of the width.
        let large = ScreenLayout(Session(dataset: F.dataset(many), scenario: Scenario(concurrency: 16), width: 200, height: 60))
        #expect(large.ranking.height == 58 * 2 / 5 && large.economics?.height == 23)
        #expect(large.economics?.width == 60 && large.ranking.width == 140)
    }

    @Test func topBandKeepsTheSlidersWhole() throws {
        // Nine sliders need eleven rows: at 80×20 the ranking gives up rows for them.
        let layout = ScreenLayout(try SampleData.session(width: 80, height: 20))
        #expect(layout.sliders.height == 11)
        #expect(layout.ranking.height == 18 - 11)
    }

    @Test func wideScreensHaveAnEconomicsPanelFiftyWide() throws {
        let layout = ScreenLayout(try SampleData.session(width: 120, height: 40))
        #expect(layout.economics == Rect(x: 70, y: 23, width: 50, height: 16))
        #expect(layout.ranking == Rect(x: 0, y: 23, width: 70, height: 16))
        #expect(layout.cost == Rect(x: 0, y: 12, width: 40, height: 11))
        #expect(layout.plot == Rect(x: 40, y: 1, width: 80, height: 22))
        let justWide = ScreenLayout(try SampleData.session(width: 110, height: 30))
        #expect(justWide.economics?.width == 50)
        #expect(ScreenLayout(try SampleData.session(width: 109, height: 40)).economics == nil)
        #expect(ScreenLayout(try SampleData.session(width: 120, height: 29)).economics == nil)
    }
}
