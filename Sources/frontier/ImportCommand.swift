import ArgumentParser
import Foundation
import FrontierCore
import FrontierData

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read benchmark result files (vLLM, GuideLLM, AIPerf, GenAI-Perf, LLMPerf) or folders of them into a native dataset."
    )

    @Argument(help: ArgumentHelp("Result files, folders of them (every file recognised is read), or native datasets to merge.",
                                 valueName: "file"))
    var files: [String] = []

    @Option(help: ArgumentHelp("The dataset to write (JSON); - for standard output.", valueName: "file"))
    var out: String

    @Option(help: ArgumentHelp("Read every file as this format instead of detecting it.", valueName: "format"))
    var format: ResultFormat?

    @OptionGroup var reading: ReadOptions

    @Option(help: ArgumentHelp("The dataset's name (default: the first file's or folder's).", valueName: "name"))
    var name: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("name the result files or folders to import") }
    }

    func run() throws {
        let loaded: Loaded
        do {
            loaded = try DatasetLoader.load(paths: files, options: try reading.loadOptions(format: format))
        } catch {
            Output.problems(error.problems)
            Output.error("frontier: \(error.errors.count) error(s); nothing written")
            throw ExitCode(1)
        }
        var dataset = loaded.dataset
        if let name { dataset.name = name }
        let document = NativeJSON.text(dataset)
        for file in loaded.files {
            let runs = file.runs == 1 ? "1 run" : "\(file.runs) runs"
            Output.error("\(file.path): \(file.format.title) (\(file.version)): \(runs)")
        }
        Output.problems(loaded.warnings)
        if out == "-" {
            try Output.write(bytes: document)
        } else {
            try writeAtomically(document, to: out)
        }
        let d = dataset
        Output.error("\(out == "-" ? "wrote" : "wrote \(out):") \(d.runs.count) runs, \(d.models.count) models, \(d.hardware.count) hardware profiles from \(loaded.files.count) file(s); \(loaded.warnings.count) warning(s)")
    }
}
