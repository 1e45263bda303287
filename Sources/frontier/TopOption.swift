import ArgumentParser
import FrontierData

/// `--top N`, shared by `report` and `plan`: a text report of 100,000 setups is not read,
/// so text and Markdown show a screen or two unless told otherwise.
struct TopOption: ParsableArguments {
    @Option(help: ArgumentHelp("Show at most N setups, and N of those left out (default: \(Self.textTop) in text and Markdown, all in json, csv and ndjson).",
                               valueName: "N"))
    var top: Int?

    /// Setups the text and Markdown reports show by default.
    static let textTop = 50

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
    }

    /// How many setups a report in `format` shows: nil for all.
    func limit(for format: ReportFormat) -> Int? {
        top ?? (format == .text || format == .markdown ? Self.textTop : nil)
    }
}
