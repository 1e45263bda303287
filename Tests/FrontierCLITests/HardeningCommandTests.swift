import Foundation
import Glibc
import Testing

/// What a file, a folder or a key sequence holds cannot crash, hang or mislead the binary
/// (issue #14). Each command runs under `timeout`: a hang fails as exit 124, not forever.
@Suite struct HardeningCommandTests {
    static let vllm = repositoryRoot + "/Tests/FrontierDataTests/Fixtures/results/vllm/bench-serve.json"
    static let sample = repositoryRoot + "/sample-data/wineval-a800.json"

    func bounded(_ arguments: String..., seconds: Int = 60) -> (status: Int32, output: String) {
        spawn(["/usr/bin/timeout", "-k", "5", "\(seconds)", frontierBinary] + arguments)
    }

    func scratch() -> String {
        let path = NSTemporaryDirectory() + "frontier-harden-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        mkdir(path, 0o755)
        return path
    }

    /// The sample dataset with one change to its text.
    func sample(replacing old: String, with new: String, in folder: String) throws -> String {
        let text = try String(contentsOfFile: Self.sample, encoding: .utf8)
        #expect(text.contains(old))
        let path = folder + "/extreme.json"
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    // MARK: Numbers

    @Test func anAbsurdPowerDrawIsWarnedAboutAndItsSetupsExcludedNotLooping() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = try sample(replacing: #""preset": "A800-80G""#, with: #""preset": "A800-80G", "power_kw": 1e308"#, in: folder)
        let (valid, warnings) = bounded("validate", path)
        #expect(valid == 0, "\(warnings)")
        #expect(warnings.contains("power_kw: warning: 1e+308 kW is above any plausible value for a GPU's average power draw"))
        // Before: one Budget step looped forever in the slider's ladder.
        let (status, screen) = bounded("snapshot", path, "--keys", "Down Right")
        #expect(status == 0, "\(screen)")
        #expect(screen.contains("0 of 9 fit"))
        // Beside every column the reason has no room: each row carries its marker, x.
        #expect(screen.split(separator: "\n").filter { $0.hasPrefix(" – ") && $0.contains("    —   x ") }.count == 9, "\(screen)")
        let (reported, report) = bounded("report", path)
        #expect(reported == 0)
        #expect(report.contains("cannot be costed: its cost at concurrency"))
        #expect(!report.contains(",000,000,000,000,000,000"), "no 300-digit dollar figure")
    }

    @Test func aVanishingTokenThroughputDrawsWithoutTrapping() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = try sample(replacing: #""output_tokens_per_s": 85.52"#, with: #""output_tokens_per_s": 1e-310"#, in: folder)
        for keys in ["", "Enter", "Tab Down Down Down"] {
            let (status, screen) = bounded("snapshot", path, "--keys", keys)
            #expect(status == 0, "\(keys): \(screen)")
        }
    }

    /// A model at two shapes, one of 1e300 input tokens: naming that shape trapped (Int of
    /// 1e297 thousands) in `report` and `snapshot` alike.
    @Test func anAbsurdTokenMeanNamesItsShapeWithoutTrapping() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/tokens.csv"
        try """
        model,hardware,gpus,concurrency,requests,duration_s,output_tokens_per_s,mean_input_tokens,mean_output_tokens,mean_ttft_ms
        m,H100-80G,1,1,100,100,50,1000,128,50
        m,H100-80G,1,2,100,60,90,1e300,128,50

        """.write(toFile: path, atomically: true, encoding: .utf8)
        for command in [["report"], ["report", "--shape", "1k→128"], ["snapshot", "--keys", "w"]] {
            let (status, screen) = spawn(["/usr/bin/timeout", "-k", "5", "60", frontierBinary, command[0], path] + command.dropFirst())
            #expect(status == 0, "\(command): \(screen)")
        }
    }

    @Test func theLargestRequestCountDoesNotTrap() {
        let (status, screen) = bounded("snapshot", "--requests", "9223372036854775807")
        #expect(status == 0, "\(screen)")
        #expect(screen.contains("9,223,372,036,854,775,807 req"))
    }

    // MARK: Folder walk

