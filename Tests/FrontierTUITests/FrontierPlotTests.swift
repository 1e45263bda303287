import FrontierCore
import Testing
@testable import FrontierTUI

/// Plot fixtures. One H100 rented at $2/h and a workload of 3600 requests, so that a
/// workload's cost is 2 / (requests per second) dollars.
///
/// | model | score | c=1 | c=4 | c=16 | (req/s) → cost at c=16
/// |-------|-------|-----|-----|------|
/// | Alpha | 80    | 1   | 4   | 5    | $0.40, frontier
/// | Beta  | 60    | 2   | 8   | 10   | $0.20, frontier
/// | Gamma | 50    | 1   | 2   | 4    | $0.50, dominated
/// | Delta | 70    | 1   | 2   | —    | $1.00 (clamped to c=4), not comparable
/// | Omega | none  | 4   | 8   | 16   | not plotted
enum PlotFixture {
    static func run(_ model: String, c: Double, rps: Double) -> Run {
        var run = Run(model: model, hardware: "H100", gpus: 1, concurrency: c)
        run[.requestThroughput] = rps
        run[.meanTTFTms] = 100 * c
        return run
    }

    static func dataset(_ models: [(name: String, score: Double?, rps: [Double])]) -> Dataset {
        let levels: [Double] = [1, 4, 16]
        var runs: [Run] = []
        for model in models {
            for (c, rps) in zip(levels, model.rps) { runs.append(run(model.name, c: c, rps: rps)) }
        }
        return Dataset(
            name: "plot", workload: Workload(name: "w", requests: 3600),
            hardware: [HardwareProfile(name: "H100", gpuType: "NVIDIA H100", cost: .rental(2))],
            models: models.map { Model(name: $0.name, quality: $0.score.map { ["score": $0] } ?? [:]) },
            runs: runs, defaultMetric: "score")
    }

    static let twoModels = dataset([("Alpha", 80, [1, 4, 5]), ("Beta", 60, [2, 8, 10])])

    static let fiveModels = dataset([
        ("Alpha", 80, [1, 4, 5]), ("Beta", 60, [2, 8, 10]), ("Gamma", 50, [1, 2, 4]),
        ("Delta", 70, [1, 2]), ("Omega", nil, [4, 8, 16]),
    ])

    static func analysis(_ dataset: Dataset = fiveModels, budget: Double? = nil) -> Analysis {
        Analysis(dataset, Scenario(concurrency: 16, budget: budget))
    }

    static func render(_ plot: FrontierPlot, width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height, fill: Cell("x"))
        plot.render(into: &canvas, area: canvas.bounds)
        return canvas
    }
}

/// Where a character stands in a canvas.
private func find(_ character: Character, in canvas: Canvas) -> [(x: Int, y: Int)] {
    (0..<canvas.height).flatMap { y in (0..<canvas.width).compactMap { x in canvas[x, y]?.character == character ? (x, y) : nil } }
}

private func isBraille(_ character: Character) -> Bool {
    character.unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) }
}

@Suite struct FrontierPlotTests {
    let analysis = PlotFixture.analysis(budget: 0.45)

    func plot(selected: Int? = nil, budget: Double? = 0.45, ascii: Bool) -> FrontierPlot {
        FrontierPlot(analysis: analysis, selected: selected, budget: budget, ascii: ascii)
    }

