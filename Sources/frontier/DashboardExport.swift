import Foundation
import FrontierCore
import FrontierData
import FrontierTUI

/// What `e` and `E` write from the dashboard: the `frontier report` of the view (its
/// scenario, its filter if one is on, the setups marked) with every setup's curve, through `AtomicFile`
/// into the working folder, as `frontier-<dataset>-<time>.md` or `.json`.
enum DashboardExport {
    /// Writes the file; the status line's message: the file's name, or why nothing was written.
    static func write(_ format: ExportFormat, _ session: Session, hardware: String?, now: Date = Date()) -> String {
        let filter = session.state.filter
        // A marked setup the filter hides has no entry: named by model and hardware.
        let marked = session.state.marked.map { setup in
            session.analysis.entries.first { $0.configuration == setup }?.label ?? "\(setup.model) \(setup.hardwareLabel)"
        }
        let report = Report(dataset: session.dataset, analysis: session.analysis, hardware: hardware,
                            options: Report.Options(curves: true, filter: filter.isEmpty ? nil : filter, marked: marked))
        let name = fileName(dataset: session.dataset.name, extension: format == .json ? "json" : "md", now: now)
        let text = format == .json ? report.render(.json) : report.render(.markdown)
        do throws(AtomicFile.Failure) {
            try AtomicFile.write(text, to: name)
            return "exported \(name) (\(format == .json ? "JSON" : "Markdown"), \(session.analysis.entries.count) setups)"
        } catch {
            return "not exported: \(error.message)"
        }
    }

    /// What `S` writes: the session's scenario as a scenario file, `frontier-<dataset>-<time>.toml`.
    static func saveScenario(_ session: Session, now: Date = Date()) -> String {
        let name = fileName(dataset: session.dataset.name, extension: "toml", now: now)
        do throws(AtomicFile.Failure) {
            let plan = session.state.plan
            try AtomicFile.write(ScenarioFile(session.state.scenario, volume: String(Int(plan.requestsPerDay.rounded())), peak: plan.peak).text, to: name)
            return "scenario saved to \(name) (--scenario \(name) reads it)"
        } catch {
            return "scenario not saved: \(error.message)"
        }
    }

    /// `frontier-<dataset>-<yyyyMMdd-HHmmss>.<ext>`, the dataset's name kept to letters,
    /// digits, `.`, `_` and `-` so that it is one plain file name.
    static func fileName(dataset: String, extension: String, now: Date) -> String {
        let safe = String(dataset.unicodeScalars.map { scalar in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "._-".unicodeScalars.contains(scalar)) ? Character(scalar) : "-"
        }.prefix(60))
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return "frontier-\(safe.isEmpty ? "data" : safe)-\(formatter.string(from: now)).\(`extension`)"
    }
}
