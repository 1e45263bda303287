import FrontierCore
import Testing
@testable import FrontierTUI

/// The dashboard's intervals: the ranking's cost with its half-width and the tie mark, the
/// plot's whiskers and the details' bounds, on the widget fixture's terms ($2/h, 3600
/// requests: a workload costs 2 / req/s dollars) with each level run three times.
///
/// | setup | score | req/s at c=16     | t interval (n − 1 = 2: t 4.3027)     | cost
/// |-------|-------|-------------------|--------------------------------------|---------------------
/// | alpha | 60    | 10, 10.4, 9.8     | 10.067 ± 4.3027 · 0.3055 / √3 ± 0.759 | $0.199 (0.185–0.215)
/// | beta  | 66    | 9.8, 10.1, 9.5    | 9.8 ± 0.745                          | $0.204 (0.190–0.221)
/// | gamma | 72    | 5, 3 (twice)      | 4 ± 12.7062 · 1.414 / √2: low 0      | $0.50, unbounded
/// | delta | 75    | 2.5 (once)        | none                                 | $0.80
///
/// Alpha is first by cost and its interval overlaps beta's: the two are tied.
@Suite("intervals on screen")
struct IntervalScreenTests {
    static let levels: [(c: Double, scale: Double)] = [(1, 0.25), (4, 0.8), (16, 1)]
    static let setups: [(name: String, score: Double, rps: [Double])] = [
        ("alpha", 60, [10, 10.4, 9.8]), ("beta", 66, [9.8, 10.1, 9.5]), ("gamma", 72, [5, 3]), ("delta", 75, [2.5]),
    ]

    static func dataset() -> Dataset {
        let runs = setups.flatMap { s in
            levels.flatMap { level in s.rps.map { WidgetFixture.run(s.name, c: level.c, rps: $0 * level.scale) } }
        }
        return Dataset(name: "repeated", workload: Workload(name: "w", requests: 3600),
                       hardware: [HardwareProfile(name: "H100", gpuType: "NVIDIA H100", cost: .rental(2))],
                       models: setups.map { Model(name: $0.name, quality: ["score": $0.score]) }, runs: runs, defaultMetric: "score")
    }

    static func session(width: Int, height: Int, keys: String = "", ascii: Bool = false) throws -> Session {
        var session = Session(dataset: dataset(), scenario: Scenario(concurrency: 16, sortKey: .cost), ascii: ascii,
                              width: width, height: height)
        for key in try Key.parse(keys) { session.press(key) }
        return session
    }

    @Test func theCostTakesTheFormThatFits() {
        let interval = Interval(low: 0.51, high: 0.58, method: .repeatedRuns, samples: 3)
        // The larger half-width: 0.58 − 0.55 = 0.03 above, 0.55 − 0.51 = 0.04 below.
        #expect(RankingTable.cost(0.55, interval, width: 11) == "$0.55 ±0.04")
        #expect(RankingTable.cost(0.55, interval, width: 10) == "$0.55±0.04")
        #expect(RankingTable.cost(0.55, interval, width: 9) == "$0.55±.04")
        #expect(RankingTable.cost(0.55, interval, width: 11, ascii: true) == "$0.55+-0.04")
        #expect(RankingTable.cost(0.55, interval, width: 9, ascii: true) == "$0.55")
        #expect(RankingTable.cost(0.55, interval, width: 8) == "$0.55")
        #expect(RankingTable.cost(0.55, nil, width: 11) == "$0.55")
        let unbounded = Interval(low: 0.3, high: .infinity, method: .repeatedRuns, samples: 2)
        #expect(RankingTable.cost(0.55, unbounded, width: 11) == "$0.55 ±∞")
        #expect(RankingTable.cost(0.55, unbounded, width: 11, ascii: true) == "$0.55 +-inf")
        // $12.50 ±0.75 is 12 wide: the forms without the space, then the cost alone.
        let dear = Interval(low: 12, high: 13.25, method: .bootstrap, samples: 9)
        #expect(RankingTable.cost(12.5, dear, width: 11) == "$12.50±0.75")
        #expect(RankingTable.cost(12.5, dear, width: 10) == "$12.50±.75")
        #expect(RankingTable.cost(12.5, dear, width: 9) == "$12.50")
        // Half-widths to two significant digits: 133.06 − 129.33 = 3.73 reads 3.7.
        #expect(RankingTable.cost(129.33, Interval(low: 125.66, high: 133.06, method: .bootstrap, samples: 9), width: 11) == "$129.33±3.7")
        #expect(RankingTable.cost(1290, Interval(low: 1250, high: 1330, method: .bootstrap, samples: 9), width: 11) == "$1290.00±40")
    }

