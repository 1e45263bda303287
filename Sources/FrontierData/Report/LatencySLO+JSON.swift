import FrontierCore

extension [LatencySLO] {
    /// The SLOs as reports write them: `[{"metric": "ttft", "statistic": "p99", "max_ms": 2000}]`.
    var json: JSONValue {
        .array(map { .object(["metric": .string($0.metric.rawValue), "statistic": .string($0.statistic.rawValue),
                              "max_ms": .number($0.maxMs)]) })
    }
}
