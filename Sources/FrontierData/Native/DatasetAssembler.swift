import FrontierCore

/// Checks that hold across records — hardware that exists, no duplicate runs, every model
/// with a score — and puts the dataset together.
struct DatasetAssembler {
    var hardware: [HardwareProfile] = []
    var models: [Model] = []
    /// Each run with where it was read: a location in the file being assembled, or in
    /// `file` when the runs come from several files (imported results).
    var runs: [(run: Run, location: String, file: String?)] = []
    /// The hardware named by runs rejected for other errors, so that an unknown name is
    /// reported in the same pass rather than after those are fixed.
    var rejectedHardware: [(name: String, location: String)] = []
    let presets: [HardwareProfile]
    /// Scores to join to the models by name (`--quality`); the data's own scores stay.
    let quality: QualityTable?

    /// Workloads of files that state none: the runs' common request count, else this.
    static let defaultRequests = 1000

    init(options: LoadOptions) {
        presets = options.presets
        quality = options.quality
    }

    /// The runs' common request count as the workload ("the runs' workload"), else a
    /// nominal `defaultRequests` ("a nominal workload"): files without a workload of
    /// their own say so rather than invent a name.
    var commonWorkload: Workload {
        let counts = Set(runs.compactMap { $0.run[.requests] })
        return counts.count == 1 ? Workload(name: "the runs' workload", requests: Int(counts.first!))
            : Workload(name: "a nominal workload", requests: Self.defaultRequests)
    }

    /// Notes the hardware a run names when the run itself was rejected.
    mutating func reject(_ record: RecordReader, options: LoadOptions) {
        var ignored = ProblemLog(file: "")
        if let name = record.text("hardware", log: &ignored) ?? options.hardware {
            rejectedHardware.append((name, record.location))
        }
    }

    func assemble(name: String, description: String?, provenance: String?, workload: Workload,
                  defaultMetric: String?, log: inout ProblemLog) -> Dataset {
        var profiles = hardware
        var modelList = models
        var firstAt: [String: String] = [:]   // a run's level key → where it first appeared
        var kept: [Run] = []
        func unknown(_ name: String, at location: String, file: String?) {
            log.error(location, "hardware", "unknown hardware \(quoted(name)); expected a profile listed in the file or a preset: \(presets.map(\.name).joined(separator: ", "))",
                      file: file)
        }
        for (name, location) in rejectedHardware
        where !profiles.contains(where: { $0.name == name }) && HardwarePresets.named(name, in: presets) == nil {
            unknown(name, at: location, file: nil)
        }
        for (var run, location, file) in runs {
            if let listed = profiles.first(where: { $0.name == run.hardware }) {
                run.hardware = listed.name
            } else if let preset = HardwarePresets.named(run.hardware, in: presets) {
                // Named in another case ("a800-80g"): the preset once, not once per run.
                if !profiles.contains(where: { $0.name == preset.name }) { profiles.append(preset) }
                run.hardware = preset.name
            } else {
                unknown(run.hardware, at: location, file: file)
                continue
            }
            let key = run.levelKey
            if let first = firstAt[key] {
                log.error(location, "concurrency",
                          "duplicate run: \(Sanitize.line(run.model)) on \(run.gpus)×\(run.hardware) at concurrency \(Format.concurrency(run.concurrency)) is already at \(first)",
                          file: file)
                continue
            }
            firstAt[key] = file.map { "\($0): \(location)" } ?? location
            kept.append(run)
        }
        let runModels = Set(kept.map(\.model))
        for name in kept.map(\.model) where !modelList.contains(where: { $0.name == name }) {
            modelList.append(Model(name: name))
        }
        if let quality {
            for i in modelList.indices where runModels.contains(modelList[i].name) {
                modelList[i].quality.merge(quality.scores(for: modelList[i].name) ?? [:]) { mine, _ in mine }
            }
        }
        let metric = defaultMetric ?? quality?.metrics.first
        for model in modelList where runModels.contains(model.name) {
            if model.quality.isEmpty {
                if let quality {
                    log.warning(nil, "quality", "model \(quoted(model.name)) has no score here or in the data: it is costed but cannot be on the frontier",
                                file: quality.file)
                } else {
                    log.warning(nil, "quality", "model \(quoted(model.name)) has no quality score: it is costed but cannot be on the frontier")
                }
            } else if let metric, model.quality[metric] == nil {
                log.warning(nil, "quality", "model \(quoted(model.name)) has no \(quoted(metric)) score", file: quality?.file)
            }
        }
        return Dataset(name: name, description: description, provenance: provenance, workload: workload,
                       hardware: profiles, models: modelList, runs: kept, defaultMetric: metric)
    }
}
