import FrontierCore
import FrontierData
import FrontierTUI

/// What the fuzzer feeds: one entry per parser and the dashboard's state machine. Each
/// takes any bytes and must return without trapping or looping; a wrong answer that the
/// code can see (a frame of the wrong size) traps on purpose, so that the fuzzer keeps it.
///
/// ```swift
/// FuzzTarget.nativeJSON.run(Array(#"{"frontier_dataset": 1}"#.utf8))
/// ```
public enum FuzzTarget: String, CaseIterable, Sendable {
    case nativeJSON = "native-json"
    case nativeCSV = "native-csv"
    case vllm, guidellm, aiperf
    case genaiPerf = "genai-perf"
    case genaiPerfCSV = "genai-perf-csv"
    case llmperf
    /// Detection: the importer deciding what a file is, as for a file named alone.
    case detect
    case quality, presets, theme
    /// A scenario file (TOML through TOMLKit), as `--scenario` reads it.
    case scenario
    /// A valid dataset with extreme figures, then random actions, keys, clicks and resizes.
    case dashboard

    public func run(_ bytes: [UInt8]) {
        switch self {
        case .nativeJSON: load(bytes, file: "fuzz.json", format: .native)
        case .nativeCSV: load(bytes, file: "fuzz.csv", format: .native)
        case .vllm: load(bytes, file: "fuzz.json", format: .vllm)
        case .guidellm: load(bytes, file: "fuzz.json", format: .guidellm)
        case .aiperf: load(bytes, file: "fuzz.json", format: .aiperf)
        case .genaiPerf: load(bytes, file: "fuzz.json", format: .genaiPerf)
        case .genaiPerfCSV: load(bytes, file: "fuzz.csv", format: .genaiPerfCSV)
        case .llmperf: load(bytes, file: "fuzz.json", format: .llmperf)
        case .detect: load(bytes, file: "fuzz", format: nil)
        case .quality: _ = try? QualityTable.parse(bytes, file: "fuzz.csv")
        case .presets: _ = try? DatasetLoader.parsePresets(bytes, file: "fuzz.json")
        case .scenario: _ = try? ScenarioFile.parse(String(decoding: bytes, as: UTF8.self), file: "fuzz.toml")
        case .theme: _ = ThemeParser.parse(String(decoding: bytes, as: UTF8.self), name: "fuzz", file: "fuzz.theme")
        case .dashboard:
            var fuzz = DashboardFuzz(bytes)
            fuzz.run()
        }
    }

    /// Loads the bytes and, when they make a dataset, analyses and reports it: the figures
    /// of whatever passes validation must be printable too.
    private func load(_ bytes: [UInt8], file: String, format: ResultFormat?) {
        let options = LoadOptions(hardware: "H100-80G", format: format)
        guard let loaded = try? DatasetLoader.load(bytes: bytes, file: file, options: options) else { return }
        let prepared = PreparedDataset(loaded.dataset)
        let analysis = Analysis(prepared, Scenario(concurrency: prepared.suggestedConcurrency(Scenario()) ?? 1))
        _ = Report(dataset: loaded.dataset, analysis: analysis, hardware: nil).render(.text)
    }
}
