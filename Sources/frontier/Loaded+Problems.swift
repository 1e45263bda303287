import FrontierData
import FrontierTUI

extension Loaded {
    /// What the dashboard's `!` lists: the errors of the files not loaded, then the
    /// warnings, the same one over many files once.
    var problemLines: [String] { DataProblem.collapsed(notLoaded + warnings) }

    /// The action that tells the dashboard so.
    var problems: Action { .loadProblems(notLoaded: filesNotLoaded.count, lines: problemLines) }
}
