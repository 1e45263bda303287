import FrontierCore

/// The native CSV format: one row per run, columns in any order (README.md, "Data").
enum NativeCSV {
    static let knownColumns: Set<String> = Set(["model", "hardware", "gpus", "concurrency", "quality", "source",
                                                 "concurrency_estimated"] + RunField.allCases.map(\.key))

    static func read(_ text: String, file: String, options: LoadOptions) -> (Dataset?, [DataProblem]) {
        var log = ProblemLog(file: file)
        let records: [CSVReader.Record]
        do {
            records = try CSVReader.records(text)
        } catch {
            log.error("line \(error.line)", nil, error.message)
            return (nil, log.problems)
        }
        guard let header = records.first else {
            log.error(nil, nil, "the file is empty; expected a header row naming the columns")
            return (nil, log.problems)
        }
        let columns = header.fields.map(\.trimmingSpaces)
        var seen = Set<String>()
        for (i, name) in columns.enumerated() {
            if !seen.insert(name).inserted { log.error("line 1", name, "column named twice") }
            if !knownColumns.contains(name) && !name.hasPrefix("quality:") {
                log.warning("line 1", name.isEmpty ? "column \(i + 1)" : name, "unknown column, ignored")
            }
        }
        for required in ["model", "concurrency"] where !columns.contains(required) {
            log.error("line 1", required, "required column missing")
        }
        if !columns.contains("hardware") && options.hardware == nil {
            log.error("line 1", "hardware", "required column missing (or give --hardware)")
        }
        guard !log.hasErrors else { return (nil, log.problems) }
        let qualityColumns = columns.filter { $0 == "quality" || $0.hasPrefix("quality:") }

        var assembler = DatasetAssembler(options: options)
        var scores: [String: [String: (Double, String)]] = [:]   // model → metric → (score, location)
        for row in records.dropFirst() {
            let location = "line \(row.line)"
            guard let record = RecordReader.csvRow(row, columns: columns, log: &log) else { continue }
            guard let run = RunReader.read(record, options: options, log: &log) else {
                assembler.reject(record, options: options)
                continue
            }
            assembler.runs.append((run, location, nil))
            for column in qualityColumns {
                guard let score = record.number(column, .nonNegative, log: &log) else { continue }
                let metric = column == "quality" ? "quality" : String(column.dropFirst("quality:".count))
                if let (earlier, at) = scores[run.model]?[metric], earlier != score {
                    log.error(location, column, "\(quoted(run.model)) scores \(JSONWriter.number(score)) here but \(JSONWriter.number(earlier)) at \(at); expected one score per model")
                }
                scores[run.model, default: [:]][metric] = (score, location)
            }
        }
        if records.count == 1 { log.error(nil, nil, "no runs: the file has a header but no rows") }
        var modelOrder: [String] = []
        for (run, _, _) in assembler.runs where !modelOrder.contains(run.model) { modelOrder.append(run.model) }
        assembler.models = modelOrder.map { name in
            Model(name: name, quality: (scores[name] ?? [:]).mapValues(\.0))
        }
        let metrics = Set(scores.values.flatMap(\.keys))
        let baseName = file.split(separator: "/").last.map(String.init) ?? file
        let name = baseName.hasSuffix(".csv") ? String(baseName.dropLast(4)) : baseName
        let dataset = assembler.assemble(
            name: name, description: nil, provenance: "read from \(baseName)",
            workload: assembler.commonWorkload,
            defaultMetric: metrics.count == 1 ? metrics.first : metrics.sorted().first, log: &log)
        return (log.hasErrors ? nil : dataset, log.problems)
    }
}
