import ArgumentParser
import Foundation
import FrontierData
import FrontierTUI

/// How the dashboard looks: theme, plot characters, colour.
struct DisplayOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Colour theme: a name from themes/ or the user's theme folder, or a path to a .theme file.", valueName: "name|path"))
    var theme: String = "default"

    @Flag(help: "Draw with ASCII only (also used when the locale is not UTF-8).")
    var ascii = false

    @Flag(name: .customLong("no-color"), help: "No colour (also when NO_COLOR is set).")
    var noColor = false

    /// The theme catalog: the user's folder first, then the bundled themes.
    func catalog() -> ThemeCatalog {
        var folders = [ThemeCatalog.userFolder(environment: ProcessInfo.processInfo.environment)]
        if let bundled = ResourceLocator().find("themes") { folders.append(bundled) }
        return ThemeCatalog(folders: folders)
    }

    var colorEnabled: Bool {
        !noColor && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }

    /// ASCII when asked, or when the locale cannot show braille.
    var useASCII: Bool {
        if ascii { return true }
        let env = ProcessInfo.processInfo.environment
        let locale = env["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? env["LC_CTYPE"].flatMap { $0.isEmpty ? nil : $0 } ?? env["LANG"] ?? ""
        let upper = locale.uppercased()
        return !(upper.contains("UTF-8") || upper.contains("UTF8"))
    }
}
