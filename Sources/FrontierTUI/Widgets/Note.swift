import FrontierCore

/// Why a row is not ranked as measured, in three lengths: the whole reason, a short form
/// for a narrow note column, and a one-character marker when even that does not fit (the
/// help lists the markers).
struct Note {
    let short: String
    let marker: Character
    /// The exclusion the note is of, nil for the other notes (whose whole reason is the short
    /// form).
    private let exclusion: Exclusion?

    /// The whole reason: written only for the rows on screen, while every row's short form
    /// is measured (below the lowest level, a hundred thousand rows have no data).
    var long: String { exclusion?.description ?? short }

    /// Borrows the entry: the ranking asks every row for its note, and a copy of each
    /// would retain all it holds.
    init?(_ entry: borrowing Entry) {
        guard Self.exists(for: entry) else { return nil }
        if let exclusion = entry.exclusion {
            (self.exclusion, short, marker) = (exclusion, exclusion.short, Self.marker(exclusion))
        } else if entry.point.isClamped {
            (exclusion, short, marker) = (nil, "clamped", "~")
        } else {
            (exclusion, short, marker) = (nil, "\(FailureRate.text(entry.point.failureRate ?? 0)) failed", "%")
        }
    }

    /// Whether `entry` has a note: excluded, clamped, or some of its requests failed. Read
    /// in place, as the ranking asks it of every row each frame: making each row's note,
    /// even to find there is none, was a twentieth of a step on a million runs.
    static func exists(for entry: borrowing Entry) -> Bool {
        entry.exclusion != nil || entry.point.isClamped || (entry.point.failureRate ?? 0) > 0
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
