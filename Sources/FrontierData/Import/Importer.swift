import Foundation
import FrontierCore
import FrontierFiles

/// One file that was read: what it was taken for and how many runs it gave.
public struct ReadFile: Sendable, Equatable {
    public var path: String
    public var format: ResultFormat
    /// The format's version or key set ("vllm bench serve keys, per-request arrays").
    public var version: String
    public var runs: Int
}

/// Reads benchmark result files, and folders of them, into native runs: the format
/// detected from the content (or forced), each file all or nothing, hardware and GPU count
/// from the options where the file has none, provenance in each run's `source`.
enum Importer {
    /// What reading the named paths has given so far.
    struct Gathering {
        /// Native datasets, each with the path it stands for.
        var natives: [(loaded: Loaded, path: String)] = []
        /// Where the imported runs' dataset goes among the natives: the position of the
        /// first result file named.
        var importedAt: Int?
        var runs: [Gathered] = []
        var files: [ReadFile] = []
        /// Errors, and the lines for files skipped in folders.
        var problems: [DataProblem] = []
        /// The named paths that held result files (for the dataset's name).
        var importPaths: [String] = []
        /// Runs that stated no GPU count while no `--gpus` was given, and a file of one.
        var gpusAssumed: (count: Int, file: String)?
        /// Every file and folder reached so far, so that each is read once.
        var walk = FolderWalk()
    }

    /// A finished run and what the model list needs from its file.
    struct Gathered {
        var run: Run
        var location: String
        var file: String
        var precision: String?
        var engine: String?
    }

    /// Bytes looked at to recognise a file before reading it whole.
    static let sniffBytes = 4096
    /// A native dataset's version key, which no result file has.
    static let nativeMarker = Array(#""frontier_dataset""#.utf8)
    /// Keys of per-request data that no figure needs, skipped while parsing.
    static let discarded = VLLMResult.discarded.union(GuideLLMResult.discarded)

    static func gather(_ path: String, options: LoadOptions, into g: inout Gathering) {
        if FileSource.isFolder(path) {
            gatherFolder(path, options: options, into: &g)
        } else if let first = g.walk.claim(path) {
            g.problems.append(skipped(path, "the same file as \(first), already read"))
        } else {
            gatherFile(path, named: path, inFolder: false, siblings: [], options: options, into: &g)
        }
    }

    private static func gatherFolder(_ folder: String, options: LoadOptions, into g: inout Gathering) {
        let skippedBefore = g.walk.skipped.count
        let paths = g.walk.files(below: folder)
        for skip in g.walk.skipped[skippedBefore...] { g.problems.append(skipped(skip.path, skip.reason)) }
        let before = (g.natives.count, g.files.count, g.problems.filter { $0.severity == .error }.count)
        let names = Set(paths)
        for path in paths {
            gatherFile(path, named: folder, inFolder: true, siblings: names, options: options, into: &g)
        }
        let found = g.natives.count > before.0 || g.files.count > before.1
        if !found && g.problems.filter({ $0.severity == .error }).count == before.2 {
            g.problems.append(DataProblem(.error, file: folder, message: "is a folder holding no dataset or result file that Frontier reads (\(paths.count + g.walk.skipped.count - skippedBefore) file(s) skipped)"))
        }
    }

    /// What a file turned out to be.
    private enum Kind {
        case native
        case json(ResultFormat, JSONValue)
        case jsonLines(ResultFormat)
        case csv(ResultFormat, String)
        case skip(String)
        case error(DataProblem)
    }

    private static func gatherFile(_ path: String, named: String, inFolder: Bool, siblings: Set<String>,
                                   options: LoadOptions, into g: inout Gathering) {
        var bytes: [UInt8]
        do {
            // A named file too large is refused before anything; one in a folder that is binary, skipped as that.
            bytes = try DataFile.readBytes(path, prefix: sniffBytes, sizeChecked: !inFolder)
            if bytes.count == sniffBytes {
                if let json = streamedNative(DataFile.withoutBOM(bytes), path: path, inFolder: inFolder, siblings: siblings, options: options) {
                    var counts = NativeCSV.Counts()
                    let read = json ? try NativeJSON.read(path: path, options: options)
                        : try NativeCSV.read(path: path, options: options, counts: &counts)
                    do {
                        addNative(try NativeDataset.loaded(read, file: path), path: path, json: json, into: &g)
                    } catch {
                        g.problems += error.problems
                    }
                    return
                }
                bytes = try DataFile.readBytes(path)
            }
        } catch {
            g.problems.append(inFolder ? skipped(path, error == .binary ? binaryReason : DataFile.message(for: error))
                                       : DataProblem(.error, file: path, message: DataFile.message(for: error)))
            return
        }
        gather(bytes, path: path, named: named, inFolder: inFolder, siblings: siblings, options: options, into: &g)
    }

    private static let binaryReason = "a binary file (it holds NUL bytes), not JSON or CSV"

    /// Whether a file that starts with `prefix` (and goes on) is a native dataset, to be read
    /// a block at a time instead of whole, and whether as JSON: a CSV by what its first line
    /// says, when the prefix holds it; JSON by its `frontier_dataset` key in the prefix (or
    /// `--input-format native`). A file found binary past the prefix is then refused by the
    /// reader as it would be here.
    private static func streamedNative(_ prefix: [UInt8], path: String, inFolder: Bool, siblings: Set<String>,
                                       options: LoadOptions) -> Bool? {
        guard let first = prefix.firstIndex(where: { !$0.isASCIIWhitespace }), prefix[first] != UInt8(ascii: "[") else { return nil }
        let json = prefix[first] == UInt8(ascii: "{")
        if json {
            guard options.format == .native || prefix.firstRange(of: nativeMarker) != nil else { return nil }
        } else {
            guard prefix[first...].contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return nil }
        }
        guard case .native = classify(prefix, path: path, inFolder: inFolder, siblings: siblings, forced: options.format),
              NativeDataset.isJSON(prefix, file: path) == json else { return nil }
        return json
    }

