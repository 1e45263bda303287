import Glibc
import FrontierCore

/// A native dataset's bytes read as JSON or CSV: the import stage for files in Frontier's
/// own format, below `DatasetLoader` and beside the result-file readers.
enum NativeDataset {
    /// JSON when the name says so or, without a `.csv` name, when it starts with `{`.
    static func parse(_ bytes: [UInt8], file: String, options: LoadOptions) throws(DataError) -> Loaded {
        let bytes = DataFile.withoutBOM(bytes)
        if bytes.withUnsafeBytes({ $0.isEmpty ? nil : memchr($0.baseAddress!, 0, $0.count) }) != nil {
            throw DataError([DataProblem(.error, file: file, message: DataFile.message(for: .binary))])
        }
        guard isJSON(bytes, file: file) else { return try loaded(NativeCSV.read(bytes, file: file, options: options), file: file) }
        let result: (Dataset?, [DataProblem])
        do {
            result = try NativeJSON.read(bytes, file: file, options: options)
        } catch {
            throw DataError([error.problem(file: file)])
        }
        return try loaded(result, file: file)
    }

    /// Whether a native dataset named `file` that starts with `bytes` is JSON (else CSV).
    static func isJSON(_ bytes: [UInt8], file: String) -> Bool {
        file.lowercased().hasSuffix(".json")
            || (!file.lowercased().hasSuffix(".csv") && bytes.first(where: { !$0.isASCIIWhitespace }) == UInt8(ascii: "{"))
    }

    /// A reader's dataset with its warnings, or its problems as the error.
    static func loaded(_ result: (Dataset?, [DataProblem]), file: String) throws(DataError) -> Loaded {
        guard let dataset = result.0 else { throw DataError(result.1) }
        return Loaded(dataset: dataset, warnings: result.1)
    }
}
