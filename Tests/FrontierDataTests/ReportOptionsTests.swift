import Testing
@testable import FrontierData
import FrontierCore

/// What a report shows when it is told to show less: the top N, no curves, one model,
/// compact JSON, one line per setup.
@Suite struct ReportOptionsTests {
    static func report(_ options: Report.Options) throws -> Report {
        let d = try #require(loadSample("wineval-a800.json")).dataset
        return Report(dataset: d, analysis: Analysis(d, Scenario()), options: options)
    }

    @Test func topLimitsTheRankingAndSaysWhatIsLeftOut() throws {
        let full = try Self.report(Report.Options())
        let top = try Self.report(Report.Options(top: 3, curves: false))
        #expect(top.ranked == Array(full.analysis.ranking.prefix(3)))
        let text = top.text()
        let hidden = full.analysis.ranking.count - 3
        #expect(text.contains("Not shown: \(hidden) more ranked and 0 more excluded setups"))
        #expect(!text.contains("Per model, across concurrency"))
        #expect(full.text().contains("Per model, across concurrency"))
        #expect(!full.text().contains("Not shown"))
    }

    @Test func aLongFrontierNamesItsEndsUnderTop() {
        // 30 setups, each dearer and better than the one before: all 30 on the frontier.
        var runs: [Run] = []
        for i in 0..<30 {
            var run = Run(model: "m\(i)", hardware: "H", gpus: 1, concurrency: 8)
            run[.requestThroughput] = 30 - Double(i)
            run[.outputTokensPerS] = 100
            runs.append(run)
        }
        let d = Dataset(name: "long", workload: Workload(name: "w", requests: 100),
                        hardware: [HardwareProfile(name: "H", gpuType: "G", cost: .rental(1))],
                        models: (0..<30).map { Model(name: "m\($0)", quality: ["q": Double($0)]) }, runs: runs, defaultMetric: "q")
        let analysis = Analysis(d, Scenario(concurrency: 8))
        #expect(analysis.frontier.count == 30)
        // The paragraphs unwrapped.
        func text(_ options: Report.Options) -> String {
            Report(dataset: d, analysis: analysis, options: options).text().replacingOccurrences(of: "\n  ", with: " ")
        }
        let short = text(Report.Options(top: 50))
        #expect(short.contains("→ … 20 more (--format json lists them) … →"), "\(short)")
        #expect(["m0 (", "m4 (", "m25 (", "m29 ("].allSatisfy { short.contains($0) } && !short.contains("m5 ("))
        let whole = text(Report.Options())
        #expect(!whole.contains("more (--format json") && whole.contains("m15 ("))
    }

    @Test func jsonWithoutCurvesLeavesOutTheCurveKeyOnly() throws {
        let json = try JSONParser.parse(Array(try Self.report(Report.Options(top: 2, curves: false)).render(.json).utf8))
        guard case .array(let models)? = json["models"] else {
            Issue.record("no models")
            return
        }
        #expect(models.count == 2)
        #expect(models.allSatisfy { $0["curve"] == nil && $0["workload_cost_usd"] != nil })
    }

    @Test func oneModelWithItsCurves() throws {
        let report = try Self.report(Report.Options(curves: false, model: "WiNGPT-3.5"))
        #expect(report.ordered.map { report.analysis.entries[$0].configuration.model } == ["WiNGPT-3.5"])
        #expect(report.text().contains("Per model, across concurrency"))
        let json = try JSONParser.parse(Array(report.render(.json).utf8))
        guard case .array(let models)? = json["models"] else {
            Issue.record("no models")
            return
        }
        #expect(models.count == 1 && models[0]["curve"] != nil)
    }

    @Test func compactJSONIsTheSameValueOnOneLine() throws {
        let pretty = try Self.report(Report.Options()).render(.json)
        let compact = try Self.report(Report.Options(compact: true)).render(.json)
        #expect(compact.split(separator: "\n").count == 1 && compact.hasSuffix("\n"))
        #expect(try JSONParser.parse(Array(compact.utf8)) == JSONParser.parse(Array(pretty.utf8)))
    }

    @Test func ndjsonIsOneModelObjectALine() throws {
        let report = try Self.report(Report.Options(curves: false))
        let lines = report.render(.ndjson).split(separator: "\n")
        #expect(lines.count == report.ordered.count)
        let first = try JSONParser.parse(Array(lines[0].utf8))
        guard case .array(let models)? = report.json()["models"] else {
            Issue.record("no models")
            return
        }
        #expect(first == models[0])
    }
}
