import Foundation
import FrontierCore
import FrontierFiles

/// What a load may assume about input that does not say it.
public struct LoadOptions: Sendable {
    /// Hardware for native runs that name none (CSV without a hardware column); for result
    /// files, the hardware of every run, over what the file says.
    public var hardware: String?
    /// GPU count for native runs that state none (default 1); for result files, of every run.
    public var gpus: Int?
    /// Presets that hardware names resolve to: the built-in ones plus the user's.
    public var presets: [HardwareProfile]
    /// Quality scores joined to the models by name (`--quality`).
    public var quality: QualityTable?
    /// Reads every file as this format instead of detecting it (`--format`).
    public var format: ResultFormat?
    /// Keeps the files that loaded when others have errors, listing those in
    /// `Loaded.notLoaded` (what `report`, `snapshot` and the dashboard do unless `--strict`);
    /// false: all or nothing.
    public var partial: Bool
    /// For every run of a result file, over what the file says (`--run-model`,
    /// `--run-concurrency`, `--label`): what a file such as an AIPerf CSV in a folder named
    /// `c16/` does not state. Labels of the same key replace the file's.
    public var model: String?
    public var concurrency: Int?
    public var labels: [SetupLabel]

    public init(hardware: String? = nil, gpus: Int? = nil, presets: [HardwareProfile] = HardwarePresets.builtIn,
                quality: QualityTable? = nil, format: ResultFormat? = nil, partial: Bool = false,
                model: String? = nil, concurrency: Int? = nil, labels: [SetupLabel] = []) {
        self.partial = partial
        self.model = model
        self.concurrency = concurrency
        self.labels = labels
        self.hardware = hardware
        self.gpus = gpus
        self.presets = presets
        self.quality = quality
        self.format = format
    }
}

/// A dataset read whole, with the warnings it raised.
public struct Loaded: Sendable {
    public var dataset: Dataset
    public var warnings: [DataProblem]
    /// The files read, each with its format and run count (result files and folders).
    public var files: [ReadFile] = []
    /// The errors of the files left out by a partial load (`LoadOptions.partial`), each
    /// naming its file; empty when every file loaded.
    public var notLoaded: [DataProblem] = []

    /// The files left out, in the order they were met.
    public var filesNotLoaded: [String] {
        var seen = Set<String>()
        return notLoaded.map(\.file).filter { seen.insert($0).inserted }
    }
}

/// Reads native datasets (JSON or CSV) from files. Each file is all or nothing: a file with
/// any error gives nothing. A load is too (a `DataError` listing every problem found),
/// unless `LoadOptions.partial` keeps the files that loaded and names the others.
public enum DatasetLoader {
    /// Reads a dataset file, a benchmark result file, or a folder of them.
    public static func load(path: String, options: LoadOptions = LoadOptions()) throws(DataError) -> Loaded {
        try load(paths: [path], options: options)
    }

    /// Reads several files into one dataset: hardware, models and runs are merged; the
    /// first file's name and workload stand for the whole. Benchmark result files and
    /// folders go through the importer, together: their runs form one dataset, placed
    /// where the first of them was named.
    public static func load(paths: [String], options: LoadOptions = LoadOptions()) throws(DataError) -> Loaded {
        var gathering = Importer.Gathering()
        for path in paths { Importer.gather(path, options: options, into: &gathering) }
        return try merged(&gathering, options: options)
    }

