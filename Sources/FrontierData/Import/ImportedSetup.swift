import FrontierCore

/// The hardware and GPU count of an imported run: what the command line says explicitly
/// (`--hardware`, `--gpus`) wins over the file; the file's hardware name as people write
/// it (`4xNVIDIA_L40S`) gives a preset and, by its count prefix, the GPU count. Each
/// choice is a note in the run's provenance.
struct ImportedSetup {
    var hardware: String
    var gpus: Int
    /// No GPU count anywhere: 1 assumed (one warning for the whole import).
    var gpusAssumed = false
    var notes: [String] = []

    /// Nil, with an error, when the file's hardware resolves to no preset and no
    /// `--hardware` is given, or its GPU counts disagree.
    init?(_ run: ImportedRun, options: LoadOptions, log: inout ProblemLog) {
        let written = run.hardware.map(HardwareName.init)
        if let chosen = options.hardware {
            hardware = chosen
            notes.append("hardware from --hardware" + (run.hardware.map { " (the file says \(quoted($0)))" } ?? ""))
        } else if let written, let raw = run.hardware {
            guard let preset = HardwareName.resolve(written.name, in: options.presets) else {
                log.error(run.location, "hardware",
                          "unknown hardware \(quoted(raw)); give --hardware PRESET (nearest presets: \(HardwareName.nearest(raw, in: options.presets).joined(separator: ", ")))")
                return nil
            }
            hardware = preset.name
            if raw != preset.name { notes.append("hardware \(quoted(raw)) read as \(written.count.map { "\($0)×" } ?? "")\(preset.name)") }
        } else {
            return nil   // the caller has reported that the file names no hardware
        }
        let stated = run.gpus, prefix = written?.count
        if let chosen = options.gpus {
            gpus = chosen
            let said = stated ?? prefix
            notes.append("GPU count from --gpus" + (said.map { " (the file says \($0))" } ?? ""))
        } else if let stated {
            if let prefix, prefix != stated, options.hardware == nil {
                log.error(run.location, "gpus",
                          "the file states \(stated) GPU(s) but its hardware \(quoted(run.hardware ?? "")) names \(prefix); give --gpus N")
                return nil
            }
            gpus = stated
        } else if let prefix {
            gpus = prefix
            notes.append("GPU count from the hardware name")
        } else {
            gpus = 1
            gpusAssumed = true
            notes.append("1 GPU assumed")
        }
    }
}