    private static func addNative(_ loaded: Loaded, path: String, json: Bool, into g: inout Gathering) {
        g.natives.append((loaded, path))
        g.files.append(ReadFile(path: path, format: .native, version: json ? "JSON, format \(NativeJSON.formatVersion)" : "CSV",
                                runs: loaded.dataset.runs.count))
    }

    /// Reads a file's bytes as what they turn out to be (or are forced to be).
    static func gather(_ bytes: [UInt8], path: String, named: String, inFolder: Bool, siblings: Set<String>,
                       options: LoadOptions, into g: inout Gathering) {
        let bytes = DataFile.withoutBOM(bytes)
        let kind = classify(bytes, path: path, inFolder: inFolder, siblings: siblings, forced: options.format)
        var log = ProblemLog(file: path)
        var runs: [ImportedRun] = []
        let format: ResultFormat
        switch kind {
        case .skip(let reason):
            g.problems.append(skipped(path, reason))
            return
        case .error(let problem):
            g.problems.append(problem)
            return
        case .native:
            do {
                let loaded = try NativeDataset.parse(bytes, file: path, options: options)
                addNative(loaded, path: path, json: bytes.first(where: { !$0.isASCIIWhitespace }) == UInt8(ascii: "{"), into: &g)
            } catch {
                g.problems += error.problems
            }
            return
        case .json(let detected, let root):
            format = detected
            runs = read(root, as: format, at: "$", log: &log)
            if format == .aiperf, runs.count == 1 {
                readRecords(into: &runs[0], export: path, inFolder: inFolder, siblings: siblings, log: &log)
            }
        case .jsonLines(let detected):
            format = detected
            runs = readLines(bytes, log: &log)
        case .csv(let detected, let text):
            format = detected
            runs = GenAIPerfCSV.read(text, file: path, stated: options, log: &log)
        }
        if !log.hasErrors && runs.isEmpty { log.error(nil, nil, "no runs in the file") }
        let finished = log.hasErrors ? [] : finish(runs, format: format, file: path, options: options, log: &log, into: &g)
        if log.hasErrors {
            g.problems += log.problems
            return
        }
        if g.importedAt == nil { g.importedAt = g.natives.count }
        if !g.importPaths.contains(named) { g.importPaths.append(named) }
        g.runs += finished
        var version = runs.first?.version ?? ""
        if case .jsonLines = kind { version += ", JSON lines" }
        g.files.append(ReadFile(path: path, format: format, version: version, runs: finished.count))
        g.problems += log.problems
    }

