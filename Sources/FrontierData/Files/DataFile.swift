import FrontierFiles

/// The one way FrontierData reads a file: `FileSource` with the data size limit, its
/// failures turned into messages, and the byte-order mark dropped. Every reader above it
/// (datasets, result files, quality, presets, API prices) comes here; nothing here knows a
/// format.
///
/// ```swift
/// let bytes = try DataFile.read("runs.json")   // or DataError: "runs.json: no such file"
/// ```
enum DataFile {
    /// Files larger than this are refused before reading.
    static let maxBytes = 512 * 1024 * 1024

    /// The file's bytes, or its first `prefix` bytes: opened without blocking, refused at
    /// once when it is no regular file, binary content refused from its first block.
    static func read(_ path: String, prefix: Int? = nil) throws(DataError) -> [UInt8] {
        do {
            return try readBytes(path, prefix: prefix)
        } catch {
            throw DataError([DataProblem(.error, file: path, message: message(for: error))])
        }
    }

    /// As `read`, with the failure itself, for callers that word it their own way (a
    /// folder's file is skipped, not an error) or allow less than a dataset's size.
    static func readBytes(_ path: String, prefix: Int? = nil, limit: Int = maxBytes) throws(FileSource.Failure) -> [UInt8] {
        try FileSource.read(path, limit: limit, prefix: prefix, refuseBinary: true)
    }

    /// Why a data file could not be read, as a message.
    static func message(for failure: FileSource.Failure) -> String {
        switch failure {
        case .folder: "is a folder; expected a .json or .csv dataset file"
        case .binary: "contains NUL bytes: a binary file, not a dataset (expected JSON or CSV)"
        case .tooLarge(_, let size?): "is \(size / 1_048_576) MB; datasets over \(maxBytes / 1_048_576) MB are refused"
        case .tooLarge(_, nil): "is over \(maxBytes / 1_048_576) MB; datasets over that are refused"
        case .missing, .notRegular, .unreadable: failure.message
        }
    }

    /// The bytes without a UTF-8 byte-order mark: Excel's "CSV UTF-8" starts with one, and
    /// left in it would be part of the first column's name.
    static func withoutBOM(_ bytes: [UInt8]) -> [UInt8] {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    }
}

extension JSONParser.SyntaxError {
    /// Where in the file: "line 3, column 14".
    var location: String { "line \(line), column \(column)" }

    /// The error as a problem of `file`.
    func problem(file: String) -> DataProblem {
        DataProblem(.error, file: file, location: location, message: message)
    }
}

extension CSVReader.SyntaxError {
    /// Where in the file: "line 7".
    var location: String { "line \(line)" }
}
