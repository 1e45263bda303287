import Foundation
import Glibc

/// Tells when data files change, through inotify on their folders (editors often replace a
/// file by renaming a new one over it, which a watch on the file itself would miss). Costs
/// nothing while idle: the loop polls its descriptor with the terminal's.
public final class FileWatcher {
    public let descriptor: Int32
    private let paths: [String]
    private var signatures: [String: String]

    public init?(paths: [String]) {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        descriptor = fd
        self.paths = paths.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        signatures = [:]
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_ATTRIB)
        for folder in Set(self.paths.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path }) {
            _ = inotify_add_watch(fd, folder, mask)
        }
        for path in self.paths { signatures[path] = Self.signature(path) }
    }

    deinit { close(descriptor) }

    /// Reads the pending notifications; true when a watched file now differs (size, time or
    /// inode) from when it was last seen.
    public func changed() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while read(descriptor, &buffer, buffer.count) > 0 {}
        var any = false
        for path in paths {
            let now = Self.signature(path)
            if now != signatures[path] {
                signatures[path] = now
                any = true
            }
        }
        return any
    }

    private static func signature(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "missing" }
        return "\(info.st_ino):\(info.st_size):\(info.st_mtim.tv_sec):\(info.st_mtim.tv_nsec)"
    }
}