    /// AIPerf's per-request records beside its export, when there are any: the run's TTFT
    /// and latency bootstrapped over them. Their problems are the export's, naming the
    /// records file.
    private static func readRecords(into run: inout ImportedRun, export: String, inFolder: Bool, siblings: Set<String>,
                                    log: inout ProblemLog) {
        let path = AIPerfRecords.beside(export)
        guard !inFolder || siblings.contains(path) else { return }
        let bytes: [UInt8]
        do { bytes = try DataFile.readBytes(path) } catch {
            if error != .missing { log.error(nil, nil, DataFile.message(for: error), file: path) }
            return
        }
        var records = ProblemLog(file: path)
        let samples = AIPerfRecords.read(DataFile.withoutBOM(bytes), log: &records)
        log.append(records.problems)
        guard let samples, samples.ttfts.count + samples.latencies.count > 0 else { return }
        run.intervals = RequestIntervals.bootstrap(ttftsMs: samples.ttfts, latenciesMs: samples.latencies)
        run.notes.append("intervals bootstrapped over \(max(samples.ttfts.count, samples.latencies.count)) per-request records in \(AIPerfRecords.fileName)")
        if let requests = run[.requests], Double(samples.latencies.count) != requests, !samples.latencies.isEmpty {
            log.warning(nil, "request_count", "\(samples.latencies.count) successful profiling requests in \(AIPerfRecords.fileName), but request_count = \(JSONWriter.number(requests))")
        }
    }

    private static func skipped(_ path: String, _ reason: String) -> DataProblem {
        DataProblem(.warning, file: path, message: "skipped: \(reason)")
    }

