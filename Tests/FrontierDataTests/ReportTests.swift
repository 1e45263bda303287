import Testing
@testable import FrontierData
import FrontierCore

@Suite struct ReportTests {
    static func winevalReport(_ scenario: Scenario = Scenario()) throws -> Report {
        let d = try #require(loadSample("wineval-a800.json")).dataset
        return Report(dataset: d, analysis: Analysis(d, scenario))
    }

    @Test func textFitsEightyColumns() throws {
        for scenario in [Scenario(), Scenario(concurrency: 64), Scenario(concurrency: 3, budget: 1, slos: [.meanTTFT(100)])] {
            let text = try Self.winevalReport(scenario).text()
            let long = text.split(separator: "\n", omittingEmptySubsequences: false).filter { $0.count > 80 }
            #expect(long.isEmpty, "lines over 80 columns:\n\(long.joined(separator: "\n"))")
            #expect(text.contains("WiNGPT-3.5"))
            #expect(text.contains("2×A800-80G"))
            #expect(text.hasSuffix("\n"))
        }
    }

    @Test func textNamesTheFrontierAndTheCosts() throws {
        let text = try Self.winevalReport().text()
        #expect(text.contains("Frontier report — wineval-a800"))
        #expect(text.contains("WiNEval-3.0, 2,993 requests"))
        #expect(text.contains("$0.79 per GPU-hour"))
        #expect(text.contains("Production frontier"))
    }

    @Test func jsonReportKeys() throws {
        let report = try Self.winevalReport()
        let json = report.json()
        func keys(_ value: JSONValue?) -> Set<String> {
            guard case .object(let members)? = value else { return [] }
            return Set(members.map(\.key))
        }
        #expect(keys(json).isSuperset(of: ["scenario", "hardware", "frontier", "models"]))
        #expect(keys(json["scenario"]).isSuperset(of: ["concurrency", "budget_usd", "requests", "slos", "metric"]))
        let hardware = json["hardware"]
        #expect(keys(hardware).isSuperset(of: ["name", "gpus", "gpu_price_usd", "hourly_per_gpu_usd", "hourly_usd", "breakdown"]))
        let breakdown = keys(hardware?["breakdown"])
        #expect(breakdown.isSuperset(of: ["depreciation", "power", "maintenance"]))
        #expect(hardware?["name"] == .string("A800-80G"))
        #expect(hardware?["gpus"] == .number(2))
        #expect(hardware?["gpu_price_usd"] == .number(15_000))
        guard case .number(let perGPU)? = hardware?["hourly_per_gpu_usd"], case .number(let total)? = hardware?["hourly_usd"] else {
            Issue.record("hourly figures missing")
            return
        }
        #expect(cents(perGPU) == 0.79)
        #expect(abs(total - 2 * perGPU) < 1e-12)

        guard case .array(let frontier)? = json["frontier"], case .array(let models)? = json["models"] else {
            Issue.record("frontier or models missing")
            return
        }
        #expect(frontier.contains(.string("WiNGPT-3.5")))
        #expect(models.count == 9)
        let modelKeys: Set<String> = ["name", "quality", "concurrency", "workload_cost_usd", "cost_per_request_usd",
                                      "cost_per_million_output_tokens_usd", "mean_ttft_ms", "output_tokens_per_s",
                                      "on_frontier", "efficiency", "rank", "excluded_reason", "zone", "curve"]
        for model in models {
            #expect(keys(model).isSuperset(of: modelKeys), "\(modelKeys.subtracting(keys(model)))")
            let zone = keys(model["zone"])
            #expect(zone.isSuperset(of: ["low", "high", "knee"]))
            guard case .array(let curve)? = model["curve"] else {
                Issue.record("no curve")
                continue
            }
            #expect(!curve.isEmpty)
            for point in curve {
                #expect(keys(point).isSuperset(of: ["concurrency", "workload_cost_usd", "marginal_saving_usd", "elasticity"]))
            }
        }
        let first = models[0]
        #expect(first["name"] == .string("WiNGPT-3.5"))
        #expect(first["quality"] == .number(76.2))
        #expect(first["rank"] == .number(1))
        #expect(first["on_frontier"] == .bool(true))
        #expect(first["excluded_reason"] == .null)
    }

    @Test func jsonReportExcludedReason() throws {
        let report = try Self.winevalReport(Scenario(budget: 0.5))
        let json = try JSONParser.parse(Array(report.render(.json).utf8))
        guard case .array(let models)? = json["models"] else {
            Issue.record("no models")
            return
        }
        let excluded = models.filter { $0["rank"] == .null }
        #expect(!excluded.isEmpty)
        for model in excluded {
            guard case .string(let reason)? = model["excluded_reason"] else {
                Issue.record("excluded without a reason")
                continue
            }
            #expect(reason.contains("over budget"))
        }
    }

