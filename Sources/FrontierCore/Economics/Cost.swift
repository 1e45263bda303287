/// The cost formulas of DESIGN.md §4. All money is US dollars.
public enum Cost {
    /// Seconds to serve `requests` at `requestThroughput` req/s: T = N / throughput.
    public static func completionSeconds(requests: Double, requestThroughput: Double) -> Double {
        requests / requestThroughput
    }

    /// Cost of a workload: hourly × T / 3600. For the paper's own data, where a run is the
    /// whole test set, T equals its measured completion time.
    public static func workload(hourly: Double, requests: Double, requestThroughput: Double) -> Double {
        hourly * completionSeconds(requests: requests, requestThroughput: requestThroughput) / 3600
    }

    /// Average cost of one request: hourly / (3600 × req/s).
    public static func perRequest(hourly: Double, requestThroughput: Double) -> Double {
        hourly / (3600 * requestThroughput)
    }

    /// Cost of a million output tokens: hourly / (3600 × output tok/s) × 10⁶.
    public static func perMillionOutputTokens(hourly: Double, outputTokensPerS: Double) -> Double {
        hourly / (3600 * outputTokensPerS) * 1_000_000
    }
}
