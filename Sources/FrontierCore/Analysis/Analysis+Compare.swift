extension Analysis {
    /// Entry `i` at its best level (the cheapest meeting the SLO), and why it would not be
    /// ranked there: what `b` shows for every setup, for one setup beside its figures here.
    public func atBest(_ i: Int) -> (estimate: Estimate, exclusion: Exclusion?) {
        Draft.best(entries[i].curve, zone: entries[i].zone, sloShortfall: entries[i].sloShortfall, scenario: scenario)
    }
}
