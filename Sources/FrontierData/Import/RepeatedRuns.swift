import FrontierCore

/// Result files that measured the same model on the same setup at the same concurrency
/// (a benchmark run twice) become one run, as a native dataset allows only one per level:
/// counts and durations add up, request throughput is the pooled requests / duration
/// where every run gives both, and every other figure is the mean of those that give it.
/// Reports average repeated runs the same way, so importing first changes no figure.
enum RepeatedRuns {
    /// Groups runs by setup (workload shape included) and level, in order of first appearance.
    static func grouped<T>(_ items: [T], run: (T) -> Run) -> [[T]] {
        var index: [String: Int] = [:]
        var groups: [[T]] = []
        let shapes = WorkloadShapes(items.lazy.map(run))
        for item in items {
            let r = run(item)
            let key = "\(r.model)\u{0}\(r.hardware.lowercased())\u{0}\(r.gpus)\u{0}\(r.concurrency)\u{0}\(shapes.index(of: r) ?? -1)\u{0}\(r.labels.map { "\($0.key)=\($0.value)" }.joined(separator: "\u{0}"))"
            if let i = index[key] { groups[i].append(item) } else {
                index[key] = groups.count
                groups.append([item])
            }
        }
        return groups
    }

    /// One run standing for `runs` (at least one; a single run comes back unchanged).
    static func merge(_ runs: [Run]) -> Run {
        guard var merged = runs.first, runs.count > 1 else { return runs[0] }
        let additive: Set<RunField> = [.requests, .failed, .durationS]
        for field in RunField.allCases {
            let values = runs.compactMap { $0[field] }
            if additive.contains(field) {
                merged[field] = values.count == runs.count ? values.reduce(0, +) : nil
            } else {
                merged[field] = values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
            }
        }
        if let n = merged[.requests], let t = merged[.durationS], t > 0 { merged[.requestThroughput] = n / t }
        merged.derived = runs.reduce(into: RunFields()) { $0.formUnion($1.derived) }
        merged.concurrencyEstimated = runs.contains { $0.concurrencyEstimated }
        merged.intervals = RequestIntervals.repeated(runs, merged: merged)
        merged.source = "mean of \(runs.count) runs: " + runs.map { $0.source ?? "?" }.joined(separator: " | ")
        return merged
    }
}
