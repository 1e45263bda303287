import Foundation
import Testing
@testable import FrontierData
import FrontierCore

/// Parses `text` as a dataset file named `file`, expecting success.
func load(_ text: String, file: String = "data.json", options: LoadOptions = LoadOptions(),
          sourceLocation: SourceLocation = #_sourceLocation) -> Loaded? {
    do {
        return try DatasetLoader.parse(Array(text.utf8), file: file, options: options)
    } catch {
        Issue.record("expected \(file) to load, got:\n\(error.description)", sourceLocation: sourceLocation)
        return nil
    }
}

/// Parses `bytes` as a dataset file named `file`, expecting a `DataError`; returns its problems.
func loadProblems(_ bytes: [UInt8], file: String = "data.json", options: LoadOptions = LoadOptions(),
                  sourceLocation: SourceLocation = #_sourceLocation) -> [DataProblem] {
    do {
        let loaded = try DatasetLoader.parse(bytes, file: file, options: options)
        Issue.record("expected \(file) to fail, but it loaded \(loaded.dataset.runs.count) runs", sourceLocation: sourceLocation)
        return []
    } catch {
        return error.problems
    }
}

func loadProblems(_ text: String, file: String = "data.json", options: LoadOptions = LoadOptions(),
                  sourceLocation: SourceLocation = #_sourceLocation) -> [DataProblem] {
    loadProblems(Array(text.utf8), file: file, options: options, sourceLocation: sourceLocation)
}

/// Expects exactly one problem with this severity, file, location and field whose message
/// contains every fragment.
func expectProblem(_ problems: [DataProblem], _ severity: DataProblem.Severity = .error, file: String = "data.json",
                   at location: String?, field: String?, _ fragments: String...,
                   sourceLocation: SourceLocation = #_sourceLocation) {
    let matches = problems.filter { p in
        p.severity == severity && p.file == file && p.location == location && p.field == field
            && fragments.allSatisfy { p.message.contains($0) }
    }
    #expect(matches.count == 1,
            "expected one \(severity) at \(location ?? "-") \(field ?? "-") containing \(fragments); got:\n\(problems.map(\.description).joined(separator: "\n"))",
            sourceLocation: sourceLocation)
}

func errors(_ problems: [DataProblem]) -> [DataProblem] { problems.filter { $0.severity == .error } }
func warnings(_ problems: [DataProblem]) -> [DataProblem] { problems.filter { $0.severity == .warning } }

/// A valid run on the A800-80G preset; `extra` members are appended (JSON text without braces).
func run(model: String = "M", concurrency: Double = 16, _ extra: String = "") -> String {
    let c = JSONWriter.number(concurrency)
    let tail = extra.isEmpty ? "" : ", " + extra
    return #"{"model": "\#(model)", "hardware": "A800-80G", "gpus": 2, "concurrency": \#(c), "requests": 100, "duration_s": 50\#(tail)}"#
}

/// A run with exactly the members given.
func bareRun(_ members: String) -> String { "{" + members + "}" }

/// A minimal native JSON dataset around `runs`.
func dataset(runs: [String], hardware: String? = nil,
             models: String = #"[{"name": "M", "quality": {"score": 70}}]"#, top: String = "") -> String {
    var members = [
        #""frontier_dataset": 1"#,
        #""name": "test""#,
        #""workload": {"name": "w", "requests": 100}"#,
        #""models": "# + models,
    ]
    if let hardware { members.append(#""hardware": "# + hardware) }
    if !top.isEmpty { members.append(top) }
    members.append(#""runs": ["# + runs.joined(separator: ",\n    ") + "]")
    return "{\n  " + members.joined(separator: ",\n  ") + "\n}\n"
}

/// Rounds to cents, for figures quoted to the cent.
func cents(_ value: Double) -> Double { (value * 100).rounded() / 100 }

func close(_ a: Double?, _ b: Double, rel: Double = 1e-9) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= rel * max(abs(a), abs(b))
}

/// The repository's sample-data folder, found from this source file.
func sampleDataFolder(_ filePath: String = #filePath) -> URL {
    URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("sample-data")
}

func loadSample(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) -> Loaded? {
    do {
        return try DatasetLoader.load(path: sampleDataFolder().appendingPathComponent(name).path)
    } catch {
        Issue.record("sample \(name) did not load:\n\(error.description)", sourceLocation: sourceLocation)
        return nil
    }
}

/// A fresh, uniquely named folder under the temporary directory, removed when dropped.
struct TempFolder: ~Copyable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("frontier-data-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    var path: String { url.path }

    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    func makeFolder(_ relative: String) throws -> String {
        let folder = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.path
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
