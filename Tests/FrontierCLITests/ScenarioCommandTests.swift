import Foundation
import Testing

/// `--scenario`, `--save-scenario` and `report --compare` on the built binary.
@Suite struct ScenarioCommandTests {
    /// A scenario saved by one command and read by the next gives the identical report.
    @Test func savedThenReadGivesTheSameReport() throws {
        let saved = temporaryFile("", suffix: ".toml")
        defer { unlink(saved) }
        let options = ["--budget", "0.5", "--sort", "cost", "--slo", "ttft-p99=2000", "--gpu-price", "12000", "--concurrency", "32"]
        let first = spawn([frontierBinary, "report", "--save-scenario", saved] + options)
        #expect(first.status == 0, "\(first.output)")
        let text = try String(contentsOfFile: saved, encoding: .utf8)
        #expect(text.contains("at = 32") && text.contains("gpu-price = 12000") && text.contains("ttft-p99 = 2000"), "\(text)")
        let again = frontier("report", "--scenario", saved)
        #expect(again.status == 0)
        #expect(again.output == first.output)
        #expect(frontier("report", "--scenario", saved, "--format", "json").output == spawn([frontierBinary, "report", "--format", "json"] + options).output)
    }

    /// The plan's volume and peak are saved with the scenario, and read back as the options.
    @Test func thePlansVolumeAndPeakRoundTrip() throws {
        let saved = temporaryFile("", suffix: ".toml")
        defer { unlink(saved) }
        let first = frontier("plan", "--volume", "60M/month", "--peak", "3", "--save-scenario", saved)
        #expect(first.status == 0, "\(first.output)")
        let text = try String(contentsOfFile: saved, encoding: .utf8)
        #expect(text.contains("volume = \"60M/month\"") && text.contains("peak = 3"), "\(text)")
        let again = frontier("plan", "--scenario", saved)
        #expect(again.status == 0, "\(again.output)")
        #expect(again.output == first.output)
        // An option given wins over the file's.
        #expect(frontier("plan", "--scenario", saved, "--peak", "2").output == frontier("plan", "--volume", "60M/month", "--peak", "2").output)
        // Saved again by a command without a plan, the file keeps them.
        let resaved = temporaryFile("", suffix: ".toml")
        defer { unlink(resaved) }
        #expect(frontier("report", "--scenario", saved, "--save-scenario", resaved).status == 0)
        #expect(try String(contentsOfFile: resaved, encoding: .utf8) == text)
    }

    /// An option on the command line wins over the file.
    @Test func anOptionGivenWinsOverTheFile() {
        let file = temporaryFile("at = 64\nsort = \"cost\"\n", suffix: ".toml")
        defer { unlink(file) }
        #expect(frontier("report", "--scenario", file, "--concurrency", "16").output == frontier("report", "--sort", "cost", "--concurrency", "16").output)
        #expect(frontier("report", "--scenario", file).output == frontier("report", "--sort", "cost", "--concurrency", "64").output)
    }

    @Test func aBrokenFileIsSaidWithItsLineAndExits1() {
        let file = temporaryFile("sort = \"cost\"\nbudget = \"lots\"\n", suffix: ".toml")
        defer { unlink(file) }
        for command in [["report"], ["snapshot"], ["plan", "--volume", "2e6"], ["sensitivity", "--model", "dense-7B"]] {
            let (status, output) = spawn([frontierBinary] + command + ["--scenario", file])
            #expect(status == 1, "\(command): \(output)")
            #expect(output.contains("\(file): line 2: budget: expected a number of dollars > 0, found \"lots\""), "\(command): \(output)")
        }
        let missing = frontier("report", "--scenario", "/nonexistent/a.toml")
        #expect(missing.status == 1 && missing.output.contains("/nonexistent/a.toml: no such file"), "\(missing.output)")
        // Read as every data file is: a FIFO is refused at once, never waited on.
        let fifo = temporaryFile("", suffix: ".toml")
        unlink(fifo)
        mkfifo(fifo, 0o644)
        defer { unlink(fifo) }
        let pipe = spawn(["/usr/bin/timeout", "-k", "5", "30", frontierBinary, "report", "--scenario", fifo])
        #expect(pipe.status == 1 && pipe.output.contains("\(fifo): is a named pipe (FIFO), not a regular file"), "\(pipe.output)")
        let unknown = temporaryFile("[cost.\"H100\"]\nrental = 2\n", suffix: ".toml")
        defer { unlink(unknown) }
        let profile = frontier("report", "--scenario", unknown)
        #expect(profile.status == 1 && profile.output.contains("[cost.\"H100\"]: no runs on this hardware; hardware in the data: A800-80G"), "\(profile.output)")
    }

