import Foundation
import FrontierCore
import ArgumentParser
import Glibc

/// The one way text leaves the binary: report lines, file names, warnings, errors. Every
/// line passes through `Sanitize.line`, so a file name or a field holding escape sequences
/// never reaches the terminal as one, and a new output path cannot forget to clean it.
enum Output {
    /// Writes to standard output.
    static func write(_ text: String, terminator: String = "\n") {
        print(clean(text), terminator: terminator)
    }

    /// Writes bytes already safe on a terminal (escaped JSON) to standard output as they are.
    static func write(bytes: [UInt8]) throws {
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(1, $0.baseAddress! + written, $0.count - written) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw ExitCode(1) }
            written += n
        }
    }

    /// Writes a line to standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((clean(line) + "\n").utf8))
    }

    /// Each line sanitised; the line breaks between them kept.
    static func clean(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { Sanitize.line(String($0)) }.joined(separator: "\n")
    }
}
