import ArgumentParser
import Foundation
import FrontierCore
import FrontierData

extension ResultFormat: ExpressibleByArgument {}

/// How data files are read, for every command that reads them: the hardware and GPU count
/// for runs that state none, extra presets, and quality scores to join by model name.
struct ReadOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Hardware preset or profile for native runs that name none, and for every run of a result file (over what the file says); cost options apply to it.",
                               valueName: "name"))
    var hardware: String?

    @Option(help: ArgumentHelp("GPU count for native runs that state none (default 1), and for every run of a result file (over what the file says).", valueName: "n"))
    var gpus: Int?

    @Option(name: .customLong("run-model"),
            help: ArgumentHelp("The model of every run of a result file, over what the file says (an AIPerf CSV in a folder not named MODEL-openai-chat-concurrencyN names none).", valueName: "name"))
    var runModel: String?

    @Option(name: .customLong("run-concurrency"),
            help: ArgumentHelp("The concurrency of every run of a result file, over what the file says.", valueName: "n"))
    var runConcurrency: Int?

    @Option(name: .customLong("label"),
            help: ArgumentHelp("A setup label of every run of a result file (repeatable; tp=8, deployment=base), over the file's label of that key.", valueName: "key=value"),
            transform: ReadOptions.labels)
    var labels: [[SetupLabel]] = []

    @Option(help: ArgumentHelp("Quality scores to join by model name: CSV model,metric,score or model,<metric>,…; or JSON {\"model\": {\"metric\": score}}.",
                               valueName: "file"))
    var quality: String?

    @Option(help: ArgumentHelp("A JSON file of extra or overriding hardware presets ({\"hardware\": [ … ]}). Default: $XDG_CONFIG_HOME/frontier/presets.json when present.",
                               valueName: "file"))
    var presets: String?

    func validate() throws {
        if let gpus, gpus < 1 { throw ValidationError("--gpus must be a whole number ≥ 1") }
        if let runConcurrency, runConcurrency < 1 { throw ValidationError("--run-concurrency must be a whole number ≥ 1") }
        if let runModel, runModel.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--run-model must name a model") }
    }

    /// A `--label` value; `tp=8,pp=2` is two labels.
    static func labels(_ text: String) throws -> [SetupLabel] {
        guard let parsed = SetupLabel.parse(text), !parsed.isEmpty, parsed.allSatisfy({ !$0.value.isEmpty }) else {
            throw ValidationError("--label \"\(Sanitize.line(text))\": expected KEY=VALUE, e.g. tp=8")
        }
        return parsed.map { SetupLabel(Sanitize.line($0.key), Sanitize.line($0.value)) }
    }

    /// The load options; `format`, when given, is read for every file.
    func loadOptions(format: ResultFormat?) throws(DataError) -> LoadOptions {
        var presetList = HardwarePresets.builtIn
        if let path = presets ?? userConfigFile("presets.json") {
            presetList = try DatasetLoader.loadPresets(path: path)
        }
        return LoadOptions(hardware: hardware, gpus: gpus, presets: presetList,
                           quality: try quality.map { path throws(DataError) in try QualityTable.load(path: path) },
                           format: format, model: runModel, concurrency: runConcurrency,
                           labels: labels.flatMap { $0 })
    }
}

/// `$XDG_CONFIG_HOME/frontier/<name>` (else `~/.config/frontier/<name>`) when it exists.
func userConfigFile(_ name: String) -> String? {
    let env = ProcessInfo.processInfo.environment
    let config = env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (env["HOME"].map { $0 + "/.config" } ?? "")
    let path = config + "/frontier/" + name
    return FileManager.default.fileExists(atPath: path) ? path : nil
}
