import ArgumentParser
import Foundation
import FrontierCore
import FrontierData

/// The plan's inputs: the volume, its peak, and the APIs to set it against.
struct PlanOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Volume to serve: requests a day (2e6, 500k), or with a unit and period (60M/month, 1.5e9tok/month: output tokens, converted with the runs' mean output tokens).",
                               valueName: "volume"))
    var volume: String?

    @Option(help: ArgumentHelp("Peak-to-average factor of the arrivals (≥ 1); the fleet is sized for the peak (default: \(Format.number(Plan.defaultPeak, decimals: 0))).", valueName: "k"))
    var peak: Double?

    @Option(name: .customLong("api"), help: ArgumentHelp("A hosted API to compare with: a preset's name, or NAME=IN:OUT in $ per 1M input and output tokens; repeat for several (default: every preset).",
                                                         valueName: "name"))
    var apis: [String] = []

    @Option(help: ArgumentHelp("A JSON file of extra or overriding API prices ({\"api\": [ … ]}). Default: $XDG_CONFIG_HOME/frontier/api-prices.json when present, over the bundled presets/api-prices.json.",
                               valueName: "file"))
    var apiPrices: String?

    func validate() throws {
        if let peak, !(peak >= 1 && peak.isFinite) { throw ValidationError("--peak must be a number ≥ 1 (the peak's arrival rate over the average), such as 2") }
        if let volume { do { _ = try Volume.parse(volume) } catch { throw ValidationError(error.description) } }
        for api in apis where api.contains("=") {
            do { _ = try APIPrice.parse(api) } catch { throw ValidationError(error.description) }
        }
    }

    /// The volume in requests a day, `--volume`'s else the scenario file's (nil when neither
    /// gives one); a token volume is converted with the dataset's mean output tokens, worked
    /// out only then (a pass over every run).
    func requestsPerDay(_ tokens: @autoclosure () -> TokenMeans, file: ScenarioFile) throws -> Double? {
        guard let volume = volume ?? file.volume else { return nil }
        do { return try Volume.parse(volume).requestsPerDay(meanOutputTokens: tokens().workloadOutput) } catch {
            throw ValidationError("\(self.volume == nil ? "volume" : "--volume"): \(error.description)")
        }
    }

    /// The peak factor: `--peak`'s, else the scenario file's, else the default.
    func peak(file: ScenarioFile) -> Double { peak ?? file.peak ?? Plan.defaultPeak }

    /// The APIs chosen, from the bundled presets, the user's file over them, and `--api`.
    func chosenAPIs() throws -> [APIPrice] {
        var files: [String] = []
        if let bundled = ResourceLocator().find("presets") { files.append(bundled + "/" + APIPresets.fileName) }
        if let apiPrices { files.append(apiPrices) } else if let user = userConfigFile(APIPresets.fileName) { files.append(user) }
        var presets: [APIPrice] = []
        do {
            for file in files { presets = try APIPresets.load(path: file, base: presets) }
        } catch {
            for problem in error.problems { Output.error(problem.description) }
            Output.error("frontier: \(error.errors.count) error(s) in the API prices")
            throw ExitCode(1)
        }
        do { return try APIPresets.choose(apis, from: presets) } catch { throw ValidationError(error.description) }
    }

}
