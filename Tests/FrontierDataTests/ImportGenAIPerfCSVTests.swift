import Foundation
import Testing
@testable import FrontierData
import FrontierCore

/// GenAI-Perf's CSV export: two tables, quoted numbers with thousands separators, model and
/// concurrency from the run's folder name.
@Suite struct ImportGenAIPerfCSVTests {
    static let csv = "results/genai-perf/meta-llama_Meta-Llama-3-8B-Instruct-openai-chat-concurrency4/profile_export_genai_perf.csv"

    @Test func bothTablesAndGroupedNumbers() throws {
        let run = try #require(onlyRun(Self.csv))
        #expect(run.model == "meta-llama_Meta-Llama-3-8B-Instruct")
        #expect(run.concurrency == 4 && !run.concurrencyEstimated)
        expectFields(run, [
            .p50E2Ems: 3450, .p50ITLms: 18.3, .p90E2Ems: 4500, .p90ITLms: 21.7, .p90TTFTms: 1700.1, .p95E2Ems: 4800,
            .p95ITLms: 23.1, .p95TTFTms: 1850, .p99E2Ems: 5100, .p99ITLms: 24.9,
            .meanTTFTms: 1146.31, .p50TTFTms: 1100.5, .p99TTFTms: 1998.4, .meanITLms: 18.51, .meanE2Ems: 3502.64,
            .meanOutputTokens: 128.4, .meanInputTokens: 550.1, .outputTokensPerS: 146.63, .requestThroughput: 1.14,
            .totalTokensPerS: 1.14 * (550.1 + 128.4),
        ])
        #expect(run.source?.contains("GenAI-Perf CSV export (GenAI-Perf columns); model and concurrency from the folder name") == true)
    }

    @Test func thousandsSeparatorsOnlyWhereTheyGroup() {
        #expect(GenAIPerfCSV.ungrouped("1,146.31") == "1146.31")
        #expect(GenAIPerfCSV.ungrouped("12,345,678") == "12345678")
        #expect(GenAIPerfCSV.ungrouped("-1,000") == "-1000")
        #expect(GenAIPerfCSV.ungrouped("1,14,6.31") == "1,14,6.31")
        #expect(GenAIPerfCSV.ungrouped("1,0") == "1,0")
        #expect(GenAIPerfCSV.ungrouped("abc,def") == "abc,def")
    }

    @Test func metricNamesAndUnits() {
        #expect(GenAIPerfCSV.split("Time To First Token (ms)") == ("time to first token", "ms"))
        #expect(GenAIPerfCSV.split("Request Throughput (per sec)") == ("request throughput", "per sec"))
        #expect(GenAIPerfCSV.split("Request Count") == ("request count", ""))
    }

    @Test func folderNames() {
        #expect(GenAIPerfCSV.setup("a/gpt2-openai-completions-concurrency16/p.csv")! == ("gpt2", 16))
        #expect(GenAIPerfCSV.setup("a/llama-triton-vllm-concurrency2/p.csv")! == ("llama", 2))
        let rate = GenAIPerfCSV.setup("a/gpt2-openai-chat-request_rate4/p.csv")!
        #expect(rate.0 == "gpt2" && rate.1 == nil)
        #expect(GenAIPerfCSV.setup("a/unnamed/p.csv") == nil)
        #expect(GenAIPerfCSV.folder(of: "a/c16/p.csv") == "c16")
    }

    @Test func aiperfColumnsAndSecondTableOnly() throws {
        let tmp = try TempFolder()
        _ = try tmp.makeFolder("m-openai-chat-concurrency2")
        let path = try tmp.write("m-openai-chat-concurrency2/profile_export_aiperf.csv", """
        Metric,avg,min,max,p1,p5,p10,p25,p50,p75,p90,p95,p99,std
        Time to First Token (ms),45.50,22.75,121.00,27.30,31.85,36.40,40.95,42.00,50.05,54.60,59.15,110.00,4.55

        Metric,Value
        Request Throughput (requests/sec),"1,013.20"
        Benchmark Duration (sec),2.00
        Request Count,"2,026.00"

        Endpoint,GPU_Index,GPU_Name,GPU_UUID,Metric,avg,min,max
        localhost:9401,0,NVIDIA H100,GPU-1,GPU Power Usage (W),43.37,26.68,299.28
        """)
        let run = try #require(importing(path).flatMap(\.dataset.runs.first))
        expectFields(run, [.meanTTFTms: 45.5, .p50TTFTms: 42, .p99TTFTms: 110, .requestThroughput: 1013.2, .durationS: 2, .requests: 2026, .p90TTFTms: 54.6, .p95TTFTms: 59.15])
        #expect(run.source?.contains("AIPerf columns") == true)
    }

    @Test func brokenFilesGetPreciseMessages() {
        expectBrokenFixtures([
            ("meta-llama_Meta-Llama-3-8B-Instruct-openai-chat-concurrency2/profile_export_genai_perf.csv", "line 2",
             "Time To First Token (ms), avg", "expected a number ≥ 0, found \"1,14,6.31\""),
            ("unnamed-run/profile_export_genai_perf.csv", nil, "model", "its folder \"unnamed-run\" is not named as GenAI-Perf and AIPerf name runs"),
        ])
    }

    @Test func aRowWithTooFewFields() throws {
        let tmp = try TempFolder()
        _ = try tmp.makeFolder("m-openai-chat-concurrency2")
        let path = try tmp.write("m-openai-chat-concurrency2/profile_export_genai_perf.csv",
                                 "Metric,avg,p50\nTime To First Token (ms),45\n\nMetric,Value\nRequest Throughput (per sec),2\n")
        expectProblem(importProblems([path]), file: path, at: "line 2", field: "Time To First Token (ms)", "has 2 fields; expected 3")
    }
}
