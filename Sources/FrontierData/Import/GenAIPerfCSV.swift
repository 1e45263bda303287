import Foundation
import FrontierCore

/// GenAI-Perf's `profile_export_genai_perf.csv` (and AIPerf's CSV, laid out alike): a
/// `Metric,avg,min,max,p99,…` table, a blank line, a `Metric,Value` table of throughputs;
/// numbers may be quoted with thousands separators ("1,146.31"). The CSV names neither
/// model nor concurrency: both come from the folder name the tools give each run,
/// `MODEL-SERVICE-ENDPOINT-concurrencyN`, or from `--run-model` and `--run-concurrency`.
enum GenAIPerfCSV {
    /// First-table rows read (name without its unit, lowercased) → (column, field).
    static let distributionRows: [String: [(String, RunField)]] = [
        "time to first token": AIPerfResult.latencyStatistics(.ttft),
        "inter token latency": AIPerfResult.latencyStatistics(.itl),
        "request latency": AIPerfResult.latencyStatistics(.e2e),
        "input sequence length": [("avg", .meanInputTokens)],
        "output sequence length": [("avg", .meanOutputTokens)],
    ]
    /// `Metric,Value` rows read.
    static let valueRows: [String: RunField] = [
        "request throughput": .requestThroughput, "output token throughput": .outputTokensPerS,
        "total token throughput": .totalTokensPerS, "request count": .requests, "benchmark duration": .durationS,
        "error request count": .failed,
    ]
    /// The decimals AIPerf's CSV rounds figures to: a request throughput this close to
    /// request count ÷ duration is that ratio rounded (0.05 for 0.0523 is 5 % off).
    static let roundedTo = 0.005
    /// Where a folder name's model part ends: the service and endpoint the tools append.
    static let serviceMarkers = ["-openai-", "-triton-", "-tensorrtllm_engine", "-dynamic_grpc"]

    /// `stated`: the options that may say what the folder name does not.
    static func read(_ text: String, file: String, stated: LoadOptions, log: inout ProblemLog) -> [ImportedRun] {
        let records: [CSVReader.Record]
        do { records = try CSVReader.records(text) } catch {
            log.error(error.location, nil, error.message)
            return []
        }
        var header: [String]? = nil
        var version = "GenAI-Perf columns"
        var m = Measurements()
        for record in records {
            let first = record.fields[0].trimmingSpaces
            if first.lowercased() == "metric" {
                header = record.fields.map { $0.trimmingSpaces.lowercased() }
                if header!.contains("std") || header!.contains("p1") { version = "AIPerf columns" }
                continue
            }
            // A third table (AIPerf's GPU telemetry) has another header: nothing more to read.
            if record.fields.count > 2 && record.fields.contains(where: { $0.trimmingSpaces.lowercased() == "metric" }) { break }
            guard let columns = header else {
                log.error("line \(record.line)", nil, "expected a header row starting with Metric, found \(quoted(first))")
                return []
            }
            let location = "line \(record.line)"
            // Fields are named "Time To First Token (ms), p99" in messages.
            guard let row = RecordReader.csvRow(record, columns: columns, keys: columns.map { "\(first), \($0)" }, field: first,
                                                cell: { ungrouped($0.trimmingSpaces) }, log: &log) else { continue }
            let (name, unitText) = split(first)
            let reads: [(String, RunField)] = columns == ["metric", "value"]
                ? valueRows[name].map { [("value", $0)] } ?? []
                : distributionRows[name] ?? []
            guard !reads.isEmpty else { continue }
            for (column, field) in reads {
                let kind: MetricUnit.Kind = [.requests, .failed, .meanInputTokens, .meanOutputTokens].contains(field) ? .count
                    : [.requestThroughput, .outputTokensPerS, .totalTokensPerS].contains(field) ? .perSecond : .time
                guard let unit = MetricUnit.parse(unitText, kind: kind) else {
                    log.error(location, first, "unit \(quoted(unitText)) is not \(kind == .time ? "a time (ms, s, sec)" : kind == .perSecond ? "a rate (per sec, requests/sec, tokens/sec)" : "a count")")
                    break
                }
                let rule: RecordReader.Rule = field == .requests ? .wholeAtLeastOne : field == .failed ? .wholeNonNegative
                    : kind == .perSecond ? .positive : .nonNegative
                guard let value = row.number("\(first), \(column)", rule, required: (field.latency?.statistic ?? .mean) == .mean, log: &log) else { continue }
                m[field] = field == .durationS ? unit.convert(value) / 1000 : unit.convert(value)
            }
        }
        if header == nil { log.error(nil, nil, "the file is empty; expected a Metric,avg,… table") }
        if m[.requestThroughput] == nil && m[.outputTokensPerS] == nil && !log.hasErrors {
            log.error(nil, "Request Throughput", "missing; expected a Metric,Value table with a Request Throughput row")
        }
        let named = setup(file)
        if named == nil {
            let missing = [stated.model == nil ? "--run-model NAME" : nil, stated.concurrency == nil ? "--run-concurrency N" : nil].compactMap { $0 }
            if !missing.isEmpty {
                log.error(nil, "model", "the CSV names no model or concurrency, and its folder \(quoted(folder(of: file))) is not named as GenAI-Perf and AIPerf name runs (MODEL-openai-chat-concurrencyN); give \(missing.joined(separator: " and ")), or import the JSON export instead")
            }
        }
        guard !log.hasErrors else { return [] }
        var run = ImportedRun(location: "$", model: named?.model, modelField: "folder name", version: version)
        run.measurements = m
        run.concurrency = named?.concurrency
        if let named { run.notes = ["model\(named.concurrency == nil ? "" : " and concurrency") from the folder name"] }
        if let count = m[.requests], let duration = m[.durationS], let rounded = m[.requestThroughput], duration > 0 {
            let ratio = count / duration
            if ratio != rounded && abs(ratio - rounded) <= roundedTo * (1 + 1e-9) {
                run[.requestThroughput] = ratio
                run.notes.append("request throughput \(Format.significant(ratio, digits: 4)) req/s from request count ÷ duration (the file's \(JSONWriter.number(rounded)) is rounded)")
            }
        }
        return [run]
    }

