import FrontierCore

/// What the Risk view (`x`) draws: the selected setup's tornado and flip points, its
/// intervals, and how often each setup is first over a seeded Monte Carlo. Costly at large
/// sizes (each flip point is about a hundred analyses, each draw one), so the session works
/// it out only while the view is shown, for the selected setup only, and with
/// `quickDraws` while a slider moves.
///
/// ```swift
/// let risk = RiskFigures(prepared, analysis, uncertainty, setup: 0, draws: RiskFigures.fullDraws)
/// risk.sensitivity?.bars.first?.lever   // what moves the setup's cost most
/// ```
public struct RiskFigures: Sendable {
    /// Nil when no setup is selected or its cost cannot be computed.
    public let sensitivity: Sensitivity?
    public let robustness: Robustness
    /// The selected setup's 95 % intervals; nil where its data carries none.
    public let intervals: Uncertainty.Point?
    /// The setups tied for first (by label), when the selected one is among them.
    public let tiedWith: [String]

    /// The Monte Carlo's draws while the input rests, and while a slider moves.
    public static let fullDraws = Robustness.defaultDraws
    public static let quickDraws = 200

    /// `setup`: the selected entry of `analysis` (an analysis of `prepared`, with its
    /// `uncertainty`), if any.
    public init(_ prepared: PreparedDataset, _ analysis: Analysis, _ uncertainty: Uncertainty, setup: Int?, draws: Int) {
        self.init(prepared, analysis, uncertainty, setup: setup, robustness: Robustness(prepared, analysis.scenario, draws: draws))
    }

    /// With a robustness already worked out for `analysis`' scenario (another setup selected).
    init(_ prepared: PreparedDataset, _ analysis: Analysis, _ uncertainty: Uncertainty, setup: Int?, robustness: Robustness) {
        let computable = setup.flatMap { analysis.entries[$0].isComputable ? $0 : nil }
        sensitivity = computable.map { Sensitivity(prepared, analysis.scenario, setup: $0) }
        self.robustness = robustness
        intervals = setup.flatMap { uncertainty.intervals[$0] }
        tiedWith = setup.map { s in
            uncertainty.tied.contains(s) ? uncertainty.tied.filter { $0 != s }.map { analysis.entries[$0].label } : []
        } ?? []
    }

    /// The same tornado and intervals with the robustness worked out again with `draws`.
    init(_ figures: RiskFigures, robustness: Robustness) {
        sensitivity = figures.sensitivity
        self.robustness = robustness
        intervals = figures.intervals
        tiedWith = figures.tiedWith
    }
}
