import Foundation
@testable import FrontierTUI

/// The bundled `themes/` folder, found from this file: Tests/FrontierTUITests → ../../themes.
let bundledThemesFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("themes").path

let bundledThemeNames = ["default", "high-contrast", "light", "mono"]

/// The text of a bundled theme file.
func bundledThemeText(_ name: String) throws -> String {
    try String(contentsOfFile: bundledThemesFolder + "/" + name + ".theme", encoding: .utf8)
}

/// A fresh temporary folder holding `files` (name → text), removed by `body`'s end.
func withThemeFolder<T>(_ files: [String: String], _ body: (String) throws -> T) throws -> T {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("frontier-theme-tests-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for (name, text) in files {
        try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
    }
    return try body(folder)
}

/// Parse errors only, for tests that expect failure.
func themeProblems(_ text: String, file: String = "themes/x.theme") -> [ThemeError.Problem] {
    switch ThemeParser.parse(text, name: "x", file: file) {
    case .success: []
    case .failure(let error): error.problems
    }
}
