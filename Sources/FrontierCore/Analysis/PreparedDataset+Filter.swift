extension PreparedDataset {
    /// The setups a filter typed by the operator keeps: those whose model, hardware
    /// (`2×A800`) or label contains `query`, ignoring case. An empty query keeps all.
    ///
    /// ```swift
    /// let llamas = prepared.filtered(by: "llama")
    /// let analysis = Analysis(llamas, scenario)   // ranking, frontier and counts of llamas only
    /// ```
    public func filtered(by query: String) -> PreparedDataset {
        let needle = query.lowercased()
        guard !needle.isEmpty else { return self }
        let kept = series.indices.filter { s in
            let c = series[s].configuration
            return [c.model, c.hardwareLabel, labels[s]].contains { $0.lowercased().contains(needle) }
        }
        return PreparedDataset(self, keeping: kept)
    }
}
