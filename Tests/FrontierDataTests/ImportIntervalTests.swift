import Testing
@testable import FrontierCore
@testable import FrontierData

@Suite struct ImportIntervalTests {
    @Test func perRequestRecordsAreBootstrappedSeeded() throws {
        let run = try #require(onlyRun("results/vllm/detailed.json"))
        // Nine successful requests: the mean TTFT (488/9 ms) and its bootstrap interval.
        let ttft = try #require(run.intervals[.meanTTFTms])
        #expect(ttft.method == .bootstrap && ttft.samples == 9)
        #expect(ttft.contains(488.0 / 9) && ttft.low < ttft.high)
        // Throughput 3 req/s at concurrency 2: its interval from the mean latency's, inverted.
        let rps = try #require(run.intervals[.requestThroughput])
        #expect(rps.contains(3) && rps.samples == 9)
        let latency = try #require(Interval.bootstrapMean(
            [640, 650, 630, 700, 660, 645, 635, 720, 655], seed: RequestIntervals.seed))
        #expect(close(rps.low, 3 * (5935.0 / 9) / latency.high) && close(rps.high, 3 * (5935.0 / 9) / latency.low))
        // The same file, the same interval.
        #expect(onlyRun("results/vllm/detailed.json")?.intervals == run.intervals)
    }

    @Test func repeatedRunsMergedOnImportKeepTheirTInterval() throws {
        let tmp = try TempFolder()
        let text = String(decoding: try DataFile.read(fixture("results/vllm/bench-serve.json")), as: UTF8.self)
        _ = try tmp.write("a.json", text)
        _ = try tmp.write("b.json", text.replacingOccurrences(of: "\"duration\": 40.0", with: "\"duration\": 36.0")
            .replacingOccurrences(of: "\"request_throughput\": 4.95", with: "\"request_throughput\": 5.5"))
        let run = try #require(importing(tmp.path)?.dataset.runs.first)
        // 396 requests in 76 s pooled; t over 4.95 and 5.5 (s = 0.55/√2, n = 2): ± 12.7062 × 0.275.
        let rps = try #require(run.intervals[.requestThroughput])
        let centre = 396.0 / 76
        #expect(close(rps.low, max(0, centre - 12.7062 * 0.275)) && close(rps.high, centre + 12.7062 * 0.275))
        #expect(rps.method == .repeatedRuns && rps.samples == 2)
    }

    @Test func theJSONReportCarriesIntervalsOnlyWhereThereAreAny() throws {
        let run = try #require(onlyRun("results/vllm/detailed.json"))
        var other = run
        other.model = "other"
        other.intervals = [:]
        other[.requestThroughput] = 2.5
        let dataset = Dataset(name: "d", workload: Workload(name: "w", requests: 1000),
                              hardware: [HardwareProfile(name: run.hardware, gpuType: "H100", cost: .rental(2))],
                              models: [Model(name: run.model), Model(name: "other")], runs: [run, other])
        let prepared = PreparedDataset(dataset)
        // The detailed file has 1 of 10 requests failed: above the default 5 % limit.
        let analysis = Analysis(prepared, Scenario(concurrency: run.concurrency, sortKey: .cost, maxErrorRate: 0.2))
        let report = Report(dataset: dataset, analysis: analysis, uncertainty: Uncertainty(prepared, analysis))
        guard case .array(let models)? = report.json()["models"] else { Issue.record("no models"); return }
        let measured = try #require(models.first { $0["model"] == .string(run.model) })
        let cost = try #require(measured["intervals"]?["workload_cost_usd"])
        guard case .number(let low)? = cost["ci_low"], case .number(let high)? = cost["ci_high"],
              case .number(let point)? = measured["workload_cost_usd"] else { Issue.record("no bounds"); return }
        #expect(low < point && point < high)
        #expect(cost["method"] == .string("bootstrap over requests") && cost["samples"] == .number(9))
        #expect(models.first { $0["model"] == .string("other") }?["intervals"] == nil)
        #expect(report.text().contains("95 % intervals where the data carries them"))
    }
}
