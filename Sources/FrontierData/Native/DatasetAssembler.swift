import FrontierCore

/// Checks that hold across records — hardware that exists, no duplicate runs, every model
/// with a score — and puts the dataset together.
struct DatasetAssembler {
    var hardware: [HardwareProfile] = []
    var models: [Model] = []
    var runs: [(run: Run, location: String)] = []
    let presets: [HardwareProfile]

    func assemble(name: String, description: String?, provenance: String?, workload: Workload,
                  defaultMetric: String?, log: inout ProblemLog) -> Dataset {
        var profiles = hardware
        var modelList = models
        var firstAt: [String: String] = [:]   // a run's level key → where it first appeared
        var kept: [Run] = []
        for (var run, location) in runs {
            if let listed = profiles.first(where: { $0.name == run.hardware }) {
                run.hardware = listed.name
            } else if let preset = HardwarePresets.named(run.hardware, in: presets) {
                // Named in another case ("a800-80g"): the preset once, not once per run.
                if !profiles.contains(where: { $0.name == preset.name }) { profiles.append(preset) }
                run.hardware = preset.name
            } else {
                log.error(location, "hardware", "unknown hardware \(quoted(run.hardware)); expected a profile listed in the file or a preset: \(presets.map(\.name).joined(separator: ", "))")
                continue
            }
            let key = run.levelKey
            if let first = firstAt[key] {
                log.error(location, "concurrency",
                          "duplicate run: \(Sanitize.line(run.model)) on \(run.gpus)×\(run.hardware) at concurrency \(Format.concurrency(run.concurrency)) is already at \(first)")
                continue
            }
            firstAt[key] = location
            kept.append(run)
        }
        let runModels = Set(kept.map(\.model))
        for name in kept.map(\.model) where !modelList.contains(where: { $0.name == name }) {
            modelList.append(Model(name: name))
        }
        for model in modelList where runModels.contains(model.name) {
            if model.quality.isEmpty {
                log.warning(nil, "quality", "model \(quoted(model.name)) has no quality score: it is costed but cannot be on the frontier")
            } else if let metric = defaultMetric, model.quality[metric] == nil {
                log.warning(nil, "quality", "model \(quoted(model.name)) has no \(quoted(metric)) score")
            }
        }
        return Dataset(name: name, description: description, provenance: provenance, workload: workload,
                       hardware: profiles, models: modelList, runs: kept, defaultMetric: defaultMetric)
    }
}
