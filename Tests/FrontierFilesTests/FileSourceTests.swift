import Foundation
import Glibc
import Testing
@testable import FrontierFiles

/// A fresh folder under /tmp, removed when the test ends.
final class Scratch {
    let path: String
    init() {
        path = NSTemporaryDirectory() + "frontier-files-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        mkdir(path, 0o755)
    }
    deinit {
        chmod(path + "/locked", 0o755)
        try? FileManager.default.removeItem(atPath: path)
    }
    @discardableResult func write(_ name: String, _ text: String) -> String {
        let file = path + "/" + name
        _ = FileManager.default.createFile(atPath: file, contents: Data(text.utf8))
        return file
    }
    func link(_ name: String, to target: String) { symlink(target, path + "/" + name) }
    func fifo(_ name: String) -> String {
        mkfifo(path + "/" + name, 0o644)
        return path + "/" + name
    }
}

@Suite("FileSource")
struct FileSourceTests {
    @Test func aFIFOIsRefusedAtOnceWithoutWaitingForAWriter() throws {
        let scratch = Scratch()
        let fifo = scratch.fifo("pipe.json")
        let start = Date()
        #expect(throws: FileSource.Failure.notRegular("a named pipe (FIFO)")) {
            try FileSource.read(fifo, limit: 1 << 20)
        }
        #expect(Date().timeIntervalSince(start) < 1, "a blocking open would wait for a writer forever")
    }

    @Test func devicesAreRefusedUnread() {
        #expect(throws: FileSource.Failure.notRegular("a character device")) {
            try FileSource.read("/dev/zero", limit: 512 << 20)
        }
    }

    @Test func binaryContentIsRefusedFromItsFirstBlock() throws {
        let scratch = Scratch()
        let file = scratch.path + "/zeros.json"
        _ = FileManager.default.createFile(atPath: file, contents: Data(count: 3 * FileSource.blockBytes))
        #expect(throws: FileSource.Failure.binary) { try FileSource.read(file, limit: 1 << 30, refuseBinary: true) }
        #expect(try FileSource.read(file, limit: 1 << 30).count == 3 * FileSource.blockBytes)
    }

    @Test func sizeLimitAndPrefix() throws {
        let scratch = Scratch()
        let file = scratch.write("a.txt", String(repeating: "x", count: 1000))
        #expect(throws: FileSource.Failure.tooLarge(limit: 999, size: 1000)) { try FileSource.read(file, limit: 999) }
        #expect(try FileSource.read(file, limit: 999, prefix: 10) == Array(repeating: UInt8(ascii: "x"), count: 10))
        #expect(try FileSource.read(file, limit: 1000).count == 1000)
        #expect(throws: FileSource.Failure.missing) { try FileSource.read(scratch.path + "/none", limit: 10) }
        #expect(throws: FileSource.Failure.folder) { try FileSource.read(scratch.path, limit: 10) }
    }
}

@Suite("FolderWalk")
struct FolderWalkTests {
    @Test func linksToTheFolderItselfEndAndAreNotFollowedTwice() {
        let scratch = Scratch()
        let a = scratch.write("a.json", "{}")
        scratch.link("loop1", to: ".")
        scratch.link("loop2", to: scratch.path)
        var walk = FolderWalk()
        #expect(walk.files(below: scratch.path) == [a])
        #expect(walk.skipped.map(\.path) == [scratch.path + "/loop1", scratch.path + "/loop2"])
        #expect(walk.skipped.allSatisfy { $0.reason.hasPrefix("a folder already read") })
    }

    @Test func eachRealFileIsReadOnceWhateverTheLinksToIt() {
        let scratch = Scratch()
        let a = scratch.write("a.json", "{}")
        scratch.link("b.json", to: "a.json")
        mkdir(scratch.path + "/sub", 0o755)
        symlink(a, scratch.path + "/sub/c.json")
        var walk = FolderWalk()
        #expect(walk.files(below: scratch.path) == [a])
        #expect(walk.skipped.map(\.reason) == ["a file already read (as \(a)); each is read once",
                                                "a file already read (as \(a)); each is read once"])
        #expect(walk.claim(a) == a, "named again after the walk: already read")
    }

    @Test func fifosSocketsAndBrokenLinksAreSkippedWithTheReason() {
        let scratch = Scratch()
        let a = scratch.write("a.json", "{}")
        _ = scratch.fifo("p.json")
        scratch.link("dangling.json", to: "nowhere.json")
        var walk = FolderWalk()
        #expect(walk.files(below: scratch.path) == [a])
        #expect(walk.skipped == [
            FolderWalk.Skip(path: scratch.path + "/dangling.json", reason: "a link to nothing"),
            FolderWalk.Skip(path: scratch.path + "/p.json", reason: "a named pipe (FIFO), not a file (not opened)"),
        ])
    }

    @Test(.enabled(if: geteuid() != 0, "root lists every folder"))
    func anUnlistableFolderIsReported() {
        let scratch = Scratch()
        mkdir(scratch.path + "/locked", 0o755)
        scratch.write("locked/x.json", "{}")
        chmod(scratch.path + "/locked", 0)
        var walk = FolderWalk()
        #expect(walk.files(below: scratch.path).isEmpty)
        #expect(walk.skipped.first?.reason.hasPrefix("a folder that cannot be listed (Permission denied)") == true)
    }
}