    @Test func markdownHasAPipeTable() throws {
        let md = try Self.winevalReport().markdown()
        #expect(md.hasPrefix("# Frontier report — wineval-a800"))
        let lines = md.split(separator: "\n").map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("| # | Model |") })
        #expect(lines[header + 1].hasPrefix("| ---: | --- |"))
        let columns = lines[header].filter { $0 == "|" }.count
        #expect(lines[header + 1].filter { $0 == "|" }.count == columns)
        #expect(lines[header + 2].hasPrefix("| 1 | WiNGPT-3.5 |"))
        #expect(lines[header + 2].filter { $0 == "|" }.count == columns)
    }

    static let awkwardNames = #"[{"name": "=HYPERLINK(\"http://x\",\"y\"),z", "quality": {"s": 80}}, {"name": "a|b", "quality": {"s": 70}}, {"name": "@SUM(A1)", "quality": {"s": 60}}, {"name": "-cmd", "quality": {"s": 50}}]"#

    static func awkwardReport() throws -> Report {
        let text = dataset(runs: [
            run(model: #"=HYPERLINK(\"http://x\",\"y\"),z"#), run(model: "a|b"), run(model: "@SUM(A1)"), run(model: "-cmd"),
        ], models: awkwardNames)
        let d = try #require(load(text)).dataset
        return Report(dataset: d, analysis: Analysis(d, Scenario()))
    }

    @Test func csvEscapesAndNeutralisesFormulas() throws {
        let csv = try Self.awkwardReport().csv()
        #expect(csv.contains(#""'=HYPERLINK(""http://x"",""y""),z""#))
        let records = try CSVReader.records(csv)
        #expect(records.count == 5)
        let header = records[0].fields
        #expect(header.starts(with: ["rank", "name", "model"]))
        #expect(records.allSatisfy { $0.fields.count == header.count })
        let names = records.dropFirst().map { $0.fields[1] }
        #expect(names == [#"'=HYPERLINK("http://x","y"),z"#, "a|b", "'@SUM(A1)", "'-cmd"])
        // Numbers, negative ones included, are left alone.
        #expect(report_csvField("-0.5") == "-0.5")
        #expect(report_csvField("+cmd") == "'+cmd")
        #expect(report_csvField("plain") == "plain")
    }

    @Test func markdownEscapesPipes() throws {
        let md = try Self.awkwardReport().markdown()
        #expect(md.contains(#"a\|b"#))
        #expect(!md.contains("| a|b |"))
    }

    /// A report written in pieces is the report's bytes, in every format.
    @Test func writtenInPiecesItIsTheSameReport() throws {
        let report = try Self.winevalReport()
        for format in ReportFormat.allCases {
            var pieces: [[UInt8]] = []
            report.write(format, piece: 64) { pieces.append($0) }
            #expect(pieces.joined().elementsEqual(report.bytes(format)), "\(format)")
            if format == .json || format == .ndjson { #expect(pieces.count > 2, "\(format)") }
        }
    }

    @Test func renderDispatchesEveryFormat() throws {
        let report = try Self.winevalReport()
        #expect(report.render(.text) == report.text())
        #expect(report.render(.markdown) == report.markdown())
        #expect(report.render(.csv) == report.csv())
        #expect(report.render(.json) == JSONWriter.write(report.json()))
    }

    @Test func rentalHardwareInTheReport() throws {
        let text = dataset(runs: [bareRun(#""model": "M", "hardware": "cloud", "gpus": 4, "concurrency": 8, "request_throughput": 2"#)],
                           hardware: #"[{"name": "cloud", "cost": "rental", "rental_usd_per_gpu_hour": 2.5}]"#)
        let d = try #require(load(text)).dataset
        let report = Report(dataset: d, analysis: Analysis(d, Scenario(concurrency: 8)))
        let json = report.json()
        #expect(json["hardware"]?["gpu_price_usd"] == .null)
        #expect(json["hardware"]?["hourly_usd"] == .number(10))
        #expect(report.text().contains("4×cloud: $10.00/h"))
    }
}

/// The CSV reports' field quoting.
private func report_csvField(_ text: String) -> String { Report.csvField(text) }

@Suite struct ReportWidthTests {
    @Test func longNamesAreCutToKeepTextAt80Columns() {
        var table = Table([("#", .right), ("Model", .left), ("Cost", .right)])
        table.add(["1", "meta-llama/Llama-3.1-8B-Instruct-with-a-very-long-suffix · 1×H100-80G", "$0.30"])
        table.add(["2", "short", "$0.10"])
        let lines = table.text(limit: 40).split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.count <= 40 })
        // 1 + 70 + 5 columns and two gaps of 2 is 80: the names give up 40, keeping 30 — the
        // 13 of " · 1×H100-80G" whole, and of the model's 17 8 of the head, the ellipsis, 8 of the tail.
        #expect(lines[1] == "1  meta-lla…g-suffix · 1×H100-80G  $0.30")
        #expect(lines[2] == "2  short" + String(repeating: " ", count: 25) + "  $0.10")
    }

    /// A CJK or emoji name takes two columns a character: padding counts columns, so the
    /// cost column lines up under its header on every row.
    @Test func wideNamesAlignByColumns() {
        var table = Table([("Model", .left), ("Cost", .right)])
        table.add(["通义千问-72B大模型", "$1.00"])
        table.add(["GLM-5 🚀", "$0.50"])
        table.add(["alpha", "$12.00"])
        let lines = table.text(limit: 80).split(separator: "\n").map(String.init)
        #expect(lines == ["Model                 Cost", "通义千问-72B大模型   $1.00", "GLM-5 🚀             $0.50", "alpha               $12.00"])
        #expect(Set(lines.map(\.columns)) == [26])
        let cut = table.text(limit: 20).split(separator: "\n").map(String.init)
        #expect(cut.allSatisfy { $0.columns <= 20 }, "\(cut)")
        #expect(cut[1] == "通义…B大模型   $1.00")
    }

    @Test func aTableThatFitsIsLeftAlone() {
        var table = Table([("Model", .left), ("Cost", .right)])
        table.add(["alpha", "$1.00"])
        #expect(table.text(limit: 80) == "Model   Cost\nalpha  $1.00")
    }
}
