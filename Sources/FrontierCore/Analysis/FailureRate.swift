/// The share of a run's requests that failed: failed ÷ (completed + failed). The
/// figures of a run (throughput, latency) describe its successful requests, so its
/// costs count those only; the failures show how far that service can be trusted.
///
/// ```swift
/// FailureRate.of(completed: 13, failed: 87)   // 0.87
/// FailureRate.text(0.004)                     // "0.4%"
/// ```
public enum FailureRate {
    /// Nil unless both counts are known and some request was made.
    public static func of(completed: Double?, failed: Double?) -> Double? {
        guard let completed, let failed, completed >= 0, failed >= 0, completed + failed > 0 else { return nil }
        return failed / (completed + failed)
    }

    /// The failure rate of a run (`RunField.requests` completed, `.failed`).
    public static func of(_ run: Run) -> Double? { of(completed: run[.requests], failed: run[.failed]) }

    /// A percentage with one decimal below 10 %, so that a few failures never read "0%".
    public static func text(_ rate: Double) -> String {
        Format.fixed(rate * 100, decimals: rate < 0.1 ? 1 : 0) + "%"
    }
}
