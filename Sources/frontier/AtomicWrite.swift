import ArgumentParser

/// Writes through `AtomicFile` (beside the target, then a rename; devices and pipes in
/// place), so a failure or a kill never leaves half a file; a failure is said and exits 1.
func writeAtomically(_ text: String, to path: String) throws {
    do throws(AtomicFile.Failure) { try AtomicFile.write(text, to: path) } catch {
        Output.error("frontier: \(error.message)")
        throw ExitCode(1)
    }
}
