import FrontierCore

/// Checks that hold across records — hardware that exists, no duplicate runs, every model
/// with a score — and puts the dataset together. Every name a run carries is found by
/// hash (`NameIndex`, dictionaries), so assembling costs the same per run however many
/// models, setups and levels there are.
struct DatasetAssembler {
    var hardware: [HardwareProfile] = []
    var models: [Model] = []
    /// The runs, and in the same order where each was read.
    private(set) var runs: [Run] = []
    private(set) var locations: [RunLocation] = []
    /// The hardware named by runs rejected for other errors, so that an unknown name is
    /// reported in the same pass rather than after those are fixed.
    var rejectedHardware: [(name: String, location: String)] = []
    /// Locations given as text (imported runs, each in its own file).
    private var namedLocations: [(location: String, file: String?)] = []
    let presets: [HardwareProfile]
    /// Scores to join to the models by name (`--quality`); the data's own scores stay.
    let quality: QualityTable?
    /// Name lookups made while assembling: a constant number per run (tested).
    private(set) var lookups = 0

    /// Workloads of files that state none: the runs' common request count, else this.
    static let defaultRequests = 1000

    init(options: LoadOptions) {
        presets = options.presets
        quality = options.quality
    }

    /// Where a run was read, made into text only for a message.
    /// Eight bytes: a million runs' locations take 8 MB.
    enum RunLocation {
        /// A line of a CSV file.
        case line(Int32)
        /// An item of a JSON array: `$.runs[i]`.
        case item(Int32)
        /// One of `namedLocations`.
        case named(Int32)
    }

    mutating func add(_ run: consuming Run, at location: RunLocation) {
        runs.append(run)
        locations.append(location)
    }

    mutating func add(_ run: Run, at location: String, file: String?) {
        namedLocations.append((location, file))
        add(run, at: .named(Int32(namedLocations.count - 1)))
    }

    /// Room for every run at once, estimated from the first `runs` of them, which took
    /// `read` of the `total` bytes the runs take: the runs array is then never copied to grow
    /// (at a million runs, a copy of 190 MB beside the old array). No run takes fewer than 16
    /// bytes, so short first rows before long ones cannot make it reserve gigabytes.
    mutating func reserve(runs: Int, read: Int, total: Int) {
        let estimate = Checked.int(Double(total) / Double(max(read, 1)) * Double(runs) * 1.02) ?? 0
        let count = min(estimate, total / 16) + runs
        self.runs.reserveCapacity(count)
        locations.reserveCapacity(count)
    }

    /// The location's text and, for runs from several files, the file.
    func describe(_ location: RunLocation) -> (location: String, file: String?) {
        switch location {
        case .line(let n): ("line \(n)", nil)
        case .item(let i): (NativeJSON.runPath(Int(i)), nil)
        case .named(let i): namedLocations[Int(i)]
        }
    }

    /// The runs' common request count as the workload ("the runs' workload"), else a
    /// nominal `defaultRequests` ("a nominal workload"): files without a workload of
    /// their own say so rather than invent a name.
    var commonWorkload: Workload {
        var first: Double? = nil
        var common = true
        for run in runs {
            guard let n = run[.requests] else { continue }
            if first == nil { first = n } else if first != n { common = false; break }
        }
        return common && first != nil ? Workload(name: "the runs' workload", requests: Int(first!))
            : Workload(name: "a nominal workload", requests: Self.defaultRequests)
    }

    /// Notes the hardware a run names when the run itself was rejected.
    mutating func reject(_ record: RecordReader, options: LoadOptions) {
        var ignored = ProblemLog(file: "")
        if let name = record.text("hardware", log: &ignored) ?? options.hardware {
            rejectedHardware.append((name, record.location))
        }
    }

    /// One configuration at one level: what makes two runs the same measurement.
    private struct LevelKey: Hashable {
        var configuration: Int
        /// As `Format.concurrency` writes it, so that levels printed alike are one level.
        var concurrency: Double
        /// The run's workload shape (`WorkloadShapes.index`), −1 for none.
        var shape: Int

