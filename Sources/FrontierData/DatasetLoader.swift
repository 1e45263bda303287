import Foundation
import FrontierCore

/// What a load may assume about input that does not say it.
public struct LoadOptions: Sendable {
    /// Hardware for runs that name none (CSV without a hardware column).
    public var hardware: String?
    /// Presets that hardware names resolve to: the built-in ones plus the user's.
    public var presets: [HardwareProfile]

    public init(hardware: String? = nil, presets: [HardwareProfile] = HardwarePresets.builtIn) {
        self.hardware = hardware
        self.presets = presets
    }
}

/// A dataset read whole, with the warnings it raised.
public struct Loaded: Sendable {
    public var dataset: Dataset
    public var warnings: [DataProblem]
}

/// Reads native datasets (JSON or CSV) from files. All or nothing: a file with any error
/// gives a `DataError` listing every problem found, never a partial dataset.
public enum DatasetLoader {
    /// Files larger than this are refused before reading.
    public static let maxFileBytes = 512 * 1024 * 1024

    public static func load(path: String, options: LoadOptions = LoadOptions()) throws(DataError) -> Loaded {
        let bytes = try readBytes(path)
        return try parse(bytes, file: path, options: options)
    }

    /// Reads several files into one dataset: hardware, models and runs are merged; the
    /// first file's name and workload stand for the whole.
    public static func load(paths: [String], options: LoadOptions = LoadOptions()) throws(DataError) -> Loaded {
        var problems: [DataProblem] = []
        var loaded: [Loaded] = []
        for path in paths {
            do { loaded.append(try load(path: path, options: options)) } catch { problems += error.problems }
        }
        guard problems.allSatisfy({ $0.severity == .warning }), var merged = loaded.first else { throw DataError(problems) }
        for (next, path) in zip(loaded, paths).dropFirst() {
            let overlap = Set(merged.dataset.runs.map(\.levelKey)).intersection(next.dataset.runs.map(\.levelKey))
            if let example = overlap.min() {
                merged.warnings.append(DataProblem(.warning, file: path, field: "concurrency",
                    message: "\(overlap.count) run(s) repeat a model, hardware and concurrency of an earlier file (such as \(quoted(example))); their figures are averaged"))
            }
            merged.dataset.merge(next.dataset)
            merged.warnings += next.warnings
        }
        if loaded.count > 1 {
            merged.dataset.name = loaded.map(\.dataset.name).joined(separator: " + ")
        }
        return merged
    }

    public static func parse(_ bytes: [UInt8], file: String, options: LoadOptions = LoadOptions()) throws(DataError) -> Loaded {
        // A UTF-8 byte order mark (Excel's "CSV UTF-8" starts with one) is not text: left in,
        // it would be part of the first column's name.
        let bytes = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let looksJSON = file.lowercased().hasSuffix(".json")
            || (!file.lowercased().hasSuffix(".csv") && bytes.first(where: { !$0.isASCIIWhitespace }) == UInt8(ascii: "{"))
        if bytes.contains(0) {
            throw DataError([DataProblem(.error, file: file, message: "contains NUL bytes: a binary file, not a dataset (expected JSON or CSV)")])
        }
        let result: (Dataset?, [DataProblem])
        if looksJSON {
            do {
                let root = try JSONParser.parse(bytes)
                result = NativeJSON.read(root, file: file, options: options)
            } catch {
                throw DataError([DataProblem(.error, file: file, location: "line \(error.line), column \(error.column)", message: error.message)])
            }
        } else {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw DataError([DataProblem(.error, file: file, message: "not valid UTF-8 text; expected a CSV file")])
            }
            result = NativeCSV.read(text, file: file, options: options)
        }
        guard let dataset = result.0 else { throw DataError(result.1) }
        return Loaded(dataset: dataset, warnings: result.1)
    }

    /// Reads a user presets file: `{"hardware": [entries as in a dataset]}`.
    public static func loadPresets(path: String, base: [HardwareProfile] = HardwarePresets.builtIn) throws(DataError) -> [HardwareProfile] {
        let bytes = try readBytes(path)
        let root: JSONValue
        do { root = try JSONParser.parse(bytes) } catch {
            throw DataError([DataProblem(.error, file: path, location: "line \(error.line), column \(error.column)", message: error.message)])
        }
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

    static func readBytes(_ path: String) throws(DataError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DataError([DataProblem(.error, file: path, message: "no such file")])
        }
        if isDirectory.boolValue {
            throw DataError([DataProblem(.error, file: path, message: "is a folder; expected a .json or .csv dataset file")])
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > maxFileBytes {
            throw DataError([DataProblem(.error, file: path, message: "is \(size / 1_048_576) MB; datasets over \(maxFileBytes / 1_048_576) MB are refused")])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DataError([DataProblem(.error, file: path, message: "cannot be read (permissions?)")])
        }
        return [UInt8](data)
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
