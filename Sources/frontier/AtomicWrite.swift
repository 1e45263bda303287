import ArgumentParser
import Foundation

/// Writes beside the target and renames, so that a failure (or a kill) never leaves half
/// a file: readers see the old content or the new, whole.
func writeAtomically(_ text: String, to path: String) throws {
    // A device or pipe (/dev/null, /dev/stdout) is written in place: renaming over it would
    // replace the device with a plain file.
    var info = stat()
    if stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
        guard let handle = FileHandle(forWritingAtPath: path) else {
            printError("frontier: cannot write \(path)")
            throw ExitCode(1)
        }
        handle.write(Data(text.utf8))
        return
    }
    let temporary = path + ".frontier-\(ProcessInfo.processInfo.processIdentifier).tmp"
    guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
        printError("frontier: cannot write \(temporary) (does the folder exist, may it be written?)")
        throw ExitCode(1)
    }
    guard rename(temporary, path) == 0 else {
        unlink(temporary)
        printError("frontier: cannot write \(path): \(String(cString: strerror(errno)))")
        throw ExitCode(1)
    }
}
