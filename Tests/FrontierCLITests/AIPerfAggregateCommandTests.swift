import Foundation
import Testing

/// AIPerf's sweep aggregate through the binary: its stated intervals reach the report's JSON.
@Suite struct AIPerfAggregateCommandTests {
    static let sweep = repositoryRoot + "/Tests/FrontierDataTests/Fixtures/real/aiperf-sweep/sweep_aggregate/profile_export_aiperf_sweep.json"

    @Test func theReportCarriesTheSweepsStatedIntervals() {
        let (status, output) = frontier("report", Self.sweep, "--hardware", "H100-80G", "--run-model", "Qwen/Qwen3-8B",
                                        "--concurrency", "16", "--format", "json")
        #expect(status == 0, "\(output)")
        let compact = output.filter { !$0.isWhitespace }
        #expect(compact.contains("\"request_throughput\":{\"ci_low\":6.1698,\"ci_high\":7.1635,\"method\":\"statedbythefile\",\"samples\":3}"), "\(output)")
        #expect(compact.contains("\"mean_ttft_ms\":{\"ci_low\":105.094,\"ci_high\":134.906"), "\(output)")
        #expect(compact.contains("\"workload_cost_usd\":{\"ci_low\":"), "\(output)")
    }

    @Test func theSnapshotReadsTheSweepFolderWithTheOptions() {
        let folder = (Self.sweep as NSString).deletingLastPathComponent
        let (status, output) = frontier("snapshot", folder, "--hardware", "H100-80G", "--run-model", "Qwen/Qwen3-8B", "--label", "tp=1")
        #expect(status == 0, "\(output)")
        #expect(output.contains("Frontier · sweep_aggregate · 1×H100-80G"), "\(output)")
    }

    @Test func withoutTheModelTheErrorNamesTheOption() {
        let (status, output) = frontier("validate", Self.sweep, "--hardware", "H100-80G")
        #expect(status == 1)
        #expect(output.contains("$.per_combination_metrics[0]: model: the file names no model; give --run-model NAME"), "\(output)")
    }
}