    @Test func compareStatesTheDifferencesAndBothRankings() throws {
        let a = temporaryFile("at = 64\n", suffix: ".toml"), b = temporaryFile("at = 64\n[cost.A800-80G]\nrental = 10\n", suffix: ".toml")
        defer { unlink(a); unlink(b) }
        let (status, output) = frontier("report", "--scenario", a, "--compare", b)
        #expect(status == 0, "\(output)")
        #expect(output.contains("cost.A800-80G.rental unset → 10"), "\(output)")
        // $1.58/h owned against $20/h rented (2 GPUs): WiNGPT-3.5's $0.34 becomes 20/1.58 as much.
        #expect(output.contains("WiNGPT-3.5") && output.contains("$0.34") && output.contains("$4.3"), "\(output)")
        let json = frontier("report", "--scenario", a, "--compare", b, "--format", "json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let setups = try #require(root["setups"] as? [[String: Any]])
        #expect(setups.count == 9)
        let first = try #require(setups.first)
        #expect(Set(first.keys) == ["name", "model", "hardware", "a", "b", "cost_change_usd", "rank_change"])
        #expect(((first["a"] as? [String: Any])?["rank"] as? Int) == 1)
        #expect((root["differences"] as? [[String: Any]])?.contains { $0["key"] as? String == "cost.A800-80G.rental" } == true)
        #expect(frontier("report", "--compare", b, "--format", "markdown").output.hasPrefix("# Scenarios compared — wineval-a800: a the options, b \(b)"))
    }
}

/// The number keys and `S` in the real dashboard under tmux.
@Suite(.serialized, Tmux.required) struct ScenarioDashboardEndToEndTests {
    @Test func numberKeysLoadTheFilesAndSWritesOne() throws {
        let folder = DashboardExportEndToEndTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let one = folder + "/one.toml", two = folder + "/two.toml"
        try "at = 64\n".write(toFile: one, atomically: true, encoding: .utf8)
        try "at = 8\nsort = \"cost\"\n".write(toFile: two, atomically: true, encoding: .utf8)
        let tmux = Tmux("sh -c 'cd \(folder) && \(frontierBinary) --scenario one.toml --scenario two.toml; echo exit=$?; sleep 10'", width: 120, height: 40)
        defer { tmux.stop() }
        #expect(tmux.wait(for: "Ranking at c=64"))
        tmux.keys("2")
        #expect(tmux.wait(for: "scenario 2 (two.toml) loaded"))
        #expect(tmux.wait(for: "Ranking at c=8 · by cost"))
        try "at = 8\nsort = \"price\"\n".write(toFile: two, atomically: true, encoding: .utf8)
        tmux.keys("2")
        #expect(tmux.wait(for: "scenario 2 not loaded: two.toml: line 2: sort: expected one of"))
        #expect(tmux.screen.contains("Ranking at c=8 · by cost"), "the scenario stays")
        // A header toml++ would abort on (fuzz/regressions/scenario/): an error, the app lives.
        try "at = 8\n[.slo]\n".write(toFile: two, atomically: true, encoding: .utf8)
        tmux.keys("2")
        #expect(tmux.wait(for: "scenario 2 not loaded: two.toml: line 2: not TOML"))
        #expect(tmux.screen.contains("Ranking at c=8 · by cost"), "the scenario stays")
        tmux.keys("S")
        #expect(tmux.wait(for: "scenario saved to frontier-wineval-a800-"))
        let name = try #require(DashboardExportEndToEndTests.exported(in: folder, suffix: ".toml").first)
        let saved = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        #expect(saved.contains("at = 8") && saved.contains("sort = \"cost\""), "\(saved)")
        try "at = 64\nvolume = \"7M\"\npeak = 3\n".write(toFile: one, atomically: true, encoding: .utf8)
        tmux.keys("1")
        #expect(tmux.wait(for: "Ranking at c=64"))
        tmux.keys("p")
        #expect(tmux.wait(for: "7M/day"), "the file's volume in the Plan view")
    }
}
