import Glibc
import FrontierCore

/// A native dataset's bytes read as JSON or CSV: the import stage for files in Frontier's
/// own format, below `DatasetLoader` and beside the result-file readers.
enum NativeDataset {
    /// JSON when the name says so or, without a `.csv` name, when it starts with `{`.
    static func parse(_ bytes: [UInt8], file: String, options: LoadOptions) throws(DataError) -> Loaded {
        let bytes = DataFile.withoutBOM(bytes)
        let looksJSON = file.lowercased().hasSuffix(".json")
            || (!file.lowercased().hasSuffix(".csv") && bytes.first(where: { !$0.isASCIIWhitespace }) == UInt8(ascii: "{"))
        if bytes.withUnsafeBytes({ $0.isEmpty ? nil : memchr($0.baseAddress!, 0, $0.count) }) != nil {
            throw DataError([DataProblem(.error, file: file, message: DataFile.message(for: .binary))])
        }
        let result: (Dataset?, [DataProblem])
        if looksJSON {
            do {
                result = try NativeJSON.read(bytes, file: file, options: options)
            } catch {
                throw DataError([error.problem(file: file)])
            }
        } else {
            let ascii = bytes.withUnsafeBufferPointer(DecimalBytes.isASCII)
            guard ascii || String(validating: bytes, as: UTF8.self) != nil else {
                throw DataError([DataProblem(.error, file: file, message: "not valid UTF-8 text; expected a CSV file")])
            }
            result = NativeCSV.read(bytes, file: file, options: options)
        }
        guard let dataset = result.0 else { throw DataError(result.1) }
        return Loaded(dataset: dataset, warnings: result.1)
    }
}