        init(configuration: Int, concurrency c: Double, shape: Int? = nil) {
            self.configuration = configuration
            concurrency = c == c.rounded() ? c : Double(Format.concurrency(c)) ?? c
            self.shape = shape ?? -1
        }
    }

    /// The previous run's names and setup: runs of one setup mostly follow each other, so
    /// they are compared with it first (no hash), then looked up. A struct read in place:
    /// a tuple of these seven, bound by `if let` twice a run, was copied by the runtime's
    /// generic tuple copy (4.7 % of `validate`'s instructions).
    private struct Previous {
        var model: String, written: String, hardware: String
        var gpus: Int
        var labels: [SetupLabel]
        var configuration: Int, m: Int

        /// The hardware the name `written` resolved to, when it is the previous run's.
        func hardware(ifWritten name: String) -> String? { written == name ? hardware : nil }

        /// The setup and model position, when the run is of the previous run's setup.
        func setup(model: String, hardware: String, gpus: Int, labels: [SetupLabel]) -> (Int, Int)? {
            self.model == model && self.hardware == hardware && self.gpus == gpus && self.labels == labels ? (configuration, m) : nil
        }
    }

    /// The dataset: runs on unknown hardware and repeated runs are logged and left out.
    /// Takes the runs over (no copy of a million of them).
    mutating func assemble(name: String, description: String?, provenance: String?, workload: Workload,
                           defaultMetric: String?, log: inout ProblemLog) -> Dataset {
        var profiles = hardware
        var listed = [String: Int]()   // profile name → index in profiles
        for (i, profile) in profiles.enumerated() where listed[profile.name] == nil { listed[profile.name] = i }
        var resolved = [String: String?]()   // a name as written → the profile's name, nil if unknown
        func resolve(_ name: String) -> String? {
            lookups += 1
            if let known = resolved[name] { return known }
            var found: String? = nil
            if let i = listed[name] {
                found = profiles[i].name
            } else if let preset = HardwarePresets.named(name, in: presets) {
                // Named in another case ("a800-80g"): the preset once, not once per run.
                if listed[preset.name] == nil {
                    listed[preset.name] = profiles.count
                    profiles.append(preset)
                }
                found = preset.name
            }
            resolved[name] = found
            return found
        }
        func unknown(_ name: String, at location: String, file: String?) {
            log.error(location, "hardware", "unknown hardware \(quoted(name)); expected a profile listed in the file or a preset: \(presets.map(\.name).joined(separator: ", "))",
                      file: file)
        }
        for (name, location) in rejectedHardware where listed[name] == nil && HardwarePresets.named(name, in: presets) == nil {
            unknown(name, at: location, file: nil)
        }
        var configurations = [Configuration: Int]()
        // Repeated levels: while each setup's levels come in rising order (as sweeps write
        // them) a level above the setup's last one is new, and no table is needed; at the
        // first that does not, a table of every level so far is built, once.
        var lastLevel: [Double] = []   // by setup: its highest level so far
        var runConfiguration: [Int32] = []   // by kept run: its setup
        runConfiguration.reserveCapacity(runs.count)
        var firstAt: [LevelKey: Int]? = nil   // a run's level → the index of the run first measured there
        // Two runs of a setup at one level may differ in workload shape alone: the shapes are
        // found when the table is built, so that data whose levels only rise never needs them.
        var shapes = WorkloadShapes.none
        var modelIndex = NameIndex(models.map(\.name))
        var modelUsed = [Bool](repeating: false, count: models.count)
        var kept = 0
        var previous: Previous? = nil
        for i in runs.indices {
            let written = runs[i].hardware
            let hardware: String
            if let same = previous?.hardware(ifWritten: written) {
                hardware = same
            } else {
                guard let found = resolve(written) else {
                    let (location, file) = describe(locations[i])
                    unknown(written, at: location, file: file)
                    continue
                }
                hardware = found
            }
            // Moved, not copied: the dropped run behind it is removed at the end.
            if kept != i { runs.swapAt(kept, i) }
            if written != hardware { runs[kept].hardware = hardware }
            let (model, gpus, labels) = (runs[kept].model, runs[kept].gpus, runs[kept].labels)
            let configuration: Int, m: Int
            if let same = previous?.setup(model: model, hardware: hardware, gpus: gpus, labels: labels) {
                (configuration, m) = same
            } else {
                lookups += 1
                let setup = runs[kept].configuration
                configuration = configurations[setup, default: configurations.count]
                if configuration == configurations.count { configurations[setup] = configuration }
                let (position, inserted) = modelIndex.insert(model)
                if inserted { models.append(Model(name: model)) }
                m = position
            }
            previous = Previous(model: model, written: written, hardware: hardware, gpus: gpus, labels: labels,
                                configuration: configuration, m: m)
            lookups += 1
            var key = LevelKey(configuration: configuration, concurrency: runs[kept].concurrency)
            if configuration == lastLevel.count {
                lastLevel.append(key.concurrency)
            } else if firstAt == nil && key.concurrency > lastLevel[configuration] {
                lastLevel[configuration] = key.concurrency
            } else if firstAt == nil {
                // The runs kept so far, this one (moved to `kept`) and those still to come.
                shapes = WorkloadShapes([runs[...kept], runs[(i + 1)...]].joined())
                var table = [LevelKey: Int](minimumCapacity: runs.count)
                for k in 0..<kept {
                    let level = LevelKey(configuration: Int(runConfiguration[k]), concurrency: runs[k].concurrency,
                                         shape: shapes.index(of: runs[k]))
                    if table[level] == nil { table[level] = k }
                }
                firstAt = table
            }
            if firstAt != nil { key.shape = shapes.index(of: runs[kept]) ?? -1 }
            if let first = firstAt?[key] {
                let (location, file) = describe(locations[i])
                let (firstLocation, firstFile) = describe(locations[first])
                log.error(location, "concurrency",
                          "duplicate run: \(Sanitize.line(model)) on \(gpus)×\(hardware) at concurrency \(Format.concurrency(runs[kept].concurrency)) is already at \(firstFile.map { "\($0): \(firstLocation)" } ?? firstLocation)",
                          file: file)
                continue
            }
            firstAt?[key] = kept
            runConfiguration.append(Int32(truncatingIfNeeded: configuration))
            if m == modelUsed.count { modelUsed.append(true) } else { modelUsed[m] = true }
            // In place: the kept runs move forward over the dropped ones.
            locations[kept] = locations[i]
            kept += 1
        }
        lookups += modelIndex.lookups
        runs.removeSubrange(kept...)
        locations.removeSubrange(kept...)
        if let quality {
            for i in models.indices where modelUsed[i] {
                models[i].quality.merge(quality.scores(for: models[i].name) ?? [:]) { mine, _ in mine }
            }
        }
        let metric = defaultMetric ?? quality?.metrics.first
        for (i, model) in models.enumerated() where modelUsed[i] {
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
        let dataset = Dataset(name: name, description: description, provenance: provenance, workload: workload,
                              hardware: profiles, models: models, runs: runs, defaultMetric: metric)
        runs = []
        return dataset
    }
}

/// Names in the order first seen, each found by hash, with a count of the lookups made.
struct NameIndex {
    private(set) var names: [String] = []
    private var positions: [String: Int] = [:]
    private(set) var lookups = 0

    init(_ names: [String] = []) {
        for name in names { insert(name) }
        lookups = 0
    }

    /// The name's position, and whether it was new.
    @discardableResult
    mutating func insert(_ name: String) -> (position: Int, inserted: Bool) {
        lookups += 1
        if let position = positions[name] { return (position, false) }
        positions[name] = names.count
        names.append(name)
        return (names.count - 1, true)
    }

    mutating func position(of name: String) -> Int? {
        lookups += 1
        return positions[name]
    }
}
