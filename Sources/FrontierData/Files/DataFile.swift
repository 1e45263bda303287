import Glibc
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
    static func readBytes(_ path: String, prefix: Int? = nil, sizeChecked: Bool = false,
                          limit: Int = maxBytes) throws(FileSource.Failure) -> [UInt8] {
        try FileSource.read(path, limit: limit, prefix: prefix, sizeChecked: sizeChecked, refuseBinary: true)
    }

    /// A data file read a block at a time, for a reader that never needs it whole: the
    /// checks of `readBytes` at opening, the byte-order mark dropped, and binary content
    /// refused from any block, not only the first.
    struct Blocks {
        private let file: FileSource.OpenFile
        /// The file's size when opened.
        var size: Int { file.size }

        init(_ path: String) throws(FileSource.Failure) {
            file = try FileSource.OpenFile(path, limit: maxBytes)
        }

        /// Appends the file's next `count` bytes or fewer to `bytes`: false at its end.
        func next(into bytes: inout [UInt8], count: Int) throws(FileSource.Failure) -> Bool {
            let start = bytes.count, first = file.offset == 0
            bytes.append(contentsOf: repeatElement(0, count: count))
            var filled = 0
            while filled < count {
                let n = try file.read(into: &bytes, at: start + filled, count: count - filled)
                if n == 0 { break }
                filled += n
            }
            bytes.removeLast(count - filled)
            if first && bytes[start...].starts(with: bom) { bytes.removeSubrange(start..<start + bom.count) }
            let piece = bytes[start...]
            if piece.withUnsafeBytes({ $0.isEmpty ? nil : memchr($0.baseAddress!, 0, $0.count) }) != nil { throw .binary }
            return filled > 0
        }
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
        bytes.starts(with: bom) ? Array(bytes.dropFirst(bom.count)) : bytes
    }

    private static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
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
