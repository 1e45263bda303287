import ArgumentParser
import Foundation
import FrontierCore
import FrontierData

/// Which data to read: dataset files, benchmark result files or folders of them, and how
/// (`ReadOptions`, and a format that overrides detection).
struct DataOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Dataset files (.json or .csv), benchmark result files (vLLM, GuideLLM, AIPerf, GenAI-Perf, LLMPerf) or folders of them. Default: the bundled sample-data/wineval-a800.json.",
                                 valueName: "file"))
    var files: [String] = []

    @OptionGroup var reading: ReadOptions

    @Option(name: .customLong("input-format"),
            help: ArgumentHelp("Read every file as this format instead of detecting it.", valueName: "format"))
    var inputFormat: ResultFormat?

    var hardware: String? { reading.hardware }

    static let defaultSample = "wineval-a800.json"

    /// The files to read; the bundled sample when none is named.
    func paths() throws -> [String] {
        if !files.isEmpty { return files }
        guard let folder = ResourceLocator().find("sample-data") else {
            throw ValidationError("no FILE given and the bundled sample-data/ folder was not found (set FRONTIER_HOME to the folder that holds it)")
        }
        return [folder + "/" + Self.defaultSample]
    }

    /// `partial`: keep the files that load when others have errors (`LoadOptions.partial`).
    func loadOptions(partial: Bool = false) throws(DataError) -> LoadOptions {
        var options = try reading.loadOptions(format: inputFormat)
        options.partial = partial
        return options
    }

    /// Loads every file, printing warnings to standard error (the same one over many files
    /// once); exits 1 with every problem (collapsed alike) when a file has an error, unless
    /// `partial`: then only when no file loaded, and the files left out are named.
    func load(quiet: Bool = false, partial: Bool = false) throws -> Loaded {
        let paths = try paths()
        do {
            let loaded = try DatasetLoader.load(paths: paths, options: try loadOptions(partial: partial))
            if !quiet {
                Output.problems(loaded.warnings + loaded.notLoaded)
                let left = loaded.filesNotLoaded
                if !left.isEmpty {
                    Output.error("frontier: \(left.count) file(s) not loaded for their errors (--strict loads nothing then); the rest is used")
                }
            }
            return loaded
        } catch {
            Output.problems(error.problems)
            Output.error("frontier: \(error.errors.count) error(s); nothing loaded")
            throw ExitCode(1)
        }
    }
}
