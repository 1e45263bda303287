import FrontierCore

/// The setup of an imported run: what the command line says explicitly (`--run-model`,
/// `--hardware`, `--gpus`, `--run-concurrency`, `--label`) wins over the file, whose
/// content wins over its name (`FileNameSetup`); the file's hardware name as people write
/// it (`4xNVIDIA_L40S`) gives a preset and, by its count prefix, the GPU count. Each
/// choice is a note in the run's provenance.
struct ImportedSetup {
    var model: String
    var hardware: String
    var gpus: Int
    /// Nil when the load set none (rate-driven) and no `--run-concurrency` is given.
    var concurrency: Double?
    var labels: [SetupLabel]
    /// No GPU count anywhere: 1 assumed (one warning for the whole import).
    var gpusAssumed = false
    var notes: [String] = []

    /// Nil, with an error, when the file names no model and no `--run-model` is given, its
    /// hardware resolves to no preset and no `--hardware` is given, or its GPU counts disagree.
    /// `named`: what the file's name says, for what its content does not.
    init?(_ run: ImportedRun, named: FileNameSetup, options: LoadOptions, log: inout ProblemLog) {
        if let chosen = options.model {
            model = chosen
            notes.append("model from --run-model" + (run.model.flatMap { $0 == chosen ? nil : " (the file says \(quoted($0)))" } ?? ""))
        } else if let stated = run.model {
            model = stated
        } else {
            log.error(run.location, "model", "the file names no model; give --run-model NAME")
            return nil
        }
        if let chosen = options.concurrency {
            concurrency = Double(chosen)
            let said = run.concurrency.map { $0 == Double(chosen) ? "" : " (the file says \(Format.concurrency($0)))" } ?? " (the file sets none)"
            notes.append("concurrency from --run-concurrency" + said)
        } else if run.concurrency == nil, let fromName = named.concurrency {
            concurrency = fromName
            notes.append("concurrency from \(named.origin)")
        } else {
            concurrency = run.concurrency
        }
        let unsaid = named.labels.filter { label in !run.labels.contains { $0.key == label.key } }
        if !unsaid.isEmpty { notes.append("\(SetupLabel.text(unsaid)) from \(named.origin)") }
        labels = SetupLabel.sorted(unsaid + run.labels + options.labels)
        if !options.labels.isEmpty {
            let replaced = run.labels.filter { label in options.labels.contains { $0.key == label.key && $0.value != label.value } }
            notes.append("labels from --label: \(SetupLabel.text(SetupLabel.sorted(options.labels)))"
                         + (replaced.isEmpty ? "" : " (the file says \(SetupLabel.text(replaced)))"))
        }
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
        } else if let fromName = named.gpus {
            gpus = fromName
            notes.append("GPU count \(fromName) from \(named.origin) (tp × pp × dp)")
        } else {
            gpus = 1
            gpusAssumed = true
            notes.append("1 GPU assumed")
        }
    }
}
