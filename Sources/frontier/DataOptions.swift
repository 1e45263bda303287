import ArgumentParser
import Foundation
import FrontierCore
import FrontierData

/// Which data to read: files, the hardware for rows that name none, extra presets.
struct DataOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Dataset files (.json or .csv). Default: the bundled sample-data/wineval-a800.json.",
                                 valueName: "file"))
    var files: [String] = []

    @Option(help: ArgumentHelp("Hardware preset or profile for runs that name none; cost options apply to it.",
                               valueName: "name"))
    var hardware: String?

    @Option(help: ArgumentHelp("A JSON file of extra or overriding hardware presets ({\"hardware\": [ … ]}). Default: $XDG_CONFIG_HOME/frontier/presets.json when present.",
                               valueName: "file"))
    var presets: String?

    static let defaultSample = "wineval-a800.json"

    /// The files to read; the bundled sample when none is named.
    func paths() throws -> [String] {
        if !files.isEmpty { return files }
        guard let folder = ResourceLocator().find("sample-data") else {
            throw ValidationError("no FILE given and the bundled sample-data/ folder was not found (set FRONTIER_HOME to the folder that holds it)")
        }
        return [folder + "/" + Self.defaultSample]
    }

    func loadOptions() throws(DataError) -> LoadOptions {
        var presetList = HardwarePresets.builtIn
        if let path = presets ?? userPresetsPath() {
            presetList = try DatasetLoader.loadPresets(path: path)
        }
        return LoadOptions(hardware: hardware, presets: presetList)
    }

    private func userPresetsPath() -> String? {
        let env = ProcessInfo.processInfo.environment
        let config = env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (env["HOME"].map { $0 + "/.config" } ?? "")
        let path = config + "/frontier/presets.json"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// Loads every file, printing warnings to standard error; exits 1 with every problem
    /// when a file has an error.
    func load(quiet: Bool = false) throws -> Loaded {
        let paths = try paths()
        do {
            let loaded = try DatasetLoader.load(paths: paths, options: try loadOptions())
            if !quiet { for warning in loaded.warnings { printError(warning.description) } }
            return loaded
        } catch {
            for problem in error.problems { printError(problem.description) }
            printError("frontier: \(error.errors.count) error(s); nothing loaded")
            throw ExitCode(1)
        }
    }
}

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
