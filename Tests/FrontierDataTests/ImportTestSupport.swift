import Foundation
import Testing
@testable import FrontierData
import FrontierCore

/// The importer fixtures: files written for these tests from each tool's documented
/// schema (Tests/FrontierDataTests/Fixtures; `results/` holds valid ones, `broken/` not).
/// An absolute path is returned as it is.
func fixture(_ relative: String, _ filePath: String = #filePath) -> String {
    if relative.hasPrefix("/") { return relative }
    return URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/" + relative).path
}

/// The options most fixtures need: they name no hardware.
let onH100 = LoadOptions(hardware: "H100-80G")

/// Loads fixture files or folders, expecting success.
func importing(_ relatives: [String], options: LoadOptions = onH100, sourceLocation: SourceLocation = #_sourceLocation) -> Loaded? {
    do {
        return try DatasetLoader.load(paths: relatives.map { fixture($0) }, options: options)
    } catch {
        Issue.record("expected \(relatives) to import, got:\n\(error.description)", sourceLocation: sourceLocation)
        return nil
    }
}

func importing(_ relative: String, options: LoadOptions = onH100, sourceLocation: SourceLocation = #_sourceLocation) -> Loaded? {
    importing([relative], options: options, sourceLocation: sourceLocation)
}

/// Loads paths expecting a `DataError`; its problems.
func importProblems(_ paths: [String], options: LoadOptions = onH100, sourceLocation: SourceLocation = #_sourceLocation) -> [DataProblem] {
    do {
        let loaded = try DatasetLoader.load(paths: paths, options: options)
        Issue.record("expected \(paths) to fail, but it loaded \(loaded.dataset.runs.count) runs", sourceLocation: sourceLocation)
        return []
    } catch {
        return error.problems
    }
}

/// The only run of a fixture, expecting exactly one.
func onlyRun(_ relative: String, options: LoadOptions = onH100, sourceLocation: SourceLocation = #_sourceLocation) -> Run? {
    guard let loaded = importing(relative, options: options, sourceLocation: sourceLocation) else { return nil }
    #expect(loaded.dataset.runs.count == 1, sourceLocation: sourceLocation)
    return loaded.dataset.runs.first
}

/// Checks each expected field of a run, to 1e-9 relative; fields not listed must be absent.
func expectFields(_ run: Run?, _ expected: [RunField: Double], sourceLocation: SourceLocation = #_sourceLocation) {
    guard let run else { return }
    for field in RunField.allCases {
        if let value = expected[field] {
            #expect(close(run[field], value), "\(field.key): expected \(value), found \(run[field].map { "\($0)" } ?? "nothing")",
                    sourceLocation: sourceLocation)
        } else {
            #expect(run[field] == nil, "\(field.key): expected nothing, found \(run[field]!)", sourceLocation: sourceLocation)
        }
    }
}

/// Each broken fixture (its name under broken/) fails with exactly the errors listed for it:
/// (name, location, field, a fragment of the message).
func expectBrokenFixtures(_ cases: [(String, String?, String?, String)], sourceLocation: SourceLocation = #_sourceLocation) {
    var names: [String] = []
    for (name, _, _, _) in cases where !names.contains(name) { names.append(name) }
    for name in names {
        let path = fixture("broken/" + name)
        let problems = importProblems([path], sourceLocation: sourceLocation)
        let expected = cases.filter { $0.0 == name }
        for (_, location, field, message) in expected {
            expectProblem(problems, file: path, at: location, field: field, message, sourceLocation: sourceLocation)
        }
        #expect(errors(problems).count == expected.count, "\(name): \(problems)", sourceLocation: sourceLocation)
    }
}
