import Foundation
import Glibc

/// Writes a file whole or not at all, keeping what was there: the text goes to a temporary
/// file beside the target, which then replaces it. The target's mode stays; a symlinked
/// target is written through (the file it points to is replaced, the link stays); the
/// temporary file is removed on every way out that can be caught, SIGINT, SIGTERM and
/// SIGHUP included. A device or pipe (/dev/null, /dev/stdout) is written in place:
/// renaming over it would replace the device with a plain file.
enum AtomicFile {
    struct Failure: Error {
        let message: String
    }

    /// The temporary file being written, for the signal handler (a C string, so that the
    /// handler only calls unlink).
    nonisolated(unsafe) private static var pending: UnsafeMutablePointer<CChar>?
    static let interrupting: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    static func write(_ text: String, to path: String) throws(Failure) {
        try write(Array(text.utf8), to: path)
    }

    static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        let target = resolved(path)
        var existing = stat()
        let mode: mode_t? = stat(target, &existing) == 0 ? existing.st_mode & 0o7777 : nil
        if mode != nil && existing.st_mode & S_IFMT != S_IFREG { return try writeInPlace(bytes, to: target, named: path) }
        let temporary = target + ".frontier-\(getpid()).tmp"
        pending = strdup(temporary)
        for signal in interrupting { Glibc.signal(signal, removePendingAndDie) }
        defer {
            for signal in interrupting { Glibc.signal(signal, SIG_DFL) }
            free(pending)
            pending = nil
        }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else {
            // The user's name, not the temporary one: it is what they know, and it fits a status line.
            throw Failure(message: "cannot write \(path): \(String(cString: strerror(errno))) (no new file could be made beside it: does the folder exist, may it be written?)")
        }
        var failure: String?
        if let mode, fchmod(fd, mode) != 0 { failure = String(cString: strerror(errno)) }
        var done = 0
        while failure == nil && done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { failure = String(cString: strerror(errno)) } else { done += n }
        }
        if close(fd) != 0 && failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil && rename(temporary, target) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw Failure(message: "cannot write \(path): \(failure)")
        }
    }

    /// Writes to a device or pipe as it is; a pipe with no reader is refused, not waited on.
    private static func writeInPlace(_ bytes: [UInt8], to target: String, named path: String) throws(Failure) {
        let fd = open(target, O_WRONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(message: "cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw Failure(message: "cannot write \(path): \(String(cString: strerror(errno)))") }
            done += n
        }
    }

    /// The file a path names, through any symlinks (a dangling link names its target too).
    static func resolved(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n > 0 else { return current }
            let link = String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let folder = (current as NSString).deletingLastPathComponent
            current = link.hasPrefix("/") || folder.isEmpty ? link : folder + "/" + link
        }
        return current
    }

    /// Removes the temporary file and ends as the signal would have ended the process.
    private static let removePendingAndDie: @convention(c) (Int32) -> Void = { signal in
        if let pending = AtomicFile.pending { unlink(pending) }
        Glibc.signal(signal, SIG_DFL)
        raise(signal)
    }
}
