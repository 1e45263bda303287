import Foundation
import Testing

/// A `vllm bench sweep serve` output folder through the binary: one setup per serve
/// combination, its repeated runs' t intervals in the report's JSON.
@Suite struct VLLMSweepCommandTests {
    static let sweep = repositoryRoot + "/Tests/FrontierDataTests/Fixtures/real/vllm-bench-sweep/results/20251103_141522"

    @Test func theReportComparesTheServeCombinationsWithTheirIntervals() {
        let (status, output) = frontier("report", Self.sweep, "--hardware", "H100-80G", "--gpus", "1", "--concurrency", "8", "--format", "json")
        #expect(status == 0, "\(output)")
        let compact = output.filter { !$0.isWhitespace }
        for seqs in [16, 64] {
            #expect(compact.contains("\"name\":\"meta-llama/Llama-3.1-8B-Instruct·max_num_seqs=\(seqs)\""), "\(output)")
        }
        // max_num_seqs=64 at 8: 160 requests in 24.11779 s; mean TTFT 45.046 ± 12.7062 × 0.446 ms.
        #expect(compact.contains("\"request_throughput\":6.634107022243747"), "\(output)")
        #expect(compact.contains("\"mean_ttft_ms\":{\"ci_low\":39.379034"), "\(output)")
        #expect(compact.contains("\"method\":\"toverrepeatedruns\",\"samples\":2"), "\(output)")
    }
}
