import FrontierCore
import FrontierFiles

/// The native CSV format: one row per run, columns in any order (README.md, "Data").
///
/// Rows are streamed from the file's bytes. A row whose cells are all plain (decimal
/// numbers, names without surrounding Unicode spaces) is read from the bytes by column
/// index (`CSVRunColumns`); any other row goes through `RecordReader` and `RunReader`,
/// which give the same run or say precisely what is wrong.
enum NativeCSV {
    static let knownColumns: Set<String> = Set(["model", "hardware", "gpus", "concurrency", "quality", "source",
                                                 "concurrency_estimated", "labels"] + RunField.allCases.map(\.key))

    /// How much work a read took, for the tests that loading stays linear and that a file
    /// is not held whole.
    struct Counts {
        var rows = 0
        var lookups = 0
        /// The most bytes of the file held at once.
        var heldBytes = 0
    }

    /// Bytes read at a time from a file; a record longer than that is given as many more.
    static let blockBytes = 1 << 20

    static func read(_ bytes: [UInt8], file: String, options: LoadOptions) -> (Dataset?, [DataProblem]) {
        var counts = Counts()
        return read(bytes, file: file, options: options, counts: &counts)
    }

    static func read(_ bytes: [UInt8], file: String, options: LoadOptions, counts: inout Counts) -> (Dataset?, [DataProblem]) {
        var whole = bytes
        return read(&whole, total: bytes.count, file: file, options: options, counts: &counts,
                    more: Optional<(inout [UInt8]) throws(Never) -> Bool>.none)
    }

    /// The file at `path` read a block at a time: what `read` gives for its bytes, without
    /// holding them whole (the bytes of rows not yet read: a block or two).
    static func read(path: String, options: LoadOptions, blockBytes: Int = blockBytes,
                     counts: inout Counts) throws(FileSource.Failure) -> (Dataset?, [DataProblem]) {
        let blocks = try DataFile.Blocks(path)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(2 * blockBytes)
        // A record that a block cuts is carried into the next read, which is as long as it.
        let next = { (buffer: inout [UInt8]) throws(FileSource.Failure) -> Bool in
            try blocks.next(into: &buffer, count: max(blockBytes, buffer.count))
        }
        let rest: ((inout [UInt8]) throws(FileSource.Failure) -> Bool)? = try next(&buffer) ? next : nil
        return try read(&buffer, total: blocks.size, file: path, options: options, counts: &counts, more: rest)
    }

    /// Reads `buffer` and, while `more` appends to it, what follows, dropping the rows read.
    /// A problem that the file would be refused for had it been checked whole first (not
    /// UTF-8, not CSV) is its only one; the rest is still read, for `more` to refuse a NUL
    /// byte, which comes before anything.
    private static func read<E: Error>(_ buffer: inout [UInt8], total: Int, file: String, options: LoadOptions,
                                       counts: inout Counts,
                                       more: ((inout [UInt8]) throws(E) -> Bool)?) throws(E) -> (Dataset?, [DataProblem]) {
        var log = ProblemLog(file: file)
        var reading: Reading? = nil
        var headerRead = false
        var rows = 0
        var line = 1
        var passed = 0
        var separator: UInt8? = nil
        var utf8 = UTF8Validation()
        utf8.add(buffer[...])
        var refusal: (location: String?, message: String)? = nil
        var final = more == nil
        while true {
            if !utf8.valid || (final && !utf8.finished) {
                refusal = (nil, "not valid UTF-8 text; expected a CSV file")
            }
            var used = buffer.count
            if refusal == nil {
                // The closure's error is untyped through `withUnsafeBufferPointer`: carried out as a result.
                let scanned = buffer.withUnsafeBufferPointer { bytes in
                    Result { () throws(CSVReader.SyntaxError) -> Int in
                        if separator == nil { separator = CSVReader.separator(of: bytes, final: final) }
                        guard let separator else { return 0 }
                        return try CSVReader.scan(bytes, separator: separator, line: &line, final: final) { line, fields in
                            guard headerRead else {
                                headerRead = true
                                reading = Reading(header: fields.map { $0.string(in: bytes).trimmingSpaces },
                                                  options: options, log: &log)
                                return
                            }
                            rows += 1
                            if rows == 256, let last = fields.last {
                                reading?.assembler.reserve(runs: rows, read: passed + last.end, total: total)
                            }
                            reading?.row(line: line, fields: fields, bytes: bytes, log: &log)
                        }
                    }
                }
                switch scanned {
                case .success(let count): used = count
                case .failure(let error): refusal = (error.location, error.message)
                }
            }
            counts.heldBytes = max(counts.heldBytes, buffer.count)
            guard let more, !final else { break }
            buffer.removeSubrange(..<used)
            passed += used
            let start = buffer.count
            final = try !more(&buffer)
            utf8.add(buffer[start...])
        }
        if let refusal {
            // As if checked whole first: a file that is not CSV has this one problem.
            log = ProblemLog(file: file)
            log.error(refusal.location, nil, refusal.message)
            return (nil, log.problems)
        }
        guard headerRead else {
            log.error(nil, nil, "the file is empty; expected a header row naming the columns")
            return (nil, log.problems)
        }
        guard reading != nil else { return (nil, log.problems) }
        if rows == 0 { log.error(nil, nil, "no runs: the file has a header but no rows") }
        // In place: a copy of the reading would copy its runs when they are compacted.
        let dataset = reading!.finish(file: file, log: &log)
        counts.rows = rows
        counts.lookups = reading!.lookups
        return (log.hasErrors ? nil : dataset, log.problems)
    }

