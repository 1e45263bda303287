import ArgumentParser

/// Writes through `AtomicFile` (beside the target, then a rename; devices and pipes in
/// place), so a failure or a kill never leaves half a file; a failure is said and exits 1.
func writeAtomically(_ text: String, to path: String) throws {
    try writeAtomically(Array(text.utf8), to: path)
}

func writeAtomically(_ bytes: [UInt8], to path: String) throws {
    do throws(AtomicFile.Failure) { try AtomicFile.write(bytes, to: path) } catch {
        Output.error("frontier: \(error.message)")
        throw ExitCode(1)
    }
}
