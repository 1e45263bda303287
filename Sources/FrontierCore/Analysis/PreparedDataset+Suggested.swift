extension PreparedDataset {
    /// A concurrency to open on when the operator names none: the measured level that lies
    /// in the most configurations' optimal zones (the lower level on a tie), so the first
    /// comparison is at a level most models run economically. Nil for an empty dataset.
    public func suggestedConcurrency(_ scenario: Scenario = Scenario()) -> Double? {
        // The zones alone, which the concurrency does not change: the analysis that
        // follows at the concurrency found reuses these curves.
        let zones = Analysis.curves(self, scenario).curves.zones.compactMap { $0 }
        let levels = Set(series.flatMap(\.levels)).sorted()
        return levels.max { a, b in
            let ca = zones.count { $0.contains(a) }, cb = zones.count { $0.contains(b) }
            return ca != cb ? ca < cb : a > b
        }
    }
}
