import Foundation
import Testing
@testable import FrontierData
import FrontierCore

/// Every fixture cut short and with bytes changed: the importer never traps, and every
/// error it gives names the file.
@Suite struct ImportHostileInputTests {
    static let files = [
        "results/vllm/bench-serve.json", "results/vllm/append.jsonl", "results/vllm/detailed.json",
        "results/guidellm/benchmarks-v0.2.json", "results/aiperf/profile_export_aiperf.json",
        "results/genai-perf/profile_export_genai_perf.json",
        "results/genai-perf/meta-llama_Meta-Llama-3-8B-Instruct-openai-chat-concurrency4/profile_export_genai_perf.csv",
        "results/llmperf/mistralai-Mistral-7B-Instruct-v0-3_550_150_summary.json",
    ]

    /// Loads `bytes` written as `name` in a fresh folder under the fixture's run folder
    /// name (the GenAI-Perf CSV needs it); true when it loaded.
    func survives(_ bytes: [UInt8], name: String, in tmp: borrowing TempFolder) throws -> Bool {
        let path = try tmp.write(name, "")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        do {
            _ = try DatasetLoader.load(path: path, options: onH100)
            return true
        } catch {
            #expect(!error.errors.isEmpty)
            #expect(error.errors.allSatisfy { $0.file == path }, "\(error)")
            return false
        }
    }

    @Test(arguments: files) func cutShort(_ relative: String) throws {
        let tmp = try TempFolder()
        let bytes = try DataFile.read(fixture(relative))
        let name = relative.split(separator: "/").suffix(2).joined(separator: "/")
        var loaded = 0
        for step in 1..<24 {
            let cut = bytes.count * step / 24
            if try survives(Array(bytes[..<cut]), name: name, in: tmp) { loaded += 1 }
        }
        // Only JSON lines (a line boundary) or CSV (a row boundary) can be cut and still read.
        if relative.hasSuffix(".json") { #expect(loaded == 0) }
    }

    @Test(arguments: files) func bytesChanged(_ relative: String) throws {
        let tmp = try TempFolder()
        let bytes = try DataFile.read(fixture(relative))
        let name = relative.split(separator: "/").suffix(2).joined(separator: "/")
        let replacements: [UInt8] = [0x00, 0x22, 0x2C, 0x7B, 0x7D, 0x5B, 0x5D, 0x2D, 0x4E, 0x1B, 0xFF, 0x0A, 0x20, 0x30]
        // Three bytes a variant, spread over the file by primes: the same variants every run.
        for variant in 0..<40 {
            var changed = bytes
            for k in 1...3 {
                changed[(variant * 7919 + k * 104_729) % changed.count] = replacements[(variant + k) % replacements.count]
            }
            _ = try survives(changed, name: name, in: tmp)
        }
    }
}

