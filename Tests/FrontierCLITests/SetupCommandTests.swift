import Foundation
import Testing

/// Setups through the binary: runs of one model on one hardware under different
/// deployments stay apart from import to report.
@Suite struct SetupCommandTests {
    static let deployments = repositoryRoot + "/Tests/FrontierDataTests/Fixtures/real/vllm-bench-automation/three-deployments.json"

    @Test func threeDeploymentsImportAndReportAsThreeSetups() throws {
        let out = NSTemporaryDirectory() + "frontier-setups-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).json"
        defer { unlink(out) }
        let (status, output) = frontier("import", Self.deployments, "--out", out)
        #expect(status == 0, "\(output)")
        #expect(output.contains("wrote \(out): 9 runs, 1 models, 1 hardware profiles"), "\(output)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        for deployment in ["base", "kvcache", "no-features"] {
            #expect(text.contains("\"labels\": \"deployment=\(deployment)\""), "\(deployment)")
        }
        for path in [Self.deployments, out] {
            let (shown, report) = frontier("report", path, "--curves")
            #expect(shown == 0, "\(report)")
            for deployment in ["base", "kvcache", "no-features"] {
                #expect(report.contains("meta-llama/Llama-3.2-3B-Instruct · deployment=\(deployment)"), "\(path): \(deployment)\n\(report)")
            }
        }
    }
}