    /// One dataset of everything gathered, or every problem found.
    private static func merged(_ gathering: inout Importer.Gathering, options: LoadOptions) throws(DataError) -> Loaded {
        let loaded = Importer.datasets(&gathering, options: options)
        var problems = gathering.problems
        let clean = problems.allSatisfy { $0.severity == .warning }
        guard clean || options.partial, var merged = loaded.first?.loaded else { throw DataError(problems) }
        let notLoaded = problems.filter { $0.severity == .error }
        problems.removeAll { $0.severity == .error }
        for (next, path) in loaded.dropFirst() {
            let overlap = Set(merged.dataset.runs.map(\.levelKey)).intersection(next.dataset.runs.map(\.levelKey))
            if let example = overlap.min() {
                merged.warnings.append(DataProblem(.warning, file: path, field: "concurrency",
                    message: "\(overlap.count) run(s) repeat a model, hardware and concurrency of an earlier file (such as \(quoted(example))); their figures are averaged"))
            }
            merged.dataset.merge(next.dataset)
            merged.warnings += next.warnings
        }
        if loaded.count > 1 {
            merged.dataset.name = loaded.map(\.loaded.dataset.name).joined(separator: " + ")
        }
        merged.warnings = problems + merged.warnings
        merged.notLoaded = notLoaded
        merged.files = gathering.files
        if let quality = options.quality { merged.warnings += quality.unmatched(merged.dataset.models.map(\.name)) }
        return merged
    }

    /// Reads bytes as the file `file` would be read when named alone (the format detected
    /// from the content, or `options.format`): what a fuzzer feeds, and any reader of bytes
    /// that never were a file.
    public static func load(bytes: [UInt8], file: String, options: LoadOptions = LoadOptions()) throws(DataError) -> Loaded {
        var gathering = Importer.Gathering()
        Importer.gather(bytes, path: file, named: file, inFolder: false, siblings: [], options: options, into: &gathering)
        return try merged(&gathering, options: options)
    }

    /// The files a load of `paths` reads or may read: each folder with every file below it.
    /// What a watcher watches to see a folder of results change.
    public static func files(below paths: [String]) -> [String] {
        var walk = FolderWalk()
        return paths.flatMap { path -> [String] in
            FileSource.isFolder(path) ? [path] + walk.files(below: path) : [path]
        }
    }

    /// Reads bytes as a native dataset (JSON or CSV, told apart by the name, then by the
    /// first character).
    public static func parse(_ bytes: [UInt8], file: String, options: LoadOptions = LoadOptions()) throws(DataError) -> Loaded {
        try NativeDataset.parse(bytes, file: file, options: options)
    }

    /// Reads a user presets file: `{"hardware": [entries as in a dataset]}`.
    public static func loadPresets(path: String, base: [HardwareProfile] = HardwarePresets.builtIn) throws(DataError) -> [HardwareProfile] {
        try parsePresets(try DataFile.read(path), file: path, base: base)
    }

    /// Parses a user presets file's bytes; `file` is how messages name it.
    public static func parsePresets(_ bytes: [UInt8], file path: String, base: [HardwareProfile] = HardwarePresets.builtIn) throws(DataError) -> [HardwareProfile] {
        let root: JSONValue
        do { root = try JSONParser.parse(bytes) } catch { throw DataError([error.problem(file: path)]) }
        var log = ProblemLog(file: path)
        guard case .array(let items)? = root["hardware"] else {
            throw DataError([DataProblem(.error, file: path, location: "$", field: "hardware", message: "expected {\"hardware\": [ … ]}")])
        }
        var presets = base
        for (i, item) in items.enumerated() {
            guard let profile = HardwareReader.read(NativeJSON.record(item, at: "$.hardware[\(i)]"), presets: presets, log: &log) else { continue }
            presets.removeAll { $0.name.lowercased() == profile.name.lowercased() }
            presets.append(profile)
        }
        if log.hasErrors { throw DataError(log.problems) }
        return presets
    }
}

extension Dataset {
    /// Adds another dataset's hardware, models and runs; entries already present by name stay.
    mutating func merge(_ other: Dataset) {
        for extra in other.hardware where profile(named: extra.name) == nil { hardware.append(extra) }
        for model in other.models {
            if let i = models.firstIndex(where: { $0.name == model.name }) {
                models[i].quality.merge(model.quality) { mine, _ in mine }
            } else {
                models.append(model)
            }
        }
        runs += other.runs
        if defaultMetric == nil { defaultMetric = other.defaultMetric }
    }
}

extension Run {
    /// Names one configuration at one level: what makes two runs the same measurement.
    var levelKey: String { "\(model) on \(gpus)×\(hardware) at \(Format.concurrency(concurrency))" }
}

extension UInt8 {
    var isASCIIWhitespace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D }
}
