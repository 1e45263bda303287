import Glibc

/// The files below folders, each real file once. Links are followed, but every file and
/// folder is known by its device and inode: a second way to the same file (a link beside
/// it) is skipped, and a link to a folder already walked (itself, a parent) is not
/// followed again, so a loop ends. FIFOs, sockets and devices are skipped without being
/// opened; a folder that cannot be listed is reported. Hidden names are passed over.
///
/// ```swift
/// var walk = FolderWalk()
/// let files = walk.files(below: "results/")   // walk.skipped says what was left and why
/// ```
public struct FolderWalk: Sendable {
    /// A file's identity: the same for every path that leads to it.
    struct Identity: Hashable, Sendable {
        let device: UInt64
        let inode: UInt64

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    /// A path left out, and why (a phrase: "a named pipe (FIFO), not a file").
    public struct Skip: Equatable, Sendable {
        public let path: String
        public let reason: String
    }

    public private(set) var skipped: [Skip] = []
    private var seen: [Identity: String] = [:]

    /// Folders below this depth are not entered (a tree that deep is a mistake).
    public static let maxDepth = 64

    public init() {}

    /// Every regular file below `folder`, in name order, none met before by this walk.
    public mutating func files(below folder: String) -> [String] {
        var info = stat()
        guard stat(folder, &info) == 0 else {
            skipped.append(Skip(path: folder, reason: "cannot be read (\(FileSource.lastError()))"))
            return []
        }
        seen[Identity(info)] = seen[Identity(info)] ?? folder
        var files: [String] = []
        walk(folder, depth: 0, into: &files)
        return files
    }

    /// Claims a file named directly: nil the first time, the path it was first reached by
    /// after that.
    public mutating func claim(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let identity = Identity(info)
        if let first = seen[identity] { return first }
        seen[identity] = path
        return nil
    }

    private mutating func walk(_ folder: String, depth: Int, into files: inout [String]) {
        guard let names = list(folder) else { return }
        for name in names where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var info = stat()
            guard stat(path, &info) == 0 else {
                var link = stat()
                let broken = lstat(path, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK
                skipped.append(Skip(path: path, reason: broken ? "a link to nothing" : "cannot be read (\(FileSource.lastError()))"))
                continue
            }
            let identity = Identity(info)
            if let first = seen[identity] {
                let what = info.st_mode & S_IFMT == S_IFDIR ? "a folder already read" : "a file already read"
                skipped.append(Skip(path: path, reason: "\(what) (as \(first)); each is read once"))
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                seen[identity] = path
                guard depth < Self.maxDepth else {
                    skipped.append(Skip(path: path, reason: "a folder more than \(Self.maxDepth) levels deep"))
                    continue
                }
                walk(path, depth: depth + 1, into: &files)
            } else if let kind = FileSource.kind(info.st_mode) {
                skipped.append(Skip(path: path, reason: "\(kind), not a file (not opened)"))
            } else {
                seen[identity] = path
                files.append(path)
            }
        }
    }

    /// The folder's entries in name order; nil, with the reason kept, when it cannot be listed.
    private mutating func list(_ folder: String) -> [String]? {
        guard let dir = opendir(folder) else {
            skipped.append(Skip(path: folder, reason: "a folder that cannot be listed (\(FileSource.lastError())); nothing in it is read"))
            return nil
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}
