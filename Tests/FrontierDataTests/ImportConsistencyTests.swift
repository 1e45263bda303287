import Foundation
import Testing
@testable import FrontierData
import FrontierCore

/// Consistency warnings of imported runs, one line each with the file and where.
@Suite struct ImportConsistencyTests {
    /// A vLLM result of 100 requests in 50 s (2 req/s) with the given extra members.
    func vllm(_ members: String) -> String {
        #"{"model_id": "m", "completed": 100, "duration": 50, "request_throughput": 2, "#
            + #""median_ttft_ms": 40, "p99_ttft_ms": 90, "# + members + "}"
    }

    func warningsOf(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> (String, [DataProblem]) {
        let tmp = try TempFolder()
        let path = try tmp.write("r.json", text)
        let loaded = try #require(importing(path, options: LoadOptions(hardware: "H100-80G", gpus: 1)), sourceLocation: sourceLocation)
        return (path, loaded.warnings.filter { $0.field != "quality" })
    }

    @Test func aConsistentRunRaisesNothing() throws {
        let (_, warnings) = try warningsOf(vllm(#""max_concurrency": 4, "mean_e2el_ms": 2000, "mean_tpot_ms": 10, "mean_itl_ms": 10.5, "failed": 0"#))
        #expect(warnings.isEmpty, "\(warnings)")
    }

    @Test func littlesLawFarOff() throws {
        let (path, warnings) = try warningsOf(vllm(#""max_concurrency": 64, "mean_e2el_ms": 2000"#))
        expectProblem(warnings, .warning, file: path, at: "$", field: "concurrency",
                            "contradicts Little's law: request_throughput × mean_e2e_ms implies 4.00, not 64")
    }

    @Test func failedRequests() throws {
        let (path, warnings) = try warningsOf(vllm(#""max_concurrency": 4, "mean_e2el_ms": 2000, "failed": 25"#))
        expectProblem(warnings, .warning, file: path, at: "$", field: "failed", "25 request(s) failed (20% of 125)")
    }

    @Test func tpotAndITLApart() throws {
        let (path, warnings) = try warningsOf(vllm(#""max_concurrency": 4, "mean_e2el_ms": 2000, "mean_tpot_ms": 10, "mean_itl_ms": 30"#))
        expectProblem(warnings, .warning, file: path, at: "$", field: "mean_itl_ms",
                            "mean TPOT 10.00 ms and mean ITL 30.00 ms differ by more than 25%", "both are kept")
    }

    @Test func missingPercentiles() throws {
        let text = #"{"model_id": "m", "completed": 100, "duration": 50, "request_throughput": 2, "max_concurrency": 4, "mean_ttft_ms": 40, "p90_ttft_ms": 70}"#
        let (path, warnings) = try warningsOf(text)
        expectProblem(warnings, .warning, file: path, at: "$", field: "p50_ttft_ms, p99_ttft_ms",
                            "missing: the file gives no median or 99th percentile TTFT")
    }

    @Test func requestsOverDurationAgainstTheStatedThroughput() throws {
        let (path, warnings) = try warningsOf(#"{"model_id": "m", "completed": 100, "duration": 50, "request_throughput": 3, "max_concurrency": 4, "median_ttft_ms": 40, "p99_ttft_ms": 90}"#)
        expectProblem(warnings, .warning, file: path, at: "$", field: "request_throughput", "3 req/s disagrees with requests / duration_s = 2.000 req/s")
    }
}
