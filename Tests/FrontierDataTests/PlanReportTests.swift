import Foundation
import Testing
@testable import FrontierData
import FrontierCore

/// `frontier plan`'s report in its four formats, on the wineval sample at 2M requests a day
/// (peak 2) with the bundled API presets, each model at its best.
@Suite struct PlanReportTests {
    static var presetsPath: String { sampleDataFolder().deletingLastPathComponent().path + "/presets/api-prices.json" }

    static func report(slo: Double? = nil, sample: String = "wineval-a800.json", top: Int? = nil) throws -> PlanReport {
        let d = try #require(loadSample(sample)).dataset
        let analysis = Analysis(d, Scenario(slos: slo.map { [.meanTTFT($0)] } ?? [], operatingPoint: .best))
        let plan = Plan(analysis, tokens: TokenMeans(d), requestsPerDay: 2e6, peak: 2,
                        apis: try APIPresets.load(path: presetsPath))
        return PlanReport(dataset: d, analysis: analysis, plan: plan, top: top)
    }

    @Test func topLimitsTheTextTablesNotTheJSON() throws {
        let all = try Self.report(), two = try Self.report(top: 2)
        let text = two.render(.text)
        #expect(text.contains("dense-7B") && text.contains("moe-16B-A2B"))
        #expect(!text.contains("dense-14B"), "the third cheapest is past --top 2, in every table")
        #expect(text.contains("Not shown: \(all.plan.rows.count - 2) more planned and 0 more not planned setups"))
        #expect(!all.render(.text).contains("Not shown"))
        #expect(two.render(.json) == all.render(.json))
        #expect(two.render(.csv) == all.render(.csv))
    }

    @Test func textFitsEightyColumnsAndNamesTheFleet() throws {
        for report in [try Self.report(), try Self.report(slo: 800), try Self.report(sample: "gpt-oss-20b-1gpu.csv")] {
            let text = report.render(.text)
            let long = text.split(separator: "\n").filter { $0.count > 80 }
            #expect(long.isEmpty, "lines over 80 columns:\n\(long.joined(separator: "\n"))")
        }
        let text = try Self.report().render(.text)
        #expect(text.contains("Frontier plan — wineval-a800"))
        #expect(text.contains("2,000,000 requests a day; peak ×2.00 = 46.3 req/s"))
        // dense-7B at c=128: 11.1 req/s a replica → ⌈46.3 / 11.1⌉ = 5 replicas of 2 GPUs at $0.6473 → $4725.40
        #expect(text.contains("dense-7B        128   11.1     5    10   42%  $4725.40"))
        #expect(text.contains("Against hosted APIs"))
        #expect(text.contains("A800-80G"))
    }

    /// The plan's JSON is streamed row by row: the same text as the whole value written.
    @Test func streamedJSONIsTheValuesText() throws {
        let report = try Self.report()
        #expect(!report.plan.rows.isEmpty && !report.plan.apis.isEmpty)
        #expect(report.render(.json) == JSONWriter.write(report.json()))
        #expect(report.bytes(.json) == Array(JSONWriter.write(report.json()).utf8))
    }

