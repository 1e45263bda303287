import FrontierCore

extension State {
    /// What differs from the pinned scenario, each as "GPU price $15,000 → $30,000": the
    /// sliders on screen, the sort key, the metric, the workload shape and the operating point. Empty without a
    /// pin, or when nothing differs.
    public var pinDifferences: [String] {
        guard let pinned else { return [] }
        var then = self
        then.scenario = pinned
        var differences = sliders.compactMap { kind -> String? in
            let was = kind.label(then), now = kind.label(self)
            return was == now ? nil : "\(kind.title) \(was) → \(now)"
        }
        if pinned.sortKey != scenario.sortKey { differences.append("sort \(pinned.sortKey.rawValue) → \(scenario.sortKey.rawValue)") }
        if pinned.metric != scenario.metric {
            differences.append("metric \(pinned.metric ?? "default") → \(scenario.metric ?? "default")")
        }
        if pinned.shape != scenario.shape {
            differences.append("shape \(pinned.shape ?? data.defaultShape ?? "default") → \(scenario.shape ?? data.defaultShape ?? "default")")
        }
        if pinned.operatingPoint != scenario.operatingPoint {
            differences.append(scenario.operatingPoint == .best ? "each at its best" : "all at one concurrency")
        }
        if differences.isEmpty, pinned.costOverrides != scenario.costOverrides { differences.append("another profile's costs") }
        return differences
    }

    /// The ranking title's note of the pin: nil without one.
    var pinNote: String? {
        guard pinned != nil else { return nil }
        let differences = pinDifferences
        return "pinned: " + (differences.isEmpty ? "no change yet" : differences.joined(separator: ", "))
    }
}