    @Test func it_draws_a_fixed_two_model_analysis_in_ascii() {
        // Alpha ($0.40, 80) and Beta ($0.20, 60) both on the frontier; budget $0.30. Checked by
        // hand: x runs $0.1…$3 over 37 columns (log), so $0.2 → column 10, $0.3 → 15, $0.4 → 18,
        // $1 → 27, $2 → 35; y runs 50…90 over 9 rows.
        let two = PlotFixture.analysis(PlotFixture.twoModels, budget: 0.3)
        let canvas = PlotFixture.render(FrontierPlot(analysis: two, budget: 0.3, ascii: true), width: 40, height: 12)
        #expect(canvas.lines == [
            "score  x: cost of 3,600 requests        ",
            "90+            : budget $0.30           ",
            "  |            :                        ",
            "80+         Alpha *.................    ",
            "  |            :  |                     ",
            "70+            :  |                     ",
            "  |            :  |                     ",
            "60+  Beta *-------|.........            ",
            "  |            :                        ",
            "50+            :                        ",
            "  ++-----------+-----------+-----------+",
            " $0.1        $0.3         $1          $3",
        ])
    }

    @Test func braille_mode_draws_braille_and_ascii_mode_none() {
        let braille = PlotFixture.render(plot(ascii: false), width: 60, height: 16)
        #expect(braille.cells.contains { isBraille($0.character) })
        let ascii = PlotFixture.render(plot(ascii: true), width: 60, height: 16)
        #expect(!ascii.cells.contains { isBraille($0.character) })
        #expect(ascii.cells.allSatisfy { $0.character.isASCII })
    }

    @Test func it_fills_its_whole_area() {
        for ascii in [false, true] {
            var canvas = Canvas(width: 70, height: 20, fill: Cell("#"))
            plot(ascii: ascii).render(into: &canvas, area: Rect(x: 5, y: 2, width: 60, height: 16))
            #expect(find("#", in: canvas).allSatisfy { !Rect(x: 5, y: 2, width: 60, height: 16).contains(x: $0.x, y: $0.y) })
            #expect(canvas.lines[0] == String(repeating: "#", count: 70))
            #expect(canvas.lines[5].hasPrefix("#####") && canvas.lines[5].hasSuffix("#####"))
        }
    }

    @Test func frontier_points_are_bigger_marks_with_the_frontier_role() {
        let braille = PlotFixture.render(plot(ascii: false), width: 60, height: 16)
        let full = find("⣿", in: braille)
        #expect(full.count == 2)   // Alpha and Beta
        #expect(full.allSatisfy { braille[$0.x, $0.y]?.style.role == .frontier })
        let ascii = PlotFixture.render(plot(ascii: true), width: 60, height: 16)
        let stars = find("*", in: ascii)
        #expect(stars.count == 2)
        #expect(stars.allSatisfy { ascii[$0.x, $0.y]?.style.role == .frontier })
    }

    @Test func dominated_and_clamped_points_are_marked_differently() {
        let ascii = PlotFixture.render(plot(ascii: true), width: 60, height: 16)
        // Gamma is dominated; Delta has no data at c=16, so its c=4 figures stand in, hollow.
        let plotArea = { (p: (x: Int, y: Int)) in p.y > 0 && p.y < 14 }
        let x = find("x", in: ascii).filter(plotArea), o = find("o", in: ascii).filter(plotArea)
        #expect(x.count == 1 && o.count == 1)
        #expect(ascii[x[0].x, x[0].y]?.style.role == .dominated)
        #expect(ascii[o[0].x, o[0].y]?.style.role == .dominated)
        let braille = PlotFixture.render(plot(ascii: false), width: 60, height: 16)
        #expect(find("⠛", in: braille).count + find("⣤", in: braille).count == 1)
        #expect(braille.text.contains("⣉"))
    }

    @Test func the_staircase_joins_the_frontier_points() {
        let canvas = PlotFixture.render(plot(ascii: true), width: 60, height: 16)
        let stars = find("*", in: canvas).sorted { $0.x < $1.x }
        let (beta, alpha) = (stars[0], stars[1])
        #expect(beta.y > alpha.y)   // cheaper and lower
        // Right from Beta at its quality to Alpha's cost, then up to Alpha.
        for x in beta.x + 1..<alpha.x where canvas[x, beta.y]?.character != " " {
            #expect(canvas[x, beta.y]?.character == "-")
            #expect(canvas[x, beta.y]?.style.role == .frontier)
        }
        #expect(canvas[alpha.x, beta.y]?.character == "|")
        for y in alpha.y + 1..<beta.y {
            #expect(canvas[alpha.x, y]?.character == "|")
            #expect(canvas[alpha.x, y]?.style.role == .frontier)
        }
    }

    @Test func the_budget_line_has_its_role_and_beyond_it_is_over_budget() {
        for ascii in [true, false] {
            let canvas = PlotFixture.render(plot(ascii: ascii), width: 60, height: 16)
            // The plot's second row holds nothing but the budget line.
            let row = 2
            let line = (0..<canvas.width).filter { canvas[$0, row]?.character != " " }
            #expect(line.count == 2)   // the y axis and the budget line
            let column = line[1]
            #expect(canvas[column, row]?.style.role == .budget)
            #expect(canvas[column, row]?.character == (ascii ? ":" : "⡇"))
            for x in column + 1..<canvas.width - 1 {
                #expect(canvas[x, row]?.style.role == .overBudget)
            }
            for x in line[0] + 1..<column {
                #expect(canvas[x, row]?.style.role == .text)
            }
        }
    }

    @Test func text_beyond_the_budget_keeps_its_role() {
        let canvas = PlotFixture.render(plot(ascii: true), width: 60, height: 16)
        let label = canvas.lines.firstIndex { $0.contains("Delta") }!
        let x = canvas.lines[label].distance(of: "Delta")
        #expect(canvas[x, label]?.style.role == .dominated)
        #expect(canvas.lines[1].contains("budget $0.45"))
    }

    @Test func the_x_axis_carries_dollar_ticks() {
        for ascii in [true, false] {
            let canvas = PlotFixture.render(plot(ascii: ascii), width: 60, height: 16)
            let bottom = canvas.lines[15]
            #expect(bottom.contains("$0.1") && bottom.contains("$0.3") && bottom.contains("$1") && bottom.contains("$3"))
            #expect(canvas.lines[14].filter { $0 == (ascii ? "+" : "┬") }.count == (ascii ? 5 : 4))   // + the corner
        }
    }

    @Test func the_y_axis_carries_quality_ticks_and_the_metric() {
        let canvas = PlotFixture.render(plot(ascii: false), width: 60, height: 16)
        #expect(canvas.lines[0].hasPrefix("score"))
        let ticks = canvas.lines.compactMap { line in line.split(separator: "┤").first.flatMap { Int($0.trimmingPrefix(" ")) } }
        #expect(ticks == [90, 80, 70, 60, 50, 40])
        #expect(canvas[0, 1]?.style.role == .axis)
    }

    @Test func labels_name_the_points_and_unscored_models_are_counted() {
        let canvas = PlotFixture.render(plot(ascii: false), width: 60, height: 16)
        for name in ["Alpha", "Beta", "Gamma", "Delta"] { #expect(canvas.text.contains(name)) }
        #expect(!canvas.text.contains("Omega"))
        #expect(canvas.lines[0].hasSuffix("1 model without a quality score not plotted"))
        // Narrower: the note shortens.
        let narrow = PlotFixture.render(plot(ascii: false), width: 30, height: 10)
        #expect(narrow.lines[0].hasSuffix("1 unscored not plotted"))
    }

    @Test func the_selected_model_is_highlighted() {
        let gamma = analysis.entries.firstIndex { $0.label == "Gamma" }!
        let canvas = PlotFixture.render(plot(selected: gamma, ascii: true), width: 60, height: 16)
        let point = find("x", in: canvas)[0]
        #expect(canvas[point.x, point.y]?.style == Style(.selected, bold: true, reverse: true))
        let row = canvas.lines[point.y]
        let label = row.distance(of: "Gamma")
        #expect(canvas[label, point.y]?.style == Style(.selected, bold: true))
        // Its trail, to the right of its point (costlier levels), is drawn in its role.
        #expect(canvas[point.x + 1, point.y]?.style.role == .selected)
        // A frontier model stays a frontier mark, reversed.
        let alpha = analysis.entries.firstIndex { $0.label == "Alpha" }!
        let other = PlotFixture.render(plot(selected: alpha, ascii: false), width: 60, height: 16)
        let marks = find("⣿", in: other).filter { other[$0.x, $0.y]?.style.reverse == true }
        #expect(marks.count == 1 && other[marks[0].x, marks[0].y]?.style.role == .frontier)
    }

    @Test func labels_never_overlap() {
        // Three identical points: one label each side, the third skipped.
        let same = PlotFixture.dataset([("Same1", 70, [1, 2, 4]), ("Same2", 70, [1, 2, 4]), ("Same3", 70, [1, 2, 4])])
        let canvas = PlotFixture.render(FrontierPlot(analysis: PlotFixture.analysis(same), ascii: true), width: 40, height: 10)
        #expect(canvas.text.contains("Same1") && canvas.text.contains("Same2"))
        // The third has no label beside its point; the title row names it.
        #expect(canvas.lines[0] == "score  x: cost (log)  no label: Same3   ")
        #expect(canvas.lines.dropFirst().allSatisfy { !$0.contains("Same3") })
    }

    @Test func aLegendWithoutRoomForTheNamesCountsThem() {
        let same = PlotFixture.dataset((1...4).map { ("Same-model-\($0)", 70, [1, 2, 4]) })
        let canvas = PlotFixture.render(FrontierPlot(analysis: PlotFixture.analysis(same), ascii: true), width: 40, height: 10)
        #expect(canvas.lines[0] == "score  x: cost (log)  2 unlabelled      ")
    }

    @Test func long_labels_are_shortened() {
        let long = PlotFixture.dataset([("A-very-long-model-name-indeed", 70, [1, 2, 4]), ("B", 60, [2, 4, 8])])
        let analysis = PlotFixture.analysis(long)
        let ascii = PlotFixture.render(FrontierPlot(analysis: analysis, ascii: true), width: 40, height: 10)
        #expect(ascii.text.contains("A-very-l~") && !ascii.text.contains("A-very-long"))
        let braille = PlotFixture.render(FrontierPlot(analysis: analysis), width: 40, height: 10)
        #expect(braille.text.contains("A-very-l…") && !braille.text.contains("A-very-long"))
    }

    @Test func the_budget_widens_the_cost_axis() {
        let canvas = PlotFixture.render(plot(budget: 20, ascii: true), width: 60, height: 16)
        #expect(canvas.lines[15].hasSuffix("$30"), "the axis reaches past the $20 budget to the next tick")
        #expect(canvas.lines[1].contains("budget $20.00"))
    }

    @Test func tiny_areas_get_a_message_and_never_crash() {
        for ascii in [false, true] {
            for width in 0...22 {
                for height in 0...7 {
                    var canvas = Canvas(width: 30, height: 10, fill: Cell("#"))
                    let area = Rect(x: 1, y: 1, width: width, height: height)
                    plot(selected: 0, ascii: ascii).render(into: &canvas, area: area)
                    // Nothing drawn outside the area.
                    #expect(find("#", in: canvas).count == 300 - min(width, 29) * min(height, 9))
                    if width < FrontierPlot.minimumWidth || height < FrontierPlot.minimumHeight, width >= 15, height > 0 {
                        #expect(canvas.text.contains("plot: too small"))
                    }
                    if ascii { #expect(canvas.cells.allSatisfy { $0.character.isASCII }) }
                }
            }
        }
    }

    @Test func an_empty_analysis_says_so() {
        let empty = Dataset(name: "empty", workload: Workload(name: "w", requests: 10), hardware: [], models: [], runs: [])
        let canvas = PlotFixture.render(FrontierPlot(analysis: Analysis(empty, Scenario(budget: 1))), width: 40, height: 10)
        #expect(canvas.text.contains("no models to plot"))
        let unscored = PlotFixture.dataset([("Omega", nil, [1, 2, 4])])
        let other = PlotFixture.render(FrontierPlot(analysis: PlotFixture.analysis(unscored)), width: 60, height: 10)
        #expect(other.text.contains("no models with a quality score to plot"))
        #expect(other.lines[0].hasSuffix("1 model without a quality score not plotted"))
    }

    @Test func a_single_model_with_all_costs_equal_is_plotted() {
        // One level only: the trail is a single dot and the cost range a single value.
        let single = PlotFixture.dataset([("Solo", 75, [2])])
        for ascii in [false, true] {
            let canvas = PlotFixture.render(FrontierPlot(analysis: PlotFixture.analysis(single), budget: 3, ascii: ascii),
                                            width: 40, height: 10)
            #expect(canvas.text.contains("Solo"))
            #expect(canvas.text.contains(ascii ? "o" : "⣉"))   // clamped: measured at c=1 only
            #expect(canvas.lines[9].contains("$"))
            #expect(!canvas.text.contains("nan"))
        }
        // Equal costs and qualities for everyone.
        let flat = PlotFixture.dataset([("P", 1, [2, 2, 2]), ("Q", 1, [2, 2, 2])])
        let canvas = PlotFixture.render(FrontierPlot(analysis: PlotFixture.analysis(flat), ascii: true), width: 40, height: 10)
        #expect(find("*", in: canvas).count == 1)
        #expect(canvas.text.contains("P") && canvas.lines[9].contains("$1"))
    }

    @Test func extreme_figures_neither_crash_nor_show_nan() {
        let extreme = PlotFixture.dataset([
            ("Tiny", 1e-300, [1e-300, 1, 1e300]), ("Huge", 1e300, [1e-10, 2e-10, 3e-10]), ("Mid", 2e-300, [5, 5, 5]),
        ])
        for budget in [nil, 0, -1, .nan, .infinity, 1e250] as [Double?] {
            for ascii in [false, true] {
                let canvas = PlotFixture.render(FrontierPlot(analysis: PlotFixture.analysis(extreme, budget: budget),
                                                             budget: budget, ascii: ascii), width: 50, height: 12)
                #expect(!canvas.text.lowercased().contains("nan") && !canvas.text.contains("inf"))
                #expect(canvas.text.contains("Tiny") || canvas.text.contains("Huge"))
                if ascii { #expect(canvas.cells.allSatisfy { $0.character.isASCII }) }
            }
        }
    }

    @Test func scales_snap_to_nice_values() {
        let log = LogScale(low: 0.2, high: 2, span: 37)
        #expect(log.lo == 0.1 && log.hi == 3 && log.ticks == [0.1, 0.3, 1, 3])
        let equal = LogScale(low: 1, high: 1, span: 37)
        #expect(equal.lo < 1 && equal.hi > 1)
        let wide = LogScale(low: 0.001, high: 5000, span: 20)
        #expect(wide.ticks.count >= 2 && wide.lo <= 0.001 && wide.hi >= 5000)
        #expect([0.02, 0.3, 1, 20, 5000, 2e6, 3e9, 2e-5, 5e13].map(LogScale.label)
                    == ["$0.02", "$0.3", "$1", "$20", "$5k", "$2M", "$3B", "$2e-5", "$5e13"])
        let linear = LinearScale(low: 60, high: 80, maxIntervals: 4)
        #expect(linear.lo == 50 && linear.hi == 90 && linear.step == 10 && linear.ticks == [50, 60, 70, 80, 90])
        let fine = LinearScale(low: 0.81, high: 0.86, maxIntervals: 5)
        #expect(fine.decimals == 2 && fine.ticks.map(fine.label).first == "0.80")
        let flat = LinearScale(low: 0, high: 0, maxIntervals: 3)
        #expect(flat.lo < 0 && flat.hi > 0 && flat.ticks.allSatisfy { $0.isFinite })
        #expect(LinearScale(low: -1e300, high: 1e300, maxIntervals: 4).ticks.allSatisfy { $0.isFinite })
        #expect(LinearScale(low: 1e-300, high: 2e-300, maxIntervals: 4).ticks.allSatisfy { $0.isFinite })
        #expect(LogScale(low: .leastNonzeroMagnitude, high: .greatestFiniteMagnitude, span: 40).ticks.allSatisfy { $0.isFinite })
    }
}

private extension String {
    /// The character offset of the first occurrence of `text`.
    func distance(of text: String) -> Int {
        distance(from: startIndex, to: range(of: text)!.lowerBound)
    }
}
