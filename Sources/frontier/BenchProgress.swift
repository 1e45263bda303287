import Foundation
import FrontierCore
import FrontierLoad
import Synchronization

/// The progress line on standard error: one line a level, rewritten in place on a
/// terminal (`c=32 118/512 41.2 req/s TTFT p50 301 ms TPOT 27 ms fail 0 ETA 14s`), and
/// written once when the level ends otherwise.
final class BenchProgress: Sendable {
    private let runner = Mutex<LevelRunner?>(nil)
    private let inPlace: Bool
    private let quiet: Bool

    init(quiet: Bool) {
        self.quiet = quiet
        inPlace = isatty(STDERR_FILENO) == 1
    }

    func start(_ level: LevelRunner) {
        runner.withLock { $0 = level }
    }

    func tick() {
        guard !quiet, inPlace, let level = runner.withLock({ $0 }) else { return }
        write("\r" + Self.line(level.plan.concurrency, level.progress()) + "\u{1B}[K")
    }

    func finish(_ report: LevelReport) {
        runner.withLock { $0 = nil }
        guard !quiet else { return }
        var line = "c=\(report.concurrency) \(report.measuredSent) requests \(Self.number(report.requestThroughput)) req/s"
        line += " TTFT p50 \(Self.ms(report.percentile("ttft", 50))) TPOT \(Self.ms(report.meanTPOTms)) fail \(report.failed)"
        if report.clientLimited { line += " client-limited (\(Self.clientLimits(report)))" }
        write((inPlace ? "\r" : "") + line + (inPlace ? "\u{1B}[K\n" : "\n"))
        if report.tokensCounted > 0 {
            write("frontier: warning: c=\(report.concurrency): the server sent no usage for \(report.tokensCounted) request(s); their output tokens were counted from stream events (mean_output_tokens marked derived)\n")
        }
    }

    /// Why a level is client-limited, each reason with its figure.
    static func clientLimits(_ report: LevelReport) -> String {
        var reasons: [String] = []
        if report.lagged { reasons.append("lag p99 \(ms(report.lagP99Ms))") }
        if report.heldTooFew, let held = report.heldConcurrency {
            reasons.append("held \(number(held)) of \(report.concurrency) in flight")
        }
        return reasons.joined(separator: ", ")
    }

    static func line(_ c: Int, _ p: LevelProgress) -> String {
        let rate = p.elapsedS > 0 ? Double(p.done) / p.elapsedS : 0
        let eta = rate > 0 ? "\(Int((Double(max(0, p.planned - p.done)) / rate).rounded()))s" : "–"
        let ttft = p.ttftMs.isEmpty ? nil : Percentile.of(p.ttftMs, 50)
        let tpot = p.tpotMs.isEmpty ? nil : p.tpotMs.reduce(0, +) / Double(p.tpotMs.count)
        return "c=\(c) \(p.done)/\(p.planned) \(number(rate)) req/s TTFT p50 \(ms(ttft)) TPOT \(ms(tpot)) fail \(p.failed) ETA \(eta)"
    }

    private static func number(_ v: Double) -> String { Format.significant(v, digits: 3) }
    private static func ms(_ v: Double?) -> String { v.map { "\(Format.significant($0, digits: 3)) ms" } ?? "–" }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