    @Test func aFolderLinkedToItselfEndsAndCountsEachFileOnce() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Self.vllm, toPath: folder + "/run.json")
        symlink(".", folder + "/self")
        symlink(folder, folder + "/again")
        symlink("run.json", folder + "/z-copy.json")
        let out = folder + "/../" + (folder as NSString).lastPathComponent + ".out.json"
        defer { unlink(out) }
        // Before: never finished (two links), or read run.json 41 times as repeated runs.
        let (status, output) = bounded("import", folder, "--hardware", "H100-80G", "--out", out)
        #expect(status == 0, "\(output)")
        // Both links met the one folder: the warning is said once, naming them.
        #expect(output.contains("warning: skipped: a folder already read (as \(folder)); each is read once (in 2 files: \(folder)/again, \(folder)/self)"))
        #expect(output.contains("\(folder)/z-copy.json: warning: skipped: a file already read (as \(folder)/run.json)"))
        #expect(output.contains("wrote \(out): 1 runs"))
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("\"requests\": 198"), "the run's own count, not 41 copies")
        #expect(!text.contains("mean of"))
    }

    @Test func aFIFOInAFolderIsSkippedAndNamedDirectlyRefusedAtOnce() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Self.vllm, toPath: folder + "/run.json")
        mkfifo(folder + "/pipe.json", 0o644)
        let (status, output) = bounded("report", folder, "--hardware", "H100-80G", seconds: 30)
        #expect(status == 0, "\(output)")
        #expect(output.contains("\(folder)/pipe.json: warning: skipped: a named pipe (FIFO), not a file (not opened)"))
        for command in [["validate"], ["report"], ["import", "--out", "-"]] {
            let (refused, message) = spawn(["/usr/bin/timeout", "-k", "5", "30", frontierBinary] + command + [folder + "/pipe.json"])
            #expect(refused == 1, "\(command): \(message)")
            #expect(message.contains("pipe.json: is a named pipe (FIFO), not a regular file: refused without reading it"), "\(command)")
        }
    }

    @Test func devZeroIsRefusedUnread() {
        let (status, output) = bounded("validate", "/dev/zero", seconds: 10)
        #expect(status == 1)
        #expect(output.contains("/dev/zero: is a character device, not a regular file"))
    }

    @Test(.enabled(if: geteuid() != 0, "root lists every folder"))
    func anUnlistableSubfolderIsWarnedAbout() throws {
        let folder = scratch()
        defer { chmod(folder + "/locked", 0o755); try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: Self.vllm, toPath: folder + "/run.json")
        mkdir(folder + "/locked", 0)
        let (status, output) = bounded("validate", folder, "--hardware", "H100-80G")
        #expect(status == 0)
        #expect(output.contains("\(folder)/locked: warning: skipped: a folder that cannot be listed"))
    }

    // MARK: Output

    @Test func validateCleansFileNamesOnItsSummaryLine() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/evil\u{1B}]0;pwned\u{07}\u{1B}[31m.json"
        try FileManager.default.copyItem(atPath: Self.sample, toPath: path)
        let (status, output) = bounded("validate", path)
        #expect(status == 0, "\(output)")
        #expect(!output.contains("\u{1B}") && !output.contains("\u{07}"))
        #expect(output.contains("evil.json: ok: 72 runs"))
    }

    // MARK: Writes

    @Test func overwritingOutKeepsItsModeAndWritesThroughALink() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let real = folder + "/real.json", link = folder + "/link.json"
        try "old".write(toFile: real, atomically: false, encoding: .utf8)
        chmod(real, 0o600)
        symlink("real.json", link)
        let (status, output) = bounded("import", Self.vllm, "--hardware", "H100-80G", "--out", link)
        #expect(status == 0, "\(output)")
        let attributes = try FileManager.default.attributesOfItem(atPath: real)
        #expect((attributes[.posixPermissions] as? Int) == 0o600, "mode kept")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == "real.json", "the link stays a link")
        #expect(try String(contentsOfFile: real, encoding: .utf8).contains("\"frontier_dataset\": 1"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["link.json", "real.json"], "no temporary left")
    }

    @Test func anInterruptedImportLeavesNoTemporaryFile() throws {
        let folder = scratch()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A dataset large enough that writing it takes a while: 60,000 runs.
        var csv = "model,hardware,gpus,concurrency,request_throughput,quality\n"
        for i in 0..<60_000 { csv += "model-\(i % 600),A800-80G,2,\(1 + i / 600),\(1 + Double(i % 97)),50\n" }
        try csv.write(toFile: folder + "/big.csv", atomically: false, encoding: .utf8)
        var interrupted = 0
        for _ in 0..<5 where interrupted == 0 {
            let out = folder + "/out.json"
            var pid: pid_t = 0
            let argv: [String] = [frontierBinary, "import", folder + "/big.csv", "--out", out]
            let args: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
            defer { args.forEach { free($0) } }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            defer { posix_spawn_file_actions_destroy(&actions) }
            guard posix_spawn(&pid, frontierBinary, &actions, nil, args, environ) == 0 else { break }
            var status: Int32 = 0
            // Interrupt as soon as the temporary file appears beside --out.
            while waitpid(pid, &status, WNOHANG) == 0 {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
                if names.contains(where: { $0.hasSuffix(".tmp") }) {
                    kill(pid, SIGINT)
                    interrupted += 1
                    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                    break
                }
                usleep(200)
            }
            unlink(out)
        }
        try #require(interrupted > 0, "the write never took long enough to be interrupted")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["big.csv"], "the temporary file is removed")
    }

    // MARK: Keys

    @Test func controlAndMetaKeysAreNotTypedLetterByLetter() {
        let plain = bounded("snapshot", "--size", "80x24")
        // Before: "C-l" typed C, -, l, and l moved the concurrency slider; "C-q" pressed q.
        for keys in ["C-l", "M-l", "C-q", "DC", "IC"] {
            let pressed = bounded("snapshot", "--size", "80x24", "--keys", keys)
            #expect(pressed.status == 0)
            #expect(pressed.output == plain.output, "\(keys) does nothing")
        }
        #expect(bounded("snapshot", "--size", "80x24", "--keys", "l").output != plain.output, "l moves the slider")
        let unknown = bounded("snapshot", "--keys", "C-Left")
        #expect(unknown.status == 64)
        #expect(unknown.output.contains("--keys: unknown key name C-Left"))
    }
}
