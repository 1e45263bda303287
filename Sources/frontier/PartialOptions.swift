import ArgumentParser

/// `--strict`, for the commands that load the valid files and name the others
/// (`report`, `snapshot`, `dashboard`); `validate` and `import` are always strict.
struct PartialOptions: ParsableArguments {
    @Flag(help: "Load nothing when any file has an error (default: load the valid files, list the others as not loaded).")
    var strict = false

    var partial: Bool { !strict }
}
