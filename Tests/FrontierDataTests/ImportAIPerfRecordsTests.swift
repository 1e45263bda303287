import Foundation
import Testing
@testable import FrontierData
import FrontierCore

/// AIPerf's per-request records (`profile_export.jsonl`) beside its export: bootstrapped into
/// TTFT and throughput intervals, seeded, as vLLM's `--save-detailed` arrays are.
@Suite struct ImportAIPerfRecordsTests {
    static let folder = "real/aiperf-0.1-records"

    /// The records' TTFTs and latencies, read back from the fixture for the hand computation.
    static func recorded(_ tag: String) throws -> [Double] {
        let text = String(decoding: try DataFile.read(fixture(folder + "/profile_export.jsonl")), as: UTF8.self)
        return try text.split(separator: "\n").compactMap { line in
            let record = try JSONParser.parse(Array(line.utf8))
            guard case .number(let value)? = record["metrics"]?[tag]?["value"] else { return nil }
            return value
        }
    }

    @Test func theRecordsBesideTheExportGiveBootstrapIntervals() throws {
        let run = try #require(importing(Self.folder)?.dataset.runs.first)
        let ttfts = try Self.recorded("time_to_first_token"), latencies = try Self.recorded("request_latency")
        #expect(ttfts.count == 64 && latencies.count == 64)
        let ttft = try #require(run.intervals[.meanTTFTms])
        #expect(ttft == Interval.bootstrapMean(ttfts, seed: RequestIntervals.seed))
        #expect(ttft.method == .bootstrap && ttft.samples == 64 && ttft.contains(30.814987671875))
        // Throughput at concurrency 1 from the mean latency's interval: req/s ∝ 1 / latency.
        let latency = try #require(Interval.bootstrapMean(latencies, seed: RequestIntervals.seed))
        let rps = try #require(run.intervals[.requestThroughput])
        let mean = 3652.1454372343746, point = 0.2504302580624667
        #expect(close(rps.low, point * mean / latency.high) && close(rps.high, point * mean / latency.low))
        #expect(run.source?.contains("intervals bootstrapped over 64 per-request records in profile_export.jsonl") == true)
    }

    @Test func namedAloneTheExportStillFindsItsRecords() throws {
        let run = try #require(onlyRun(Self.folder + "/profile_export_aiperf.json"))
        #expect(run.intervals[.meanTTFTms]?.samples == 64)
    }

    @Test func inAFolderTheRecordsAreNoFileOfTheirOwn() throws {
        let loaded = try #require(importing(Self.folder))
        #expect(loaded.dataset.runs.count == 1)
        #expect(loaded.warnings.contains { $0.file.hasSuffix("profile_export.jsonl") && $0.message == "skipped: AIPerf per-request records, read with the profile_export_aiperf.json beside them" })
    }

    @Test func aBrokenRecordIsAnErrorNamingTheRecordsFile() throws {
        let tmp = try TempFolder()
        let export = try tmp.write("run/profile_export_aiperf.json", String(decoding: try DataFile.read(fixture(Self.folder + "/profile_export_aiperf.json")), as: UTF8.self))
        let records = try tmp.write("run/profile_export.jsonl", """
        {"metadata": {"benchmark_phase": "profiling"}, "metrics": {"time_to_first_token": {"value": 30.1, "unit": "ms"}, "request_latency": {"value": 3600, "unit": "ms"}}, "error": null}
        {"metadata": {"benchmark_phase": "profiling"}, "metrics": {"time_to_first_token": {"value": -1, "unit": "ms"}, "request_latency": {"value": 3600, "unit": "furlongs"}}, "error": null}
        """)
        let problems = importProblems([export])
        expectProblem(problems, file: records, at: "line 2.metrics.time_to_first_token", field: "value", "expected a number ≥ 0, found -1")
        expectProblem(problems, file: records, at: "line 2.metrics.request_latency", field: "unit", "expected a time unit")
    }
}
