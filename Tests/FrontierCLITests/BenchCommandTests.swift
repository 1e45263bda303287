import Foundation
import Glibc
import Testing

/// `frontier bench` against `frontier serve-sim`, both real binaries, on 127.0.0.1.
@Suite(.serialized, .timeLimit(.minutes(3))) struct BenchCommandTests {
    static let sim = ["--time-scale", "0.05", "--eos", "never", "--jitter", "0"]

    func temporaryPath(_ suffix: String) -> String {
        NSTemporaryDirectory() + "frontier-bench-\(getpid())-\(UInt64.random(in: 0...UInt64.max))\(suffix)"
    }

    /// The bench arguments every test uses, against `url`.
    func bench(_ url: String, out: String, _ extra: [String]) -> [String] {
        ["bench", "--url", url, "--input-tokens", "16", "--output-tokens", "4", "--hardware", "H100-80G", "--gpus", "2",
         "--out", out] + extra
    }

    @Test func sweepWritesAValidDatasetAndNeverTheKey() throws {
        let (server, url) = try #require(startSimulator(Self.sim))
        defer { _ = server.stop(signal: SIGTERM) }
        let out = temporaryPath(".json"), vllm = temporaryPath("-vllm")
        defer { unlink(out); try? FileManager.default.removeItem(atPath: vllm) }
        let secret = "sk-test-\(UInt64.random(in: 0...UInt64.max))"
        var environment = ProcessInfo.processInfo.environment
        environment["FRONTIER_TEST_KEY"] = secret
        let (status, output) = spawn([frontierBinary] + bench(url, out: out, [
            "--concurrency", "1,2,4", "--requests-per-level", "16", "--api-key-env", "FRONTIER_TEST_KEY",
            "--header", "X-Secret=\(secret)", "--slo", "ttft:60000", "--vllm-json", vllm,
        ]), environment: environment)
        #expect(status == 0, "\(output)")
        #expect(output.contains("c=4 16 requests"))
        #expect(output.contains("sweep complete: 3 level(s) written to \(out)"))
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(!text.contains(secret) && !output.contains(secret))
        for file in try FileManager.default.contentsOfDirectory(atPath: vllm) {
            #expect(!(try String(contentsOfFile: vllm + "/" + file, encoding: .utf8)).contains(secret))
        }
        #expect(text.contains("--api-key-env FRONTIER_TEST_KEY"))
        #expect(text.contains("--header X-Secret=…"))
        #expect(text.contains("\"goodput\": 1"))
        let (valid, report) = frontier("validate", out)
        #expect(valid == 0, "\(report)")
        #expect(report.contains("ok: 3 runs, 1 models, 1 hardware profiles"))
        // Little's law holds for a level the client kept full; one where it could not keep up
        // (a loaded machine) is flagged so, and may hold fewer in flight than asked.
        if !output.contains("client-limited") { #expect(!report.contains("Little's law"), "\(output)") }

        // The vllm bench serve-keyed files read back to the same runs.
        let back = temporaryPath(".json")
        defer { unlink(back) }
        let (imported, log) = frontier("import", vllm, "--out", back)
        #expect(imported == 0, "\(log)")
        let native = try runs(out), again = try runs(back)
        #expect(native.count == 3 && again.count == 3)
        for (a, b) in zip(native, again) {
            for key in Self.compared {
                #expect(a[key] == b[key], "\(key): \(String(describing: a[key])) then \(String(describing: b[key]))")
            }
        }
    }

    static let compared = ["model", "hardware", "gpus", "concurrency", "requests", "duration_s", "request_throughput",
                           "output_tokens_per_s", "total_tokens_per_s", "mean_input_tokens", "mean_output_tokens",
                           "mean_ttft_ms", "p50_ttft_ms", "p99_ttft_ms", "mean_tpot_ms", "mean_itl_ms", "mean_e2e_ms", "failed"]

    /// The runs of a dataset as plain values, in concurrency order.
    func runs(_ path: String) throws -> [[String: String]] {
        let root = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        let runs = (root?["runs"] as? [[String: Any]]) ?? []
        return runs.map { $0.mapValues { "\($0)" } }.sorted { Double($0["concurrency"]!)! < Double($1["concurrency"]!)! }
    }

    @Test func interruptDuringTheThirdLevelKeepsTheFirstTwo() throws {
        let (server, url) = try #require(startSimulator(Self.sim))
        defer { _ = server.stop(signal: SIGTERM) }
        let out = temporaryPath(".json")
        defer { unlink(out) }
        // Each level measures for 1.5 s: the interrupt lands well inside level 3.
        let sweep = try #require(Background([frontierBinary] + bench(url, out: out, ["--concurrency", "1,2,4", "--duration", "1.5"])))
        let twoLevels = sweep.wait(seconds: 60) { ((try? self.runs(out)) ?? []).count == 2 }
        #expect(twoLevels, "\(sweep.output)")
        sweep.signal(SIGINT)
        let output = sweep.output
        let status = sweep.stop(after: 20)
        #expect(status == 130, "\(output)")
        #expect(try runs(out).map { $0["concurrency"] } == ["1", "2"])
        let (valid, report) = frontier("validate", out)
        #expect(valid == 0, "\(report)")
        let folder = (out as NSString).deletingLastPathComponent
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasPrefix((out as NSString).lastPathComponent) && $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func badOptionsAreRefusedWithWhatToDo() {
        let cases: [([String], String)] = [
            (["--hardware", "Z80"], "unknown hardware preset \"Z80\""),
            (["--concurrency", "1,x"], "--concurrency takes whole numbers"),
            (["--api-key-env", "FRONTIER_NO_SUCH_VARIABLE"], "that environment variable is not set"),
            (["--slo", "ttft"], "is no objective"),
        ]
        for (extra, message) in cases {
            var arguments = ["bench", "--url", "http://127.0.0.1:9", "--concurrency", "1", "--input-tokens", "8",
                             "--output-tokens", "4", "--hardware", "H100-80G", "--gpus", "1", "--out", "/dev/null"]
            for i in stride(from: 0, to: extra.count, by: 2) {
                if let at = arguments.firstIndex(of: extra[i]) { arguments[at + 1] = extra[i + 1] } else { arguments += [extra[i], extra[i + 1]] }
            }
            let (status, output) = spawn([frontierBinary] + arguments)
            #expect(status == 64, "\(extra): \(output)")
            #expect(output.contains(message), "\(extra): \(output)")
        }
    }

    @Test func unreachableServerFailsClearly() {
        let (status, output) = frontier("bench", "--url", "http://127.0.0.1:9", "--concurrency", "1", "--input-tokens", "8",
                                        "--output-tokens", "4", "--hardware", "H100-80G", "--gpus", "1", "--out", "/dev/null")
        #expect(status == 1)
        #expect(output.contains("cannot reach http://127.0.0.1:9/v1/models"))
    }
}

/// `frontier bench --live` in a real terminal: the dashboard opens on the first level and
/// re-reads the file as each level lands, so the setup's detail lists every level.
@Suite(.serialized, .timeLimit(.minutes(3)), Tmux.required) struct BenchLiveEndToEndTests {
    @Test func theLiveDashboardSeesEachLevelArrive() throws {
        let (server, url) = try #require(startSimulator(BenchCommandTests.sim))
        defer { _ = server.stop(signal: SIGTERM) }
        let out = NSTemporaryDirectory() + "frontier-live-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).json"
        defer { unlink(out) }
        let bench = BenchCommandTests().bench(url, out: out, ["--concurrency", "1,2,4", "--duration", "1", "--live"])
        let tmux = Tmux("sh -c '\(frontierBinary) \(bench.joined(separator: " ")) 2>/dev/null; echo exit=$?; sleep 10'", width: 120, height: 40)
        defer { tmux.stop() }
        #expect(tmux.wait(for: "Frontier · ", seconds: 60), "the dashboard opens after the first level: \(tmux.screen)")
        // The file then grows to three levels; each write is reloaded.
        let complete = Background.poll(seconds: 60) { Self.levels(out) == 3 }
        #expect(complete)
        #expect(tmux.wait(for: "reloaded", seconds: 20), "\(tmux.screen)")
        tmux.keys("Tab")
        tmux.keys("Enter")
        let detail = tmux.wait(seconds: 20) { screen in
            // A run's row in the detail: the level first inside the border.
            ["1", "2", "4"].allSatisfy { level in
                screen.split(separator: "\n").contains { line in
                    line.split(separator: "│").dropFirst().first?.trimmingCharacters(in: .whitespaces).hasPrefix(level + " ") == true
                }
            }
        }
        #expect(detail, "the detail lists c = 1, 2 and 4: \(tmux.screen)")
        // Escape and q read together would be Alt-q: wait for the detail to close first.
        tmux.keys("Escape")
        #expect(tmux.wait(seconds: 20) { !$0.contains("Enter or Esc to close") })
        tmux.keys("q")
        #expect(tmux.wait(for: "exit=", seconds: 30), "\(tmux.screen)")
        #expect(tmux.screen.contains("exit=0"), "\(tmux.screen)")
    }

    /// The levels in the file so far.
    static func levels(_ path: String) -> Int {
        guard let data = FileManager.default.contents(atPath: path),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return 0 }
        return (root["runs"] as? [Any])?.count ?? 0
    }
}
