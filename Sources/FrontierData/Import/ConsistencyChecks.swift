import FrontierCore

/// Warnings about imported runs whose figures do not hang together, one line each with
/// the file and where in it. (Little's law is checked for every run by `RunReader`.)
enum ConsistencyChecks {
    /// Mean TPOT and mean ITL further apart than this ratio are worth a word.
    static let tpotITLTolerance = 1.25
    /// Repeated runs whose req/s or mean TTFT differ by more than this ratio disagree.
    static let repeatTolerance = 1.25

    static func check(_ run: Run, at location: String, log: inout ProblemLog) {
        if let failed = run[.failed], failed > 0 {
            let total = failed + (run[.requests] ?? 0)
            let share = run[.requests] == nil ? "" : " (\(Format.percent(failed / total)) of \(Format.grouped(Checked.int(total) ?? 0)))"
            log.warning(location, "failed", "\(Format.grouped(Checked.int(failed) ?? 0)) request(s) failed\(share); the figures describe the successful ones")
        }
        if let tpot = run[.meanTPOTms], let itl = run[.meanITLms], tpot > 0, itl > 0,
           max(tpot, itl) / min(tpot, itl) > tpotITLTolerance {
            log.warning(location, "mean_itl_ms",
                        "mean TPOT \(Format.significant(tpot, digits: 4)) ms and mean ITL \(Format.significant(itl, digits: 4)) ms differ by more than \(Format.percent(tpotITLTolerance - 1)): TPOT averages per request without the first token, ITL per gap between chunks; both are kept, neither replaces the other")
        }
        let missing = [RunField.p50TTFTms, .p99TTFTms].filter { run[$0] == nil }
        if !missing.isEmpty {
            log.warning(location, missing.map(\.key).joined(separator: ", "),
                        "missing: the file gives no \(missing.map { $0 == .p50TTFTms ? "median" : "99th percentile" }.joined(separator: " or ")) TTFT; tail latency cannot be judged")
        }
    }

    /// Warns when a repeat of a run disagrees with the first of its level.
    static func compare(_ repeatRun: Run, at location: String, file: String, with first: Run, firstFile: String,
                        log: inout ProblemLog) {
        for (field, unit) in [(RunField.requestThroughput, "req/s"), (.meanTTFTms, "ms mean TTFT")] {
            guard let a = repeatRun[field], let b = first[field], a > 0, b > 0, max(a, b) / min(a, b) > repeatTolerance else { continue }
            log.warning(location, field.key,
                        "disagrees with the run of \(quoted(first.model)) at concurrency \(Format.concurrency(first.concurrency)) in \(firstFile): \(Format.significant(a, digits: 4)) vs \(Format.significant(b, digits: 4)) \(unit), more than \(Format.percent(repeatTolerance - 1)) apart",
                        file: file)
        }
    }
}