    /// The state of one read once its header is known.
    private struct Reading {
        let columns: [String]
        let runColumns: CSVRunColumns
        let options: LoadOptions
        var assembler: DatasetAssembler
        /// The metrics of the quality columns, in column order, and each column's metric.
        let metrics: [String]
        let qualityColumns: [(column: String, index: Int, metric: Int)]
        /// Per metric: model → (score, the line it was last given on).
        var scores: [[String: (Double, Int)]]
        /// Each setup's labels once, by their text.
        var labels: [String: [SetupLabel]] = [:]
        var modelOrder = NameIndex()
        var lookups = 0
        var values: [Double?]

        /// Nil (with errors logged) when the header is unusable.
        init?(header columns: [String], options: LoadOptions, log: inout ProblemLog) {
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
            guard !log.hasErrors else { return nil }
            self.columns = columns
            self.options = options
            runColumns = CSVRunColumns(columns)
            assembler = DatasetAssembler(options: options)
            var metricIndex = NameIndex()
            var quality: [(String, Int, Int)] = []
            for (i, column) in columns.enumerated() where column == "quality" || column.hasPrefix("quality:") {
                // The first column of a name is the one a record reads.
                guard columns.firstIndex(of: column) == i else { continue }
                let metric = column == "quality" ? "quality" : String(column.dropFirst("quality:".count))
                quality.append((column, i, metricIndex.insert(metric).position))
            }
            qualityColumns = quality
            metrics = metricIndex.names
            scores = Array(repeating: [:], count: metrics.count)
            values = Array(repeating: nil, count: quality.count)
        }

        mutating func row(line: Int, fields: [CSVReader.Field], bytes: UnsafeBufferPointer<UInt8>, log: inout ProblemLog) {
            guard fields.count == columns.count else {
                log.error("line \(line)", nil, "has \(fields.count) fields; expected \(columns.count) as in the header")
                return
            }
            // The fast path: every cell plain, nothing logged until all are read.
            if let fast = runColumns.fields(bytes, fields, options: options, labels: &labels), readScores(fields, bytes) {
                let hardware = fast.hardware
                guard let run = RunReader.finish(consume fast, at: "line \(line)", log: &log) else {
                    assembler.rejectedHardware.append((hardware, "line \(line)"))
                    return
                }
                add(run, line: line, scores: values, log: &log)
                return
            }
            let record = CSVReader.Record(line: line, fields: fields.map { $0.string(in: bytes) })
            guard let reader = RecordReader.csvRow(record, columns: columns, log: &log) else { return }
            guard let run = RunReader.read(reader, options: options, log: &log) else {
                assembler.reject(reader, options: options)
                return
            }
            let scores = qualityColumns.map { reader.number($0.column, .nonNegative, log: &log) }
            add(run, line: line, scores: scores, log: &log)
        }

        /// Reads the quality cells into `values`; false when one is not plain.
        private mutating func readScores(_ fields: [CSVReader.Field], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            for (k, column) in qualityColumns.enumerated() {
                let field = fields[column.index]
                guard !field.escaped, let (s, e) = DecimalBytes.trimmed(bytes, field.start, field.end) else { return false }
                if s == e {
                    values[k] = nil
                    continue
                }
                guard let v = DecimalBytes.number(bytes, s, e), v.isFinite, RecordReader.Rule.nonNegative.accepts(v) else { return false }
                values[k] = v
            }
            return true
        }

        /// Rows of one model mostly follow each other: its scores are kept here while they
        /// do, and looked up and stored only when the model changes.
        var currentModel: String? = nil
        var currentScores: [(Double, Int)?] = []

        private mutating func add(_ run: consuming Run, line: Int, scores values: [Double?], log: inout ProblemLog) {
            if run.model != currentModel {
                storeCurrentScores()
                currentModel = run.model
                modelOrder.insert(run.model)
                lookups += metrics.count
                currentScores = scores.map { $0[run.model] }
            }
            for (k, column) in qualityColumns.enumerated() {
                guard let score = values[k] else { continue }
                let metric = column.metric
                if let (earlier, at) = currentScores[metric], earlier != score {
                    log.error("line \(line)", column.column, "\(quoted(run.model)) scores \(JSONWriter.number(score)) here but \(JSONWriter.number(earlier)) at line \(at); expected one score per model")
                }
                currentScores[metric] = (score, line)
            }
            assembler.add(run, at: .line(Int32(line)))
        }

        private mutating func storeCurrentScores() {
            guard let model = currentModel else { return }
            for (metric, score) in currentScores.enumerated() where score != nil { scores[metric][model] = score }
        }

        mutating func finish(file: String, log: inout ProblemLog) -> Dataset {
            storeCurrentScores()
            assembler.models = modelOrder.names.map { name in
                var quality: [String: Double] = [:]
                for (m, metric) in metrics.enumerated() {
                    if let (score, _) = scores[m][name] { quality[metric] = score }
                }
                return Model(name: name, quality: quality)
            }
            let used = Set(metrics.indices.filter { !scores[$0].isEmpty }.map { metrics[$0] })
            let baseName = file.split(separator: "/").last.map(String.init) ?? file
            let name = baseName.hasSuffix(".csv") ? String(baseName.dropLast(4)) : baseName
            let dataset = assembler.assemble(
                name: name, description: nil, provenance: "read from \(baseName)",
                workload: assembler.commonWorkload,
                defaultMetric: used.count == 1 ? used.first : used.sorted().first, log: &log)
            lookups += modelOrder.lookups + assembler.lookups
            return dataset
        }
    }
}
