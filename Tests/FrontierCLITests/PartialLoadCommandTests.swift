import Foundation
import Glibc
import Testing

/// `report`, `snapshot` and the dashboard use every file that loads and say what did not;
/// `--strict`, `validate` and `import` load nothing when a file has an error.
@Suite struct PartialLoadCommandTests {
    static let fixtures = repositoryRoot + "/Tests/FrontierDataTests/Fixtures"
    static let good = fixtures + "/real/llmperf-leaderboard/steady_70b.json"
    static let broken = fixtures + "/broken/llmperf-negative_summary.json"
    static let setup = ["--hardware", "H100", "--gpus", "8"]

    @Test func theReportUsesTheValidFileAndListsTheOther() {
        let (status, output) = spawn([frontierBinary, "report", Self.good, Self.broken] + Self.setup)
        #expect(status == 0)
        #expect(output.contains("Not loaded: 1 file(s) with errors, left out (--strict refuses all)"))
        #expect(output.contains("llmperf-negative_summary.json: $: results_ttft_s_mean: expected a"))
        #expect(output.contains("1  meta/llama-2-70b-chat"))
        #expect(output.contains("frontier: 1 file(s) not loaded for their errors"))
    }

    @Test func theJSONReportListsEachError() throws {
        let (status, output) = spawn([frontierBinary, "report", Self.good, Self.broken, "--format", "json"] + Self.setup)
        #expect(status == 0)
        let json = output.split(separator: "\n").drop { !$0.hasPrefix("{") }.joined(separator: "\n")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let notLoaded = try #require(root["not_loaded"] as? [[String: String]])
        #expect(notLoaded.count == 2)
        #expect(notLoaded.allSatisfy { $0["file"] == Self.broken })
        #expect(notLoaded.contains { $0["message"] == "$: results_ttft_s_mean: expected a number ≥ 0, found -0.2" })
        #expect((root["models"] as? [Any])?.count == 1)
    }

    @Test func theSameErrorOfManyFilesIsOneLine() {
        // An InferenceX sweep of 54 result files, none naming its hardware.
        let sweep = Self.fixtures + "/real/inferencex/sweep"
        for command in ["report", "import"] {
            let (status, output) = spawn([frontierBinary, command, sweep] + (command == "import" ? ["--out", "-"] : []))
            #expect(status == 1)
            let lines = output.split(separator: "\n")
            #expect(lines.count == 2, "\(command): \(output)")
            #expect(lines.first?.hasPrefix("hardware: the file names no hardware; give --hardware PRESET") == true, "\(output)")
            #expect(lines.first?.contains("(in 54 files: \(sweep)/llama70b_vllm_tp8_isl1024_osl128_conc1.json,") == true, "\(output)")
            #expect(lines.last?.hasPrefix("frontier: 54 error(s); nothing") == true, "\(output)")
        }
    }

    @Test func strictValidateAndImportLoadNothing() {
        let (strict, said) = spawn([frontierBinary, "report", Self.good, Self.broken, "--strict"] + Self.setup)
        #expect(strict == 1)
        #expect(said.contains("nothing loaded"))
        #expect(spawn([frontierBinary, "snapshot", Self.good, Self.broken, "--strict"] + Self.setup).status == 1)
        #expect(spawn([frontierBinary, "validate", Self.good, Self.broken] + Self.setup).status == 1)
        let out = NSTemporaryDirectory() + "frontier-partial-\(getpid()).json"
        let (imported, _) = spawn([frontierBinary, "import", Self.good, Self.broken, "--out", out] + Self.setup)
        #expect(imported == 1)
        #expect(access(out, F_OK) != 0)
    }

    @Test func theDashboardSaysSoAndBangListsEachFilesProblems() {
        let (status, screen) = spawn([frontierBinary, "snapshot", Self.good, Self.broken, "--size", "100x30"] + Self.setup)
        #expect(status == 0)
        #expect(screen.contains("1 file(s) not loaded; ! lists them and why"))
        let (_, pane) = spawn([frontierBinary, "snapshot", Self.good, Self.broken, "--size", "100x30", "--keys", "!"] + Self.setup)
        #expect(pane.contains("Loading problems · ! or Esc to close"))
        #expect(pane.contains("results_ttft_s_mean: expected a number ≥ 0, found -0.2"))
        #expect(pane.contains("steady_70b.json: $: p99_ttft_ms") || pane.contains("warning:"))
        let (_, closed) = spawn([frontierBinary, "snapshot", Self.good, Self.broken, "--size", "100x30", "--keys", "! !"] + Self.setup)
        #expect(!closed.contains("Loading problems"))
    }

    @Test func aBrokenFileInAFolderIsLeftOutOfTheReport() throws {
        let folder = NSTemporaryDirectory() + "frontier-partial-folder-\(getpid())"
        mkdir(folder, 0o755)
        defer { for name in ["a.json", "b.json"] { unlink(folder + "/" + name) }; rmdir(folder) }
        try Data(contentsOf: URL(fileURLWithPath: Self.good)).write(to: URL(fileURLWithPath: folder + "/a.json"))
        try Data(contentsOf: URL(fileURLWithPath: Self.broken)).write(to: URL(fileURLWithPath: folder + "/b.json"))
        let (status, output) = spawn([frontierBinary, "report", folder] + Self.setup)
        #expect(status == 0)
        #expect(output.contains("Not loaded: 1 file(s)") && output.contains("b.json: $: results_ttft_s_mean"))
    }
}
