import Foundation
import FrontierFiles

/// Finds and loads themes. A theme name `x` is the first `x.theme` found in `folders`, in
/// order: the user's folder first (`userFolder(environment:)`), then the one that ships
/// with frontier, so a user's file shadows a bundled one of the same name. `default`
/// is always available: it is compiled in, and a `default.theme` file only overrides it.
///
/// Loading never fails: a missing, unreadable or broken theme gives `Theme.default` and
/// messages saying exactly what is wrong (file, line, role, what was expected).
///
/// ```swift
/// let catalog = ThemeCatalog(folders: [ThemeCatalog.userFolder(environment: env), "themes"])
/// catalog.names                                   // ["default", "high-contrast", "light", "mono"]
/// let (theme, errors) = catalog.load(nameOrPath: "light")
/// let (mine, problems) = catalog.load(nameOrPath: "./mine.theme")   // a path is read directly
/// ```
public struct ThemeCatalog: Equatable, Sendable {
    /// Searched in order; the first holding `<name>.theme` wins.
    public var folders: [String]

    /// Files larger than this are refused (a theme is about 2 KB).
    public static let maximumFileSize = 256 * 1024
    /// At most this many messages come back from one load; a last one counts the rest.
    public static let maximumMessages = 20

    public init(folders: [String]) {
        self.folders = folders
    }

    /// The user's theme folder: `$XDG_CONFIG_HOME/frontier/themes` when that variable holds
    /// an absolute path (the XDG spec ignores relative ones), else
    /// `$HOME/.config/frontier/themes` (`/.config/frontier/themes` without a `HOME`).
    public static func userFolder(environment: [String: String]) -> String {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return join(config, "frontier/themes")
        }
        let home = environment["HOME"] ?? ""
        return home.isEmpty ? "/.config/frontier/themes" : join(home, ".config/frontier/themes")
    }

    /// Every theme in the folders, without repeats: "default" first, then the others sorted.
    public var names: [String] {
        var found: Set<String> = []
        for folder in folders {
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for entry in entries where entry.hasSuffix(".theme") {
                let name = String(entry.dropLast(".theme".count))
                // A name must load back as a name: not empty, not itself ending in ".theme".
                guard !name.isEmpty, !name.hasSuffix(".theme"), name == ThemeError.clean(name, limit: 64),
                      !ThemeCatalog.isDirectory(ThemeCatalog.join(folder, entry)) else { continue }
                found.insert(name)
            }
        }
        found.remove("default")
        return ["default"] + found.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
    }

    /// The file a theme name stands for: the first `<folder>/<name>.theme` that exists.
    public func path(forName name: String) -> String? {
        for folder in folders {
            let path = ThemeCatalog.join(folder, name + ".theme")
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        return nil
    }

    /// Loads a theme by name, or by path when the argument contains "/" or ends in
    /// ".theme". Gives the theme and no messages, or `Theme.default` and the messages
    /// saying why.
    public func load(nameOrPath: String) -> (Theme, [String]) {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".theme") {
            let file = URL(fileURLWithPath: nameOrPath).lastPathComponent
            let name = file.hasSuffix(".theme") ? String(file.dropLast(".theme".count)) : file
            return ThemeCatalog.loadFile(nameOrPath, name: name)
        }
        guard !nameOrPath.isEmpty else {
            return (.default, ["no theme name given; expected one of \(names.joined(separator: ", "))"])
        }
        if let path = path(forName: nameOrPath) {
            return ThemeCatalog.loadFile(path, name: nameOrPath)
        }
        if nameOrPath == "default" { return (.default, []) }
        let shown = ThemeError.clean(nameOrPath)
        let searched = folders.isEmpty ? "no folders" : folders.joined(separator: ", ")
        return (.default, ["theme \"\(shown)\": not found in \(searched); expected one of \(names.joined(separator: ", "))"])
    }

    /// Reads and parses one file; `path` is how messages refer to it.
    static func loadFile(_ path: String, name: String) -> (Theme, [String]) {
        switch read(path) {
        case .failure(let error):
            return (.default, error.messages)
        case .success(let text):
            switch ThemeParser.parse(text, name: name, file: path) {
            case .success(let theme):
                return (theme, [])
            case .failure(let error):
                var messages = error.messages
                if messages.count > maximumMessages {
                    let rest = messages.count - (maximumMessages - 1)
                    messages = Array(messages.prefix(maximumMessages - 1)) + ["\(path): … and \(rest) more problems"]
                }
                return (.default, messages)
            }
        }
    }

    /// The file's text, or why it cannot be had.
    static func read(_ path: String) -> Result<String, ThemeError> {
        func unreadable(_ problem: String, _ expected: String = "") -> Result<String, ThemeError> {
            .failure(ThemeError(file: path, problems: [
                .init(file: path, line: 0, role: nil, kind: .unreadable, problem: problem, expected: expected),
            ]))
        }
        // Through FileSource: a FIFO or a device named as a theme is refused at once, never
        // waited on (the dashboard's loop reads themes), and at most the limit is read.
        let bytes: [UInt8]
        do {
            bytes = try FileSource.read(path, limit: maximumFileSize)
        } catch {
            return switch error {
            case .missing: unreadable("no such file")
            case .folder: unreadable("is a folder", "a theme file")
            case .tooLarge: unreadable("too large", "at most \(maximumFileSize) bytes")
            case .notRegular(let kind): unreadable("is \(kind), not a file", "a theme file")
            case .binary, .unreadable: unreadable("cannot be read (permission denied?)")
            }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { return unreadable("not UTF-8 text", "a UTF-8 text file") }
        return .success(text)
    }

    static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }

    static func join(_ folder: String, _ name: String) -> String {
        if folder.isEmpty { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
