import Foundation

/// Finds the folders that ship with Frontier (`sample-data/`, `themes/`) from any working
/// directory and from an installed binary. Looked for, in order:
/// 1. `$FRONTIER_HOME/<name>`;
/// 2. beside the executable and in each folder above it (a `swift build` tree keeps the
///    binary in `.build/<config>/`, so this finds the checkout);
/// 3. `<prefix>/share/frontier/<name>` for a binary installed in `<prefix>/bin`;
/// 4. the working directory and each folder above it.
public struct ResourceLocator: Sendable {
    public var environment: [String: String]
    public var executablePath: String
    public var workingDirectory: String

    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                executablePath: String = CommandLine.arguments.first ?? "",
                workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.environment = environment
        self.executablePath = executablePath
        self.workingDirectory = workingDirectory
    }

    /// The folders searched for `name`, in order.
    public func candidates(_ name: String) -> [String] {
        var list: [String] = []
        if let home = environment["FRONTIER_HOME"], !home.isEmpty { list.append(home + "/" + name) }
        let executable = URL(fileURLWithPath: executablePath, relativeTo: URL(fileURLWithPath: workingDirectory))
            .resolvingSymlinksInPath().deletingLastPathComponent()
        list += ancestors(of: executable).map { $0.appendingPathComponent(name).path }
        list.append(executable.deletingLastPathComponent().appendingPathComponent("share/frontier/\(name)").path)
        list += ancestors(of: URL(fileURLWithPath: workingDirectory)).map { $0.appendingPathComponent(name).path }
        return list
    }

    /// The first candidate folder that exists.
    public func find(_ name: String) -> String? {
        candidates(name).first { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    private func ancestors(of url: URL) -> [URL] {
        var list: [URL] = []
        var current = url.standardizedFileURL
        while true {
            list.append(current)
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path || list.count > 32 { return list }
            current = parent
        }
    }
}
