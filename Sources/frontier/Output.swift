import Foundation
import FrontierCore

/// The one way text leaves the binary: report lines, file names, warnings, errors. Every
/// line passes through `Sanitize.line`, so a file name or a field holding escape sequences
/// never reaches the terminal as one, and a new output path cannot forget to clean it.
enum Output {
    /// Writes to standard output.
    static func write(_ text: String, terminator: String = "\n") {
        print(clean(text), terminator: terminator)
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
