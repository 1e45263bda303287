import Foundation
import Testing

/// The boundaries the design rests on, checked over `Sources/` so that a change crossing
/// one fails here rather than in review: one file talks to ncurses, widgets draw and never
/// change state, each cost input is switched over in one file, and Core stays pure.
@Suite("architecture")
struct ArchitectureTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

    /// Every Swift file under Sources/, by path relative to it, with its text.
    static let files: [(path: String, text: String)] = {
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        var files: [(String, String)] = []
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift", let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            files.append((String(url.path.dropFirst(sources.path.count + 1)), text))
        }
        return files.sorted { $0.0 < $1.0 }
    }()

    static func files(matching pattern: String, under folder: String = "") throws -> [String] {
        let regex = try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
        return files.filter { $0.path.hasPrefix(folder) }.filter { file in
            regex.firstMatch(in: file.text, range: NSRange(file.text.startIndex..., in: file.text)) != nil
        }.map(\.path)
    }

    @Test func theSourcesAreFound() {
        #expect(Self.files.count > 100)
        #expect(Self.files.contains { $0.path == "FrontierCore/Model/CostInput.swift" })
    }

    @Test func onlyTheNcursesBackendImportsCNcursesw() throws {
        #expect(try Self.files(matching: #"^\s*(@\w+\s+)*import\s+CNcursesw"#) == ["FrontierTUI/Runtime/NcursesTerminal.swift"])
    }

    /// Widgets render what they are given; state changes only through `reduce`.
    @Test func noWidgetCallsReduce() throws {
        #expect(try Self.files(matching: #"(?<![.\w])reduce\("#, under: "FrontierTUI/Widgets/") == [])
        // …and they are given values, not the dashboard's state (App/Widgets+State maps one onto the other).
        #expect(try Self.files(matching: #"\bState\b"#, under: "FrontierTUI/Widgets/") == [])
        #expect(try Self.files(matching: #"(?<![.\w])reduce\("#, under: "FrontierTUI/").allSatisfy { $0.hasPrefix("FrontierTUI/State/") || $0.hasPrefix("FrontierTUI/App/") })
    }

    /// A `case` naming a cost input (not the `.rental(rate)` cost model) outside its table.
    @Test func onlyTheCostInputTableSwitchesOverCostInputs() throws {
        let inputs = "gpuPrice|years|utilization|powerKW|pue|electricity|maintenance|rental"
        #expect(try Self.files(matching: #"^\s*case\s[^:\n]*\.(\#(inputs))\b(?!\()"#) == ["FrontierCore/Model/CostInput.swift"])
    }

    /// Core is pure: Foundation, and Synchronization for the curve cache's lock.
    @Test func coreImportsOnlyFoundationAndSynchronization() {
        let imports = Self.files.filter { $0.path.hasPrefix("FrontierCore/") }.flatMap { file in
            file.text.split(separator: "\n").filter { $0.hasPrefix("import ") || $0.hasPrefix("@testable import ") || $0.hasPrefix("@_exported import ") }
                .map { "\(file.path): \($0)" }
        }
        #expect(imports.allSatisfy { $0.hasSuffix("import Foundation") || $0.hasSuffix("import Synchronization") }, "\(imports)")
        #expect(!imports.isEmpty)
    }

    /// Loading goes one way down: `DatasetLoader` is the front door, the import stages and
    /// readers below it never call back up, and only `DataFile` (over `FileSource`) opens a file.
    @Test func loadingCallsOnlyDownward() throws {
        #expect(try Self.files(matching: #"\bDatasetLoader\."#, under: "FrontierData/") == [])
        #expect(try Self.files(matching: #"\bFileSource\.read\("#, under: "FrontierData/") == ["FrontierData/Files/DataFile.swift"])
    }

    /// One home for "line L, column C" and for the byte-order mark.
    @Test func parseErrorLocationsAndTheByteOrderMarkHaveOneHome() throws {
        #expect(try Self.files(matching: #"line \\\(error\.line\)"#) == [], "use the error's `location` (Files/DataFile.swift)")
        #expect(try Self.files(matching: #"0xEF, 0xBB, 0xBF"#) == ["FrontierData/Files/DataFile.swift"])
    }
}