    @Test func jsonHasTheStableKeys() throws {
        let report = try Self.report()
        let json = try JSONParser.parse(Array(report.render(.json).utf8))
        #expect(json == report.json())
        func keys(_ value: JSONValue?) -> Set<String> {
            guard case .object(let members)? = value else { return [] }
            return Set(members.map(\.key))
        }
        #expect(keys(json).isSuperset(of: ["plan", "api", "scenario"]))
        #expect(keys(json["scenario"]).isSuperset(of: ["volume_requests_per_day", "peak_factor", "hours_per_month"]))
        #expect(json["scenario"]?["hours_per_month"] == .number(730))
        guard case .array(let rows)? = json["plan"], let first = rows.first else { Issue.record("no plan rows"); return }
        #expect(keys(first).isSuperset(of: ["name", "model", "hardware", "concurrency", "request_throughput", "replicas", "gpus",
                                            "utilization", "hourly_usd", "monthly_usd", "cost_per_request_usd",
                                            "cost_per_million_output_tokens_usd", "vs_api"]))
        #expect(first["name"] == .string("dense-7B"))
        #expect(first["replicas"] == .number(5))
        guard case .array(let apis)? = first["vs_api"], let api = apis.first else { Issue.record("no vs_api"); return }
        #expect(keys(api) == ["name", "cost_per_request_usd", "monthly_usd", "break_even_requests_per_day"])
        guard case .array(let prices)? = json["api"], let price = prices.first else { Issue.record("no api"); return }
        #expect(keys(price) == ["name", "input_usd_per_million", "output_usd_per_million", "source"])
        #expect(price["source"] != .null)
    }

    @Test func neverIsNullInJSONAndNeverInCSV() throws {
        let report = try Self.report()
        // dense-72B-int4 against gpt-4o-mini: a full replica costs more a request than the API.
        let row = try #require(report.plan.rows.first { $0.label == "dense-72B-int4" })
        let mini = try #require(row.vsAPI.first { $0.name == "gpt-4o-mini" })
        #expect(mini.breakEvenRequestsPerDay == nil)
        let json = report.json()
        guard case .array(let rows)? = json["plan"],
              let entry = rows.first(where: { $0["name"] == .string("dense-72B-int4") }),
              case .array(let apis)? = entry["vs_api"] else { Issue.record("no row"); return }
        #expect(apis.first { $0["name"] == .string("gpt-4o-mini") }?["break_even_requests_per_day"] == .null)
        let csv = report.render(.csv)
        #expect(csv.split(separator: "\n").contains { $0.hasPrefix("dense-72B-int4,") && $0.contains(",gpt-4o-mini,") && $0.hasSuffix(",never") })
    }

    @Test func csvHasOneRowPerSetupAndAPI() throws {
        let report = try Self.report()
        let lines = report.render(.csv).split(separator: "\n")
        #expect(lines.first?.hasPrefix("name,model,hardware,gpus_per_replica,concurrency,request_throughput,replicas,gpus,") == true)
        #expect(lines.count == 1 + report.plan.rows.count * report.plan.apis.count)
    }

    @Test func markdownHasTablesAndNoEmptyParagraphs() throws {
        let markdown = try Self.report(sample: "gpt-oss-20b-1gpu.csv").render(.markdown)
        #expect(markdown.hasPrefix("# Frontier plan — gpt-oss-20b-1gpu"))
        #expect(markdown.contains("## Same model, several setups"))
        #expect(markdown.contains("| Setup | c | req/s |"))
        #expect(!markdown.contains("\n\n\n"))
    }
}

@Suite struct APIPresetsTests {
    @Test func theBundledPresetsEachHaveASourceAndADate() throws {
        let presets = try APIPresets.load(path: PlanReportTests.presetsPath)
        #expect(presets.count >= 4)
        for preset in presets {
            #expect(preset.source?.isEmpty == false, "\(preset.name)")
            #expect(preset.inputPerMillion + preset.outputPerMillion > 0, "\(preset.name)")
        }
    }

    @Test func aUserFileExtendsAndOverridesByName() throws {
        let folder = try TempFolder()
        let path = try folder.write("api.json", """
            {"api": [{"name": "GPT-4O-MINI", "input_usd_per_million": 1, "output_usd_per_million": 2, "source": "mine", "date": "2026-12-01"},
                     {"name": "local", "input_usd_per_million": 0, "output_usd_per_million": 0.5, "source": "quote", "date": "2026-11"}]}
            """)
        let base = try APIPresets.load(path: PlanReportTests.presetsPath)
        let merged = try APIPresets.load(path: path, base: base)
        #expect(merged.count == base.count + 1)
        #expect(merged.filter { $0.name.lowercased() == "gpt-4o-mini" }.map(\.inputPerMillion) == [1])
        #expect(merged.last?.source == "quote, 2026-11")
    }

    @Test func badEntriesArePreciseErrors() throws {
        let folder = try TempFolder()
        let path = try folder.write("api.json", """
            {"api": [{"name": "x", "input_usd_per_million": -1, "output_usd_per_million": 2, "source": "s", "date": "d"},
                     {"name": "y", "output_usd_per_million": 2, "source": "s", "date": "d"}]}
            """)
        #expect(throws: DataError.self) { try APIPresets.load(path: path) }
        do { _ = try APIPresets.load(path: path) } catch {
            let text = error.description
            #expect(text.contains("$.api[0]") && text.contains("input_usd_per_million"))
            #expect(text.contains("$.api[1]"))
        }
        let notAList = try folder.write("bad.json", "{\"prices\": []}")
        do { _ = try APIPresets.load(path: notAList) } catch {
            #expect(error.description.contains("expected {\"api\": [ … ]}"))
        }
    }

    @Test func choosingNamesPresetsOrGivesPrices() throws {
        let presets = [APIPrice(name: "a", inputPerMillion: 1, outputPerMillion: 2, source: "s")]
        #expect(try APIPresets.choose([], from: presets) == presets)
        #expect(try APIPresets.choose(["A", "b=0.1:0.2"], from: presets).map(\.name) == ["a", "b"])
        #expect(throws: APIChoiceError.self) { try APIPresets.choose(["nope"], from: presets) }
        do { _ = try APIPresets.choose(["nope"], from: presets) } catch {
            #expect(error.description.contains("no such preset (presets: a)"))
        }
    }
}
