import FrontierCore

extension Report {
    /// One row per model at the chosen concurrency, ranked first.
    public func csv() -> String {
        let header = ["rank", "name", "model", "hardware", "gpus", "quality", "concurrency", "clamped", "workload_cost_usd",
                      "cost_per_request_usd", "cost_per_million_output_tokens_usd", "mean_ttft_ms", "output_tokens_per_s",
                      "request_throughput", "on_frontier", "efficiency", "zone_low", "zone_high", "excluded_reason",
                      "failure_rate"]
        func number(_ v: Double?) -> String { v.map(JSONWriter.number) ?? "" }
        let rows = ordered.map { i -> [String] in
            let e = analysis.entries[i]
            return [e.rank.map(String.init) ?? "", e.label, e.configuration.model, e.configuration.hardware,
                    String(e.configuration.gpus), number(e.quality), number(e.point.concurrency), String(e.point.isClamped),
                    number(e.point.workloadCost), number(e.point.costPerRequest), number(e.point.costPerMillionOutputTokens),
                    number(e.point.meanTTFTms), number(e.point.outputTokensPerS), number(e.point.requestThroughput),
                    String(e.onFrontier), number(e.efficiency), number(e.zone?.low), number(e.zone?.high),
                    e.exclusion?.description ?? "", number(e.point.failureRate)]
        }
        return ([header] + rows).map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// RFC 4180 quoting, and a leading quote mark for text a spreadsheet would run as a formula.
    static func csvField(_ text: String) -> String {
        var s = Sanitize.line(text)
        if let first = s.first, "=+-@".contains(first), Double(s) == nil { s = "'" + s }
        return s.contains(where: { $0 == "," || $0 == "\"" }) ? "\"" + s.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\"" : s
    }
}
