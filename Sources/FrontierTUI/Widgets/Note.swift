import FrontierCore

/// Why a row is not ranked as measured, in three lengths: the whole reason, a short form
/// for a narrow note column, and a one-character marker when even that does not fit (the
/// help lists the markers).
struct Note {
    let long: String
    let short: String
    let marker: Character

    /// Borrows the entry: the ranking asks every row for its note, and a copy of each
    /// would retain all it holds.
    init?(_ entry: borrowing Entry) {
        if let exclusion = entry.exclusion {
            (long, short, marker) = (exclusion.description, exclusion.short, Self.marker(exclusion))
        } else if entry.point.isClamped {
            (long, short, marker) = ("clamped", "clamped", "~")
        } else if let rate = entry.point.failureRate, rate > 0 {
            (long, short, marker) = ("\(FailureRate.text(rate)) failed", "\(FailureRate.text(rate)) failed", "%")
        } else {
            return nil
        }
    }

    static func marker(_ exclusion: Exclusion) -> Character {
        switch exclusion {
        case .overBudget: "$"
        case .missesSLO: "S"
        case .noLatency: "T"
        case .noData: "-"
        case .notComputable: "x"
        case .tooManyFailures: "%"
        }
    }

    /// The markers, for the help.
    static let legend = "Ranking: ● frontier, A–E marked, $ over budget, S misses SLO, T no TTFT, - no data, x no figures, ~ clamped, % requests failed"
}
