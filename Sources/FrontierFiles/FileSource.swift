import Glibc

/// The bottom layer of every file Frontier reads: datasets, result files, quality and
/// preset files, themes. A file is opened without blocking and only when it is a regular
/// file (a FIFO, a socket or a device is refused at once, never waited on), read to a size
/// limit, and refused from its first block when it is binary.
///
/// ```swift
/// let bytes = try FileSource.read("runs.json", limit: 512 << 20, refuseBinary: true)
/// ```
public enum FileSource {
    /// Why a file could not be had.
    public enum Failure: Error, Equatable, Sendable {
        case missing
        case folder
        /// Not a regular file: what it is ("a named pipe (FIFO)").
        case notRegular(String)
        /// Larger than the limit; its size when known.
        case tooLarge(limit: Int, size: Int?)
        /// NUL bytes in its first block.
        case binary
        case unreadable(String)

        /// A sentence fragment that follows the file's name.
        public var message: String {
            switch self {
            case .missing: "no such file"
            case .folder: "is a folder"
            case .notRegular(let kind): "is \(kind), not a regular file: refused without reading it"
            case .tooLarge(let limit, let size):
                size.map { "is \(megabytes($0)) MB; files over \(megabytes(limit)) MB are refused" }
                    ?? "is over \(megabytes(limit)) MB; files over that are refused"
            case .binary: "is a binary file (it holds NUL bytes)"
            case .unreadable(let reason): "cannot be read (\(reason))"
            }
        }

        private func megabytes(_ bytes: Int) -> Int { bytes / 1_048_576 }
    }

    /// Bytes read at a time; binary content is refused after the first of these.
    public static let blockBytes = 65_536

    /// The file's bytes, at most `limit` (a larger file is refused), or only its first
    /// `prefix` bytes, of a file of any size unless `sizeChecked`. With `refuseBinary`, a
    /// NUL byte in the first block refuses it.
    public static func read(_ path: String, limit: Int, prefix: Int? = nil, sizeChecked: Bool = false,
                            refuseBinary: Bool = false) throws(Failure) -> [UInt8] {
        let file = try OpenFile(path, limit: limit, sizeChecked: sizeChecked || prefix == nil)
        var bytes = [UInt8](repeating: 0, count: min(file.size, prefix ?? file.size))
        var filled = 0
        var chunk = [UInt8](repeating: 0, count: blockBytes)
        var checked = false
        while prefix.map({ filled < $0 }) ?? true {
            // Into the array while it has room; past the size the file had (it grew), through
            // a small buffer, so that a file read whole is never copied to a larger array.
            let room = bytes.count - filled
            let n = room > 0
                ? try file.read(into: &bytes, at: filled, count: min(room, blockBytes))
                : try file.read(into: &chunk, at: 0, count: min(chunk.count, (prefix ?? .max) - filled))
            if n == 0 { break }
            if room == 0 { bytes.append(contentsOf: chunk[..<n]) }
            filled += n
            if refuseBinary && !checked {
                checked = true
                if bytes[0..<min(filled, bytes.count)].contains(0) { throw .binary }
            }
        }
        if filled < bytes.count { bytes.removeSubrange(filled...) }
        return bytes
    }

    /// A regular file opened for reading, whole or a block at a time: looked at before
    /// opening (opening a device can have effects of its own), opened without blocking (a
    /// FIFO put in its place since the stat opens at once, and fstat refuses it), and refused
    /// when it is or grows larger than the limit. Closed when released.
    public final class OpenFile {
        private let fd: Int32
        private let limit: Int
        /// Its size when opened.
        public let size: Int
        /// Bytes read so far.
        public private(set) var offset = 0

        /// Opens `path`; without `sizeChecked`, a file over the limit is refused only once
        /// that much of it is read (a caller that wants only its start).
        public init(_ path: String, limit: Int, sizeChecked: Bool = true) throws(Failure) {
            var info = stat()
            guard stat(path, &info) == 0 else { throw errno == ENOENT ? .missing : .unreadable(lastError()) }
            try FileSource.requireRegular(info)
            let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
            guard fd >= 0 else { throw errno == ENOENT ? .missing : .unreadable(lastError()) }
            // Closed here when refused; once kept, when released.
            var kept = false
            defer { if !kept { close(fd) } }
            guard fstat(fd, &info) == 0 else { throw .unreadable(lastError()) }
            try FileSource.requireRegular(info)
            let size = Int(info.st_size)
            if size > limit && sizeChecked { throw .tooLarge(limit: limit, size: size) }
            self.fd = fd
            self.limit = limit
            self.size = size
            kept = true
        }

        deinit { close(fd) }

        /// Reads at most `count` bytes into `bytes` from `at` on: how many were read, 0 at
        /// the end of the file.
        public func read(into bytes: inout [UInt8], at start: Int, count: Int) throws(Failure) -> Int {
            precondition(start >= 0 && count >= 0 && start + count <= bytes.count)
            guard count > 0 else { return 0 }
            while true {
                let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + start, count) }
                if n < 0 && errno == EINTR { continue }
                if n < 0 { throw .unreadable(lastError()) }
                offset += n
                guard offset <= limit else { throw .tooLarge(limit: limit, size: nil) }
                return n
            }
        }
    }

    /// Whether `path` is a folder (links followed).
    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// What a file of this mode is, in words, when it is not a regular file or a folder.
    static func kind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG, S_IFDIR: nil
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFSOCK: "a socket"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        default: "not a regular file"
        }
    }

    private static func requireRegular(_ info: stat) throws(Failure) {
        if info.st_mode & S_IFMT == S_IFDIR { throw .folder }
        if let kind = kind(info.st_mode) { throw .notRegular(kind) }
    }

    static func lastError() -> String { String(cString: strerror(errno)) }
}
