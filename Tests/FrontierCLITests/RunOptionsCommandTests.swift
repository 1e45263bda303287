import Foundation
import Testing

/// `--run-model`, `--run-concurrency` and `--label` through the binary: an AIPerf CSV in a
/// folder named by hand (`c1/`) is refused with the options named, and read with them.
@Suite struct RunOptionsCommandTests {
    static let csv = repositoryRoot + "/Tests/FrontierDataTests/Fixtures/real/aiperf-csv/Qwen_Qwen3-0.6B-openai-chat-concurrency1/profile_export_aiperf.csv"

    /// A temporary folder holding `c1/profile_export_aiperf.csv`; its path.
    func handNamedRun() throws -> String {
        let folder = NSTemporaryDirectory() + "frontier-run-options-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        try FileManager.default.createDirectory(atPath: folder + "/c1", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.csv, toPath: folder + "/c1/profile_export_aiperf.csv")
        return folder
    }

    @Test func withoutTheOptionsTheErrorNamesThem() throws {
        let folder = try handNamedRun()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (status, output) = frontier("validate", folder, "--hardware", "H100-80G")
        #expect(status == 1, "\(output)")
        #expect(output.contains("c1/profile_export_aiperf.csv: model: the CSV names no model or concurrency, and its folder \"c1\" is not named"), "\(output)")
        #expect(output.contains("give --run-model NAME and --run-concurrency N"), "\(output)")
    }

    @Test func importAndReportReadItWithTheOptions() throws {
        let folder = try handNamedRun()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + "/runs.json"
        let setup = ["--hardware", "H100-80G", "--run-model", "Qwen/Qwen3-0.6B", "--run-concurrency", "1", "--label", "tp=1", "--label", "deployment=base"]
        let (status, output) = spawn([frontierBinary, "import", folder + "/c1"] + setup + ["--out", out])
        #expect(status == 0, "\(output)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("\"labels\": \"deployment=base, tp=1\""), "\(text)")
        #expect(text.contains("model from --run-model; concurrency from --run-concurrency (the file sets none); labels from --label: deployment=base, tp=1"), "\(text)")
        let (shown, report) = spawn([frontierBinary, "report", folder + "/c1", "--format", "json"] + setup)
        #expect(shown == 0, "\(report)")
        #expect(report.contains("\"model\": \"Qwen/Qwen3-0.6B\""), "\(report)")
    }

    @Test func aLabelThatIsNoKeyValuePairIsRefused() {
        let (status, output) = frontier("validate", Self.csv, "--label", "tp8")
        #expect(status != 0)
        #expect(output.contains("--label \"tp8\": expected KEY=VALUE, e.g. tp=8"), "\(output)")
    }
}
