import ArgumentParser
import FrontierData

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check dataset files and report every problem; exit 1 when any file has an error."
    )

    @OptionGroup var data: DataOptions

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        let options: LoadOptions
        do { options = try data.loadOptions() } catch {
            error.problems.forEach { Output.write($0) }
            throw ExitCode(1)
        }
        var failed = false
        for file in try data.paths() {
            do {
                let loaded = try DatasetLoader.load(path: file, options: options)
                loaded.warnings.forEach { Output.write($0) }
                let d = loaded.dataset
                Output.write("\(file): ok: \(d.runs.count) runs, \(d.models.count) models, \(d.hardware.count) hardware profiles, \(loaded.warnings.count) warning(s)")
                if strict && !loaded.warnings.isEmpty { failed = true }
            } catch {
                error.problems.forEach { Output.write($0) }
                Output.write("\(file): \(error.errors.count) error(s), \(error.problems.count - error.errors.count) warning(s)")
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
