import Foundation

/// A latency objective: one statistic of one latency metric at most `maxMs`.
///
/// ```swift
/// let slos = try LatencySLO.parseList("ttft-p99=2000,tpot-mean=50")
/// slos[0].field      // .p99TTFTms
/// slos[0].name       // "TTFT p99"
/// ```
public struct LatencySLO: Hashable, Sendable, CustomStringConvertible {
    public var metric: LatencyMetric
    public var statistic: LatencyStatistic
    public var maxMs: Double

    public init(_ metric: LatencyMetric, _ statistic: LatencyStatistic, maxMs: Double) {
        self.metric = metric
        self.statistic = statistic
        self.maxMs = maxMs
    }

    /// The old `--slo-ttft`: mean time to first token.
    public static func meanTTFT(_ maxMs: Double) -> LatencySLO { LatencySLO(.ttft, .mean, maxMs: maxMs) }

    /// The run field it reads.
    public var field: RunField { RunField(metric, statistic) }

    /// "mean TTFT", "TTFT p99": how reports and reasons name it.
    public var name: String {
        statistic == .mean ? "mean \(metric.title)" : "\(metric.title) \(statistic.rawValue)"
    }

    /// "TTFT p99 ≤ 2.0 s".
    public var description: String { "\(name) ≤ \(Format.milliseconds(maxMs))" }

    /// Parses `METRIC-STATISTIC=MS[,…]`, e.g. `ttft-p99=2000,tpot-mean=50`. Each pair of
    /// metric and statistic at most once.
    public static func parseList(_ text: String) throws(SLOParseError) -> [LatencySLO] {
        var slos: [LatencySLO] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let slo = try parse(item.trimmingCharacters(in: .whitespaces))
            if slos.contains(where: { $0.field == slo.field }) {
                throw SLOParseError("\(slo.metric.rawValue)-\(slo.statistic.rawValue) is given twice")
            }
            slos.append(slo)
        }
        return slos
    }

    private static func parse(_ item: String) throws(SLOParseError) -> LatencySLO {
        let expected = "expected METRIC-STATISTIC=MS with METRIC one of \(LatencyMetric.allCases.map(\.rawValue).joined(separator: "|")) and STATISTIC one of \(LatencyStatistic.allCases.map(\.rawValue).joined(separator: "|")), such as ttft-p99=2000"
        let sides = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard sides.count == 2 else { throw SLOParseError("\"\(item)\": \(expected)") }
        let names = sides[0].lowercased().split(separator: "-", omittingEmptySubsequences: false)
        guard names.count == 2, let metric = LatencyMetric(rawValue: String(names[0])),
              let statistic = LatencyStatistic(rawValue: String(names[1])) else {
            throw SLOParseError("\"\(sides[0])\" is no latency statistic: \(expected)")
        }
        guard let ms = Double(sides[1]), ms > 0, ms.isFinite else {
            throw SLOParseError("\"\(item)\": the limit must be a number of ms > 0")
        }
        return LatencySLO(metric, statistic, maxMs: ms)
    }
}

/// A latency a result file may report.
public enum LatencyMetric: String, CaseIterable, Sendable {
    case ttft, tpot, itl, e2e

    public var title: String { rawValue.uppercased() }
}

/// A statistic of a latency over a run's requests.
public enum LatencyStatistic: String, CaseIterable, Sendable {
    case mean, p50, p90, p95, p99
}

/// What is wrong with an SLO list, said to the user as it is.
public struct SLOParseError: Error, Equatable, CustomStringConvertible {
    public let description: String

    init(_ description: String) { self.description = description }
}

extension RunField {
    /// The field of one latency statistic. The latency fields are declared metric by
    /// metric, each with its statistics in `LatencyStatistic` order, from `meanTTFTms`.
    public init(_ metric: LatencyMetric, _ statistic: LatencyStatistic) {
        let m = LatencyMetric.allCases.firstIndex(of: metric)!, s = LatencyStatistic.allCases.firstIndex(of: statistic)!
        self.init(rawValue: RunField.meanTTFTms.rawValue + m * LatencyStatistic.allCases.count + s)!
    }

    /// The metric and statistic of a latency field; nil for the others.
    public var latency: (metric: LatencyMetric, statistic: LatencyStatistic)? {
        let offset = rawValue - RunField.meanTTFTms.rawValue, per = LatencyStatistic.allCases.count
        guard offset >= 0, offset < LatencyMetric.allCases.count * per else { return nil }
        return (LatencyMetric.allCases[offset / per], LatencyStatistic.allCases[offset % per])
    }
}

extension [LatencySLO] {
    /// "mean TTFT ≤ 500 ms, TPOT p99 ≤ 50 ms", or "none".
    public var summary: String { isEmpty ? "none" : map(\.description).joined(separator: ", ") }
}
