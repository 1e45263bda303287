import FrontierCore

/// The folders `vllm bench sweep serve` writes (vllm/benchmarks/sweep/serve.py): one
/// `run=N.json` per repeated run (a vLLM bench result, `VLLMResult`) in a folder per
/// combination of the swept `vllm serve` and `vllm bench serve` parameters, named after
/// them, with the combination's `summary.json` (its runs again, as one array) beside them
/// and the sweep's `summary.csv` (every run again) above:
/// - `SERVE--max_num_seqs=32-BENCH--max_concurrency=8` (parts left out when nothing of
///   the side is swept; a combination named with `_benchmark_name` gives the name),
/// - earlier `SERVE-max_num_seqs=32-BENCH-max_concurrency=8` and `serve-…-bench-…`.
/// `vllm bench sweep serve_sla` (serve_sla.py) puts each value its search tries in a
/// folder of its own inside the combination's, `request_rate=16/` or `max_concurrency=64/`
/// (holding `run=N.json` and `summary.json`), and every run of a search in
/// `SLA--p99_e2el_ms<=500.json` beside them.
/// Names are the `key=value` pairs joined with `-`, `/` written `_`: a piece without `=`
/// continues the value before it (`model=meta-llama_Llama-3.1-8B`).
enum VLLMSweep {
    /// What a combination folder's name says: serve parameters and bench parameters that
    /// are no load setting become labels (parallelism sizes as `tp`, `pp`, `dp`, whose
    /// product is the GPU count a vLLM server of them uses), the bench `max_concurrency`
    /// (or a `serve_sla` try's) the concurrency. Nil when the path is no sweep run file.
    static func combination(of path: String) -> (labels: [SetupLabel], concurrency: Double?, gpus: Int?)? {
        let parts = path.split(separator: "/")
        guard parts.count >= 2, isRunFile(parts[parts.count - 1]) else { return nil }
        var folder = parts[parts.count - 2], concurrency: Double? = nil
        if let searched = slaValue(folder), parts.count >= 3 {
            folder = parts[parts.count - 3]
            if searched.key == "max_concurrency" { concurrency = wholeCount(searched.value) }
        }
        let pieces = folder.split(separator: "-")
        guard let first = pieces.first, marker(first) != nil else { return nil }
        var labels: [SetupLabel] = []
        for (side, words) in sections(pieces) {
            let pairs = self.pairs(words)
            guard !pairs.isEmpty else {
                if !words.isEmpty { labels.append(SetupLabel(side, fromFile: words.joined(separator: "-"))) }
                continue
            }
            for (rawKey, value) in pairs {
                let key = rawKey.replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: ".", with: "_")
                if side == "bench", key == "max_concurrency" {
                    concurrency = wholeCount(Substring(value))
                } else if !(side == "bench" && loadKeys.contains(key)), ResultObject.isPlain(key), !value.contains(",") {
                    labels.append(SetupLabel(parallelism[key] ?? key, fromFile: value))
                }
            }
        }
        return (labels, concurrency, gpus(of: labels))
    }

    /// The GPUs a server of these parallelism labels uses, tp × pp × dp; nil without any,
    /// or when the product does not fit an Int (a name is any text).
    static func gpus(of labels: [SetupLabel]) -> Int? {
        let sizes = labels.filter { parallelism.values.contains($0.key) }.compactMap { Int($0.value) }.filter { $0 >= 1 }
        guard !sizes.isEmpty else { return nil }
        var product = 1
        for size in sizes {
            let (next, overflow) = product.multipliedReportingOverflow(by: size)
            if overflow { return nil }
            product = next
        }
        return product
    }

    /// Whether the files are `run=N.json` of one combination folder: the repeated runs
    /// `--num-runs` asks for.
    static func areRepeats(_ files: [String]) -> Bool {
        let folders = Set(files.map { $0.split(separator: "/").dropLast().joined(separator: "/") })
        return folders.count == 1 && files.allSatisfy { combination(of: $0) != nil }
    }

    /// Bench parameters that set the load, which the result file states itself.
    static let loadKeys: Set<String> = ["request_rate", "num_prompts"]
    /// `vllm serve` parallelism options and the labels the rest of Frontier gives them.
    static let parallelism = ["tensor_parallel_size": "tp", "pipeline_parallel_size": "pp", "data_parallel_size": "dp"]

    /// Why a sweep's summary is not read, or nil when the path is none: every figure in
    /// it is in the `run=N.json` files, which are read instead.
    static func skipReason(_ path: String, siblings: Set<String>) -> String? {
        guard let slash = path.lastIndex(of: "/") else { return nil }
        let folder = path[...slash]
        switch path[path.index(after: slash)...] {
        case "summary.json":
            guard siblings.contains(where: { $0.hasPrefix(folder) && combination(of: $0) != nil && !$0.dropFirst(folder.count).contains("/") }) else { return nil }
            return "a vllm bench sweep summary.json, the runs of the run=N.json files beside it, which are read instead"
        case let name where name.hasPrefix("SLA--") && name.hasSuffix(".json"):
            guard siblings.contains(where: { $0.hasPrefix(folder) && combination(of: $0) != nil }) else { return nil }
            return "a vllm bench sweep serve_sla search's runs, those of the run=N.json files below it, which are read instead"
        case "summary.csv":
            guard siblings.contains(where: { $0.hasPrefix(folder) && combination(of: $0) != nil }) else { return nil }
            return "a vllm bench sweep summary.csv, the runs of the run=N.json files below it, which are read instead"
        default:
            return nil
        }
    }

    /// The variable a `serve_sla` search tunes and its value, from the folder of one try.
    private static func slaValue(_ folder: Substring) -> (key: Substring, value: Substring)? {
        guard let eq = folder.firstIndex(of: "=") else { return nil }
        let key = folder[..<eq]
        return key == "request_rate" || key == "max_concurrency" ? (key, folder[folder.index(after: eq)...]) : nil
    }

    private static func wholeCount(_ text: Substring) -> Double? {
        Double(text).flatMap { $0 >= 1 && $0 == $0.rounded() ? $0 : nil }
    }

    /// `run=0.json`, `run=12.json`.
    private static func isRunFile(_ name: Substring) -> Bool {
        guard name.hasPrefix("run="), name.hasSuffix(".json") else { return false }
        let digits = name.dropFirst(4).dropLast(5)
        return !digits.isEmpty && digits.allSatisfy { ("0"..."9").contains($0) }
    }

    /// `"serve"` or `"bench"` for the words that open a side of the name.
    private static func marker(_ piece: Substring) -> String? {
        switch piece.lowercased() {
        case "serve": "serve"
        case "bench": "bench"
        default: nil
        }
    }

    /// The name's pieces after each marker (empty pieces, from `SERVE--`, dropped).
    private static func sections(_ pieces: [Substring]) -> [(String, [Substring])] {
        var sections: [(String, [Substring])] = []
        for piece in pieces where !piece.isEmpty {
            if let side = marker(piece) { sections.append((side, [])) } else if !sections.isEmpty { sections[sections.count - 1].1.append(piece) }
        }
        return sections
    }

    /// `key=value` pairs, a piece without `=` joined to the value before it (or, before
    /// the first pair, to its key: `max-num-seqs=32`); none when no piece has `=` (a
    /// named combination).
    private static func pairs(_ words: [Substring]) -> [(String, String)] {
        var pairs: [(String, String)] = [], keyStart: [Substring] = []
        for word in words {
            if let eq = word.firstIndex(of: "=") {
                let key = (keyStart + [word[..<eq]]).joined(separator: "-")
                pairs.append((key, String(word[word.index(after: eq)...])))
                keyStart = []
            } else if pairs.isEmpty {
                keyStart.append(word)
            } else {
                pairs[pairs.count - 1].1 += "-" + word
            }
        }
        return pairs
    }
}