    /// Decides what a file is from its content (its name only breaks ties). Named files
    /// that are no result file go to the native reader, whose messages say what is wrong;
    /// files in a folder that are neither are skipped with the reason.
    private static func classify(_ bytes: [UInt8], path: String, inFolder: Bool, siblings: Set<String>,
                                 forced: ResultFormat?) -> Kind {
        let nativeOr: (String) -> Kind = { reason in inFolder ? .skip(reason) : .native }
        if forced == .native { return .native }
        if inFolder, let reason = VLLMSweep.skipReason(path, siblings: siblings) { return .skip(reason) }
        guard let first = bytes.first(where: { !$0.isASCIIWhitespace }) else { return nativeOr("empty") }
        if bytes.withUnsafeBytes({ memchr($0.baseAddress!, 0, $0.count) }) != nil {
            return nativeOr(binaryReason)
        }
        let prefix = bytes.prefix(sniffBytes)
        if first != UInt8(ascii: "{") && first != UInt8(ascii: "[") {
            // The header alone decides; only a GenAI-Perf export is decoded here (the native
            // reader decodes its own).
            let header = Substring(String(decoding: bytes.prefix { $0 != 0x0A && $0 != 0x0D }, as: UTF8.self))
            let format = forced ?? ResultFormat.detect(csvHeader: header)
            if format == .genaiPerfCSV {
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    return .error(DataProblem(.error, file: path, message: "not valid UTF-8 text; expected a \(format.title)"))
                }
                if inFolder, let twin = twin(of: path, in: siblings) {
                    return .skip("the same run as \(twin) beside it, which is read instead")
                }
                return .csv(format, text)
            }
            if forced != nil { return .error(DataProblem(.error, file: path, location: "line 1", message: "expected JSON (a \(format.title)), found text that is not JSON")) }
            let columns = header.split(separator: CSVReader.separator(of: header)).map { String($0).trimmingSpaces.lowercased() }
            if columns.contains(AIPerfAggregate.sweepCSVColumn) {
                let reason = "an AIPerf sweep CSV, which holds neither units nor intervals; read the profile_export_aiperf_sweep.json beside it"
                return inFolder ? .skip(reason) : .error(DataProblem(.error, file: path, location: "line 1", message: reason))
            }
            if inFolder && !(path.lowercased().hasSuffix(".csv") && columns.contains("model") && columns.contains("concurrency")) {
                return .skip("not JSON, and not a CSV with model and concurrency columns (a Frontier dataset) or a Metric,avg,… table (GenAI-Perf)")
            }
            return .native
        }
        // On the bytes: String.contains goes through Foundation's UTF-16 search.
        if forced == nil, prefix.firstRange(of: Self.nativeMarker) != nil { return .native }
        if forced == .genaiPerfCSV { return .error(DataProblem(.error, file: path, location: "line 1", message: "expected CSV (a \(forced!.title)), found JSON")) }
        let parsing = JSONParser.Options(nonFiniteNumbers: true, discarding: discarded)
        do {
            let root = try JSONParser.parse(bytes, options: parsing)
            guard let format = forced ?? ResultFormat.detect(json: root) else {
                let reason = "JSON, but neither a Frontier dataset nor a vLLM, GuideLLM, AIPerf, GenAI-Perf, LLMPerf or InferenceX result (none of their keys)"
                // An object with some native key is a dataset with mistakes, which the native reader lists.
                let nativeKeys = ["frontier_dataset", "name", "workload", "hardware", "models", "runs"]
                if inFolder || nativeKeys.contains(where: { root[$0] != nil }) { return nativeOr(reason) }
                return .error(DataProblem(.error, file: path, location: "$", message: reason + "; force one with --input-format (import: --format)"))
            }
            if format == .llmd {
                // Its `requests` statistics share their key with GuideLLM's discarded arrays;
                // reports are small, so it is parsed again whole.
                return .json(format, try JSONParser.parse(bytes, options: JSONParser.Options(nonFiniteNumbers: true)))
            }
            if inFolder, format == .aiperfAggregate, let kind = AIPerfAggregate.kind(root),
               let reason = AIPerfAggregate.skipReason(path, kind: kind, siblings: siblings) {
                return .skip(reason)
            }
            if inFolder, format == .aiperf, let reason = AIPerfResult.phaseSkipReason(path, siblings: siblings) {
                return .skip(reason)
            }
            if inFolder, format == .vllm, let row = InferenceXRow.aggregated(of: path), siblings.contains(row) {
                return .skip("the run of the InferenceX aggregated row \(row.split(separator: "/").last ?? "") beside it, which is read instead")
            }
            if inFolder, format == .inferencePerf, InferencePerfResult.isSummary(path),
               siblings.contains(InferencePerfResult.stageSibling(of: path)) {
                return .skip("the whole-run summary of the stage reports beside it, which are read instead")
            }
            return format == .native ? .native : .json(format, root)
        } catch {
            if let lines = jsonLinesFormat(bytes, options: parsing, forced: forced) { return lines }
            guard let format = forced ?? ResultFormat.sniff(prefix), format != .native else {
                return nativeOr("not valid JSON (\(error.location): \(error.message))")
            }
            return .error(DataProblem(.error, file: path, location: error.location,
                                      message: "\(error.message) (reading it as a \(format.title))"))
        }
    }

    /// A JSON-lines file: the first line a whole object and more lines after it. Only
    /// vLLM's `--append-result` writes results so.
    private static func jsonLinesFormat(_ bytes: [UInt8], options: JSONParser.Options, forced: ResultFormat?) -> Kind? {
        guard let (range, line) = lineRanges(bytes).first, range.upperBound < bytes.count,
              let root = try? JSONParser.parse(bytes, in: range, line: line, options: options) else { return nil }
        let format = forced ?? ResultFormat.detect(json: root)
        if format == nil, AIPerfRecords.isRecord(root) {
            return .skip("AIPerf per-request records, read with the \(AIPerfResult.exportName) beside them")
        }
        guard format == .vllm else {
            return .skip("JSON lines, but not vLLM --append-result results")
        }
        return .jsonLines(.vllm)
    }

    /// The non-blank lines of a file as byte ranges, with their 1-based numbers.
    static func lineRanges(_ bytes: [UInt8]) -> [(Range<Int>, Int)] {
        var ranges: [(Range<Int>, Int)] = []
        var start = 0, line = 1
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
            if bytes[start..<i].contains(where: { !$0.isASCIIWhitespace }) { ranges.append((start..<i, line)) }
            start = i + 1
            line += 1
        }
        return ranges
    }

    /// The JSON file of the same name beside a CSV export (GenAI-Perf and AIPerf write both).
    private static func twin(of path: String, in siblings: Set<String>) -> String? {
        guard path.lowercased().hasSuffix(".csv") else { return nil }
        let json = String(path.dropLast(4)) + ".json"
        return siblings.contains(json) ? (json.split(separator: "/").last.map(String.init) ?? json) : nil
    }

    private static func read(_ root: JSONValue, as format: ResultFormat, at location: String, log: inout ProblemLog) -> [ImportedRun] {
        switch format {
        case .vllm: VLLMResult.read(root, at: location, log: &log).map { [$0] } ?? []
        case .guidellm: GuideLLMResult.read(root, log: &log)
        case .aiperf, .genaiPerf: AIPerfResult.read(root, format: format, log: &log).map { [$0] } ?? []
        case .aiperfAggregate: AIPerfAggregate.read(root, log: &log)
        case .llmperf: LLMPerfResult.read(root, log: &log).map { [$0] } ?? []
        case .llmd: LLMDReport.read(root, log: &log).map { [$0] } ?? []
        case .inferencePerf: InferencePerfResult.read(root, log: &log).map { [$0] } ?? []
        case .inferenceX: InferenceXRow.read(root, log: &log)
        case .native, .genaiPerfCSV: []
        }
    }

    private static func readLines(_ bytes: [UInt8], log: inout ProblemLog) -> [ImportedRun] {
        let parsing = JSONParser.Options(nonFiniteNumbers: true, discarding: discarded)
        var runs: [ImportedRun] = []
        for (range, line) in lineRanges(bytes) {
            do {
                let root = try JSONParser.parse(bytes, in: range, line: line, options: parsing)
                if let run = VLLMResult.read(root, at: "line \(line)", log: &log) { runs.append(run) }
            } catch {
                log.error(error.location, nil, error.message)
            }
        }
        return runs
    }

    /// Runs as a native dataset holds them: hardware and GPUs filled, concurrency estimated
    /// where the load set none, checked, with provenance. Nothing when any has an error.
    private static func finish(_ runs: [ImportedRun], format: ResultFormat, file: String, options: LoadOptions,
                               log: inout ProblemLog, into g: inout Gathering) -> [Gathered] {
        if options.hardware == nil, runs.contains(where: { $0.hardware == nil }) {
            log.error(nil, "hardware", "the file names no hardware; give --hardware PRESET (a vLLM result may carry it as --metadata hardware=NAME)")
            return []
        }
        var finished: [Gathered] = []
        let named = FileNameSetup(file)
        for imported in runs {
            guard let setup = ImportedSetup(imported, named: named, options: options, log: &log),
                  let run = finish(imported, setup: setup, format: format, file: file, log: &log) else { continue }
            finished.append(Gathered(run: run, location: imported.location, file: file,
                                     precision: imported.precision, engine: imported.engine))
            if setup.gpusAssumed {
                g.gpusAssumed = ((g.gpusAssumed?.count ?? 0) + 1, g.gpusAssumed?.file ?? file)
            }
        }
        return log.hasErrors ? [] : finished
    }

    private static func finish(_ imported: ImportedRun, setup: ImportedSetup, format: ResultFormat, file: String,
                               log: inout ProblemLog) -> Run? {
        let location = imported.location
        let field = setup.model == imported.model ? imported.modelField : "--run-model"
        guard checkName(setup.model, at: location, field: field, log: &log) else { return nil }
        var notes = imported.notes + setup.notes
        var run = Run(model: setup.model, hardware: setup.hardware,
                      gpus: setup.gpus, concurrency: setup.concurrency ?? 0,
                      concurrencyEstimated: imported.concurrencyEstimated && setup.concurrency == imported.concurrency,
                      measurements: imported.measurements, derived: imported.derived)
        run.labels = setup.labels
        guard RunReader.complete(&run, at: location, log: &log) else { return nil }
        if setup.concurrency == nil {
            guard let (estimate, how) = littlesLaw(run) else {
                log.error(location, "concurrency", "the load set no concurrency (rate-driven), and the file has no mean latency to estimate it by Little's law; expected max_concurrency or mean_e2el_ms")
                return nil
            }
            run.concurrency = estimate
            run.concurrencyEstimated = true
            notes.append("concurrency \(Format.concurrency(estimate)) estimated by Little's law (\(how))")
        } else if !run.concurrencyEstimated {
            RunReader.checkLittlesLaw(run, at: location, log: &log)
        }
        run.intervals = RequestIntervals.run(imported.intervals, of: run)
        ConsistencyChecks.check(run, at: location, log: &log)
        let place = location == "$" ? file : "\(file) \(location)"
        run.source = Sanitize.line("\(place): \(format.title) (\(imported.version))" + notes.map { "; " + $0 }.joined())
        return run
    }

    /// Concurrency ≈ req/s × mean end-to-end latency; without the latency, its estimate
    /// mean TTFT + mean TPOT × (mean output tokens − 1). Rounded to two decimals.
    static func littlesLaw(_ run: Run) -> (Double, String)? {
        var estimate: (Double, String)? = nil
        if let implied = run.littlesLawConcurrency {
            estimate = (implied, "req/s × mean E2E latency")
        } else if let rps = run[.requestThroughput], let ttft = run[.meanTTFTms], let tpot = run[.meanTPOTms],
                  let out = run[.meanOutputTokens] {
            estimate = (Run.littlesLaw(requestThroughput: rps, meanE2Ems: ttft + tpot * max(0, out - 1)), "req/s × (mean TTFT + mean TPOT × (output tokens − 1))")
        }
        guard let (value, how) = estimate else { return nil }
        let rounded = (value * 100).rounded() / 100
        return rounded > 0 && rounded.isFinite ? (rounded, how) : nil
    }

    /// A model name must be printable: escape sequences in a name would be written into
    /// the dataset and every report.
    static func checkName(_ name: String, at location: String, field: String, log: inout ProblemLog) -> Bool {
        guard Sanitize.line(name) != name else { return true }
        let shown = name.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
        log.error(location, field, "expected a name without control characters or escape sequences, found \"\(shown.prefix(60))\"")
        return false
    }

    /// The datasets read, in the order their paths were named: natives, and one dataset of
    /// every imported run, repeats averaged, with the quality file joined.
    static func datasets(_ g: inout Gathering, options: LoadOptions) -> [(loaded: Loaded, path: String)] {
        var result = g.natives
        guard !g.runs.isEmpty, let importedAt = g.importedAt, let firstPath = g.importPaths.first else { return result }
        var log = ProblemLog(file: firstPath)
        var assembler = DatasetAssembler(options: options)
        labelVariants(&g.runs)
        for group in RepeatedRuns.grouped(g.runs, run: \.run) {
            let first = group[0]
            for other in group.dropFirst() {
                ConsistencyChecks.compare(other.run, at: other.location, file: other.file, with: first.run, firstFile: first.file, log: &log)
            }
            // A sweep's `run=N.json` of one combination are repeats by design, said in the run's source.
            if group.count > 1, !VLLMSweep.areRepeats(group.map(\.file)) {
                log.warning(first.location, "concurrency",
                            "\(group.count) runs of \(quoted(first.run.model)) on \(first.run.gpus)×\(first.run.hardware) at concurrency \(Format.concurrency(first.run.concurrency)) (\(group.map(\.file).joined(separator: ", "))) are averaged into one",
                            file: first.file)
            }
            assembler.add(RepeatedRuns.merge(group.map(\.run)), at: first.location, file: first.file)
        }
        var modelIndex = NameIndex()
        for gathered in g.runs {
            let (i, inserted) = modelIndex.insert(gathered.run.model)
            if inserted {
                assembler.models.append(Model(name: gathered.run.model, precision: gathered.precision, engine: gathered.engine))
            } else {
                assembler.models[i].precision = assembler.models[i].precision ?? gathered.precision
                assembler.models[i].engine = assembler.models[i].engine ?? gathered.engine
            }
        }
        if let (count, file) = g.gpusAssumed {
            log.warning(nil, "gpus", "\(count) run(s) state no GPU count: 1 GPU assumed; give --gpus N", file: file)
        }
        let formats = Dictionary(grouping: g.files.filter { $0.format != .native }, by: \.format)
            .sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.value.count) \($0.key.title)" }
        var name = firstPath.split(separator: "/").last.map(String.init) ?? firstPath
        if let dot = name.lastIndex(of: "."), ["json", "jsonl", "csv"].contains(name[name.index(after: dot)...].lowercased()) {
            name = String(name[..<dot])
        }
        let dataset = assembler.assemble(
            name: g.importPaths.count > 1 ? "\(name) + \(g.importPaths.count - 1) more" : name, description: nil,
            provenance: "imported by frontier from " + formats.joined(separator: ", "),
            workload: assembler.commonWorkload, defaultMetric: nil, log: &log)
        if log.hasErrors {
            g.problems += log.problems
        } else {
            result.insert((Loaded(dataset: dataset, warnings: log.warnings), firstPath), at: importedAt)
        }
        return result
    }
}
