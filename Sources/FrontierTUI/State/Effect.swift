/// What an action asks of the world outside the state, as a value: `update` returns them,
/// the runtime (`Dashboard`) carries them out and sends back an action with the outcome.
public enum Effect: Equatable, Sendable {
    /// Load a theme by catalog name or file path; its problems come back as `themeProblem`.
    case loadTheme(String)
    /// Read the data files again; the new data comes back through `Session.replace`, an
    /// invalid file as `problem`.
    case reloadData
    /// Write the view to a file; what to say comes back as `exported`.
    case export(ExportFormat)
    /// Write the scenario to a file; what to say comes back as `exported`.
    case saveScenario
    /// Read scenario file number N (from 1); its scenario comes back as `scenarioLoaded`,
    /// a broken file as `notice`.
    case loadScenario(Int)
    case quit
}
