import Foundation
import FrontierCore
import FrontierData
import Testing
@testable import FrontierTUI

/// Golden files of whole screens, in the manner of ratatui's `TestBackend` snapshots: a
/// header line `# <test name> · <width>x<height> · <keys>`, then each row of the canvas in
/// double quotes so that trailing spaces show. Kept in `Tests/FrontierTUITests/Goldens/`.
///
/// Run with `FRONTIER_UPDATE_GOLDENS=1` to rewrite the files instead of comparing, then
/// read every changed file before committing it.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens").path

    static var updating: Bool { ProcessInfo.processInfo.environment["FRONTIER_UPDATE_GOLDENS"] == "1" }

    static func path(_ name: String) -> String { folder + "/" + name + ".txt" }

    /// The file's text for a canvas.
    static func text(_ canvas: Canvas, header: String) -> String {
        (["# " + header] + canvas.lines.map { "\"" + $0 + "\"" }).joined(separator: "\n") + "\n"
    }

    /// The header for a screen after `keys`.
    static func header(_ test: String, width: Int, height: Int, keys: String) -> String {
        "\(test) · \(width)x\(height) · \(keys.isEmpty ? "no keys" : keys)"
    }
}

/// Compares `canvas` with `Goldens/<name>.txt`, or rewrites the file when
/// `FRONTIER_UPDATE_GOLDENS=1`. `header` is the first line without its `# `.
func assertGolden(_ canvas: Canvas, named name: String, header: String,
                  sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = Golden.text(canvas, header: header)
    let path = Golden.path(name)
    if Golden.updating {
        do {
            try FileManager.default.createDirectory(atPath: Golden.folder, withIntermediateDirectories: true)
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
            print("note: rewrote golden \(path)")
        } catch {
            Issue.record("cannot write golden \(path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
        Issue.record("no golden \(path); run with FRONTIER_UPDATE_GOLDENS=1 to create it", sourceLocation: sourceLocation)
        return
    }
    guard expected != actual else { return }
    let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var differences: [String] = []
    for line in 0..<max(want.count, got.count) {
        let w = line < want.count ? String(want[line]) : "(none)"
        let g = line < got.count ? String(got[line]) : "(none)"
        if w != g { differences.append("line \(line + 1):\n  expected \(w)\n  actual   \(g)") }
    }
    Issue.record("""
        screen differs from golden \(name).txt in \(differences.count) line(s) \
        (FRONTIER_UPDATE_GOLDENS=1 rewrites it):
        \(differences.prefix(8).joined(separator: "\n"))
        """, sourceLocation: sourceLocation)
}

/// The bundled sample datasets, found from this file: Tests/FrontierTUITests → ../../sample-data.
enum SampleData {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("sample-data").path

    /// Nine models on 2×A800 at concurrency 1…128 (the paper's setting).
    static func wineval() throws -> Dataset {
        try DatasetLoader.load(path: folder + "/wineval-a800.json").dataset
    }

    /// A session on the wineval sample at its suggested concurrency, after `keys` (named as
    /// `Key.parse` reads them).
    static func session(width: Int, height: Int, keys: String = "", ascii: Bool = false) throws -> Session {
        var session = Session(dataset: try wineval(), ascii: ascii, width: width, height: height)
        for key in try Key.parse(keys) { session.press(key) }
        return session
    }
}