    @Test func theIntervalsAreDerivedWithTheAnalysis() throws {
        var session = try Self.session(width: 80, height: 24)
        #expect(session.derived.uncertainty == Uncertainty(session.prepared, session.analysis))
        #expect(session.derived.uncertainty.intervals.count == 3, "delta has no repeated runs")
        session.press(.right)
        #expect(session.derived.uncertainty == Uncertainty(session.prepared, session.analysis), "again for the new scenario")
    }

    @Test func theRankingShowsHalfWidthsAndTies() throws {
        let session = try Self.session(width: 80, height: 24)
        let u = session.derived.uncertainty
        let tied = u.tied.map { session.analysis.entries[$0].label }
        // Gamma's unbounded interval overlaps alpha's too; delta's cost ($0.80) lies above it.
        #expect(tied == ["alpha", "beta", "gamma"])
        let lines = session.frame.canvas.lines
        for label in ["alpha", "beta", "gamma"] {
            let row = try #require(lines.first { $0.contains(label) && $0.contains("±") })
            #expect(row.contains("●=") || row.contains(" = "), "\(label) is marked tied: \(row)")
        }
        let gamma = try #require(lines.first { $0.contains("gamma") && $0.contains("72.0") })
        #expect(gamma.contains("±∞"))
        let delta = try #require(lines.first { $0.contains("delta") && $0.contains("75.0") })
        #expect(!delta.contains("±") && !delta.contains("="))
        // Narrow, the short form keeps the columns.
        let narrow = try Self.session(width: 64, height: 24).frame.canvas.lines
        #expect(narrow.contains { $0.contains("alpha") && $0.contains("±.") })
    }

    @Test func theDetailsGiveTheBoundsAndTheirBasis() throws {
        let session = try Self.session(width: 80, height: 24, keys: "Tab Enter")
        let text = session.frame.canvas.text
        #expect(text.contains("95 % intervals (t over repeated runs, 3): workload $"))
        #expect(text.contains("req/s"))
    }

    /// The plot row of `label`'s point: the whisker spans more of it than the point alone.
    @Test(arguments: [false, true])
    func thePlotDrawsWhiskers(_ ascii: Bool) throws {
        let session = try Self.session(width: 120, height: 40, ascii: ascii)
        let plotted = FrontierPlot(session.state, session.analysis, session.derived)
        var without = plotted
        without.costIntervals = [:]
        let area = Rect(x: 0, y: 0, width: 80, height: 20)
        var a = Frame(canvas: Canvas(width: 80, height: 20)), b = a
        plotted.render(into: &a, area: area)
        without.render(into: &b, area: area)
        let drawn = { (frame: Frame) in frame.canvas.lines.map { $0.filter { $0 != " " }.count }.reduce(0, +) }
        #expect(drawn(a) > drawn(b))
        // Gamma's unbounded high end runs to the plot's right edge.
        let row = try #require(a.canvas.lines.firstIndex { $0.contains("gamma") })
        #expect(a.canvas.lines[row].last != " ", "the whisker reaches the edge: \(a.canvas.lines[row])")
        if ascii { #expect(a.canvas.lines.contains { $0.contains("[") }) }
    }

    @Test(arguments: [(80, 24), (120, 40)], [false, true])
    func screens(_ size: (Int, Int), _ ascii: Bool) throws {
        let canvas = try Self.session(width: size.0, height: size.1, ascii: ascii).frame.canvas
        let name = "intervals\(ascii ? "-ascii" : "")"
        assertGolden(canvas, named: "\(name)-\(size.0)x\(size.1)", header: Golden.header(name, width: size.0, height: size.1, keys: ""))
    }
}