    /// "Time To First Token (ms)" → ("time to first token", "ms").
    static func split(_ metric: String) -> (name: String, unit: String) {
        guard metric.hasSuffix(")"), let open = metric.lastIndex(of: "(") else { return (metric.lowercased(), "") }
        let name = String(metric[..<open]).trimmingSpaces.lowercased()
        let unit = String(metric[metric.index(after: open)..<metric.index(before: metric.endIndex)]).trimmingSpaces.lowercased()
        return (name, unit)
    }

    /// "1,146.31" → "1146.31": commas only where they group thousands; anything else is
    /// left for the number check to refuse.
    static func ungrouped(_ cell: String) -> String {
        guard cell.contains(",") else { return cell }
        let unsigned = cell.hasPrefix("-") ? cell.dropFirst() : Substring(cell)
        let integer = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
        let digits = groups.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
        guard digits, (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return cell }
        return cell.replacingOccurrences(of: ",", with: "")
    }

    /// The model and concurrency from the run's folder name,
    /// `meta-llama_Llama-3.1-8B-Instruct-openai-chat-concurrency16`; the concurrency is nil
    /// for a request-rate run (`…-request_rate4`), which Little's law then estimates.
    static func setup(_ file: String) -> (model: String, concurrency: Double?)? {
        var rest = Substring(folder(of: file)), concurrency: Double? = nil, found = false
        for (marker, isConcurrency) in [("-concurrency", true), ("-request_rate", false)] {
            guard let range = rest.range(of: marker, options: .backwards), let n = Double(rest[range.upperBound...]), n > 0 else { continue }
            if isConcurrency { concurrency = n }
            rest = rest[..<range.lowerBound]
            found = true
            break
        }
        if let end = serviceMarkers.compactMap({ rest.range(of: $0, options: .backwards)?.lowerBound }).max() {
            rest = rest[..<end]
        }
        guard found, !rest.isEmpty else { return nil }
        return (String(rest), concurrency)
    }

    /// The name of the folder holding `file`.
    static func folder(of file: String) -> String {
        let parts = file.split(separator: "/")
        return parts.count >= 2 ? String(parts[parts.count - 2]) : ""
    }
}
