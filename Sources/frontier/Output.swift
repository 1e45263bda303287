import Foundation
import FrontierCore
import ArgumentParser
import FrontierData
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

    /// Warnings and errors about input files, on standard error, the same one over many
    /// files said once: quoted names cut to the terminal's width, or whole when standard
    /// error is not a terminal.
    static func problems(_ problems: [DataProblem]) {
        for line in DataProblem.collapsed(problems, fitting: columns(of: 2)) { error(line) }
    }

    /// The same on standard output (`frontier validate`).
    static func write(_ problem: DataProblem) {
        write(problem.description(fitting: columns(of: 1)))
    }

    /// The width of the terminal on file descriptor `fd`; nil when it is not a terminal.
    static func columns(of fd: Int32) -> Int? {
        guard isatty(fd) == 1 else { return nil }
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Each line sanitised; the line breaks between them kept.
    static func clean(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { Sanitize.line(String($0)) }.joined(separator: "\n")
    }
}
