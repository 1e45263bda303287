import Foundation
import Testing
@testable import FrontierData
import FrontierCore

private func hasTerminalControls(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x9D }
}

@Suite struct HostileInputTests {
    static let evilName = "evil\u{1B}[31mred\u{07}\u{1B}]0;title\u{07}"

    /// A dataset whose model name, hardware and source carry escape sequences (JSON-escaped).
    static let evilJSON = dataset(
        runs: [run(model: #"evil\u001b[31mred\u0007\u001b]0;title\u0007"#, #""source": "\u001b[2J""#),
               run(model: #"evil\u001b[31mred\u0007\u001b]0;title\u0007"#, concurrency: 32)],
        models: #"[{"name": "evil\u001b[31mred\u0007\u001b]0;title\u0007", "quality": {"score": 70}}, {"name": "M", "quality": {"score": 60}}]"#)

    @Test func escapeSequencesInNamesLoad() throws {
        let loaded = try #require(load(Self.evilJSON))
        #expect(loaded.dataset.models[0].name == Self.evilName, "names are kept as written")
        #expect(loaded.dataset.runs[0].model == Self.evilName)
    }

    @Test func problemDescriptionsAreSanitised() {
        let text = dataset(runs: [
            run(model: #"evil\u001b[31mred\u0007"#),
            run(model: #"evil\u001b[31mred\u0007"#),   // duplicate: the message names the model
            bareRun(#""model": "M", "hardware": "\u001b[2J\u0007gpu", "concurrency": 2, "request_throughput": 1"#),
            run(concurrency: 4, #""mean_ttft_ms": "\u001b]0;x\u0007""#),
        ], models: #"[{"name": "evil\u001b[31mred\u0007"}]"#)
        do {
            _ = try DatasetLoader.parse(Array(text.utf8), file: "evil\u{1B}[1m.json")
            Issue.record("expected errors")
        } catch {
            #expect(error.errors.count == 3, "\(error.problems)")
            #expect(error.problems.contains { $0.severity == .warning })
            for problem in error.problems {
                #expect(!hasTerminalControls(problem.description), "\(problem.description.debugDescription)")
            }
            #expect(!hasTerminalControls(error.description))
            #expect(error.description.contains("evilred"))
            #expect(error.description.contains(#"unknown hardware "gpu""#))
        }
    }

    @Test func csvHeaderAndCellsAreSanitised() {
        let text = "model,hardware,concurrency,request_throughput,\u{1B}[31mcol\u{07}\nM,H200,1,\u{1B}[5mfast\u{07},x\n"
        let problems = loadProblems(text, file: "e.csv")
        #expect(errors(problems).count == 1 && warnings(problems).count == 1, "\(problems)")
        for problem in problems { #expect(!hasTerminalControls(problem.description), "\(problem.description.debugDescription)") }
    }

    @Test func reportsAreSanitised() throws {
        let d = try #require(load(Self.evilJSON)).dataset
        let report = Report(dataset: d, analysis: Analysis(d, Scenario(concurrency: 16)))
        for format in [ReportFormat.text, .markdown, .csv] {
            let out = report.render(format)
            #expect(!hasTerminalControls(out), "\(format) output holds a control sequence")
            #expect(out.contains("evilred"), "\(format)")
        }
        // JSON keeps the name, escaped.
        let json = report.render(.json)
        #expect(!hasTerminalControls(json))
        #expect(json.contains(#"evil\u001b[31mred\u0007"#))
    }

    @Test func binaryFileIsRefused() {
        let bytes: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0xFF, 0xD8]
        for file in ["a.json", "a.csv", "a.bin"] {
            let problems = loadProblems(bytes, file: file)
            #expect(problems == [DataProblem(.error, file: file, message: "contains NUL bytes: a binary file, not a dataset (expected JSON or CSV)")])
        }
        // JSON-looking text with a NUL is refused the same way.
        #expect(loadProblems(Array("{\"a\": \"\0\"}".utf8), file: "x.json").first?.message.contains("binary file") == true)
    }

    @Test func invalidUTF8InJSONIsAPositionedError() {
        let bytes = Array(#"{"name": ""#.utf8) + [0xFF] + Array(#""}"#.utf8)
        let problems = loadProblems(bytes, file: "u.json")
        #expect(problems == [DataProblem(.error, file: "u.json", location: "line 1, column 11", message: "invalid UTF-8 in a string")])
    }

    /// `size` bytes of deterministic CSV-like noise: a random 64 KiB block, repeated.
    static func garbage(_ size: Int, alphabet: String) -> [UInt8] {
        let letters = Array(alphabet.utf8)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var block = [UInt8](repeating: 0, count: 65_536)
        for i in block.indices {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            block[i] = letters[Int(truncatingIfNeeded: state >> 33) % letters.count]
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        while bytes.count < size { bytes += block.prefix(size - bytes.count) }
        return bytes
    }

    // Sizes are cut from 50 MB to stay well under 2 s in a debug build, where the NUL scan
    // takes about 3 s for 50 MB and CSV splitting about 0.15 s a megabyte. The time limit
    // catches a hang; speed is the benchmarks' to measure.
    @Test(.timeLimit(.minutes(1)))
    func megabytesOfGarbageDoNotCrash() {
        // Noise with quotes: fails on the first stray quote.
        let quoted = Self.garbage(4 * 1_048_576, alphabet: "abcxyz0123456789,,,,.-e \n\n\r\"")
        #expect(!errors(loadProblems(quoted, file: "garbage.csv")).isEmpty)
        // Noise without quotes under a valid header: every row is split and checked.
        let rows = Array("model,hardware,concurrency,request_throughput,quality\n".utf8)
            + Self.garbage(1_048_576, alphabet: "abcxyz0123456789,,,,.-e \n\r")
        let problems = loadProblems(rows, file: "garbage.csv")
        #expect(errors(problems).count > 1000)
        #expect(problems.allSatisfy { $0.location?.hasPrefix("line ") == true || $0.location == nil })
    }

    @Test func garbageJSONDoesNotCrash() {
        var state: UInt64 = 42
        let alphabet = Array("{}[]\",:0123456789eE.-+ \ntruefalsn\\u".utf8)
        for _ in 0..<2000 {
            let count = Int(state % 200)
            let bytes = (0..<count).map { _ -> UInt8 in
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return alphabet[Int(truncatingIfNeeded: state >> 33) % alphabet.count]
            }
            do {
                _ = try DatasetLoader.parse([UInt8(ascii: "{")] + bytes, file: "g.json")
            } catch {
                #expect(!error.problems.isEmpty)
            }
        }
    }

    @Test func longValuesAreCutShortInMessages() {
        let long = String(repeating: "x", count: 5000)
        let problems = loadProblems(dataset(runs: [run(#""mean_ttft_ms": "\#(long)""#)]))
        #expect(problems.count == 1)
        #expect(problems[0].message.count < 120)
        #expect(problems[0].message.contains("…"))
    }
}
