/// How an interval reads, wherever one is shown: the report and the dashboard's details
/// say it in the same words.
extension Uncertainty.Point {
    /// Each figure that has an interval: "workload $0.510–$0.580", "120–130 req/s",
    /// "TTFT 210 ms–250 ms".
    public var figures: [String] {
        var parts: [String] = []
        if let c = workloadCost { parts.append("workload \(Format.costBound(c.low))–\(Format.costBound(c.high))") }
        if let r = requestThroughput { parts.append("\(Format.significant(r.low, digits: 3))–\(Format.significant(r.high, digits: 3)) req/s") }
        if let t = meanTTFTms { parts.append("TTFT \(Format.milliseconds(t.low))–\(Format.milliseconds(t.high))") }
        return parts
    }

    /// What the intervals rest on: "t over repeated runs, 3"; nil with none (a point always
    /// has one of the two measured intervals).
    public var basis: String? {
        [requestThroughput, meanTTFTms].compactMap { $0 }.first.map { "\($0.method.rawValue), \(Format.grouped($0.samples))" }
    }
}

extension Format {
    /// A dollar bound of an interval to three significant digits (two decimals would show
    /// most intervals as one figure twice), "$∞" when unbounded.
    public static func costBound(_ dollars: Double) -> String { dollars.isFinite ? "$" + significant(dollars, digits: 3) : "$∞" }
}
