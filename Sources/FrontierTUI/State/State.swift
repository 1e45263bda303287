import FrontierCore

/// What `e` (Markdown) and `E` (JSON) write the current view as.
public enum ExportFormat: String, Sendable { case markdown, json }

/// The whole dashboard state: what the operator has chosen and what is on screen. A value:
/// `reduce` makes the next one, `render` draws it.
public struct State: Equatable, Sendable {
    public enum Focus: String, CaseIterable, Sendable { case sliders, ranking }
    public enum Overlay: Equatable, Sendable { case help, detail, compare, problems }
    /// The main screen, the Plan view (`p`) or the Risk view (`x`).
    public enum View: String, Sendable { case ranking, plan, risk }

    public var scenario: Scenario
    public var data: DataSummary
    public var focus: Focus = .sliders
    public var view: View = .ranking
    /// The Plan view's volume, peak and current slider.
    public var plan: PlanSettings
    public var slider: SliderKind = .concurrency
    /// The setup the operator chose; `selection(in:)` is the one on screen (the first row
    /// when this one is not ranked or shown, say after a filter).
    public var selected: Configuration?
    public var overlay: Overlay? {
        didSet { if overlay != oldValue { overlayScroll = 0 } }
    }
    /// How far the open overlay is scrolled, in lines; `reduce` keeps it within the
    /// overlay's content, and a frame drawn after a resize shows it clamped.
    public var overlayScroll = 0
    /// Index into the hardware profiles: the one the cost sliders edit.
    public var activeHardware = 0
    public var themes: [String]
    public var theme = 0
    public var ascii: Bool
    public var width: Int
    public var height: Int
    /// The latest reload error; the last good data stays on screen.
    public var error: String?
    /// What the last load left out and warned about, a line each (`!` lists them).
    public var problems: [String] = []
    /// What was wrong with the current theme's file, if anything.
    public var themeError: String?
    /// A passing note ("reloaded") shown until the next key.
    public var notice: String?
    public var quitting = false
    /// The filter typed after `/`: only setups whose model, hardware or label contains it
    /// (ignoring case) are ranked, plotted and counted. Empty: no filter.
    public var filter = ""
    /// Whether keys go into the filter (from `/` to Enter or Esc) instead of being hotkeys.
    public var filtering = false
    /// Setups marked with Space, in the order marked (at most `maxMarks`): set apart in the
    /// ranking and the plot, side by side after `c`. Kept by setup, not by row, so a filter
    /// or a new ranking keeps them.
    public var marked: [Configuration] = []
    public static let maxMarks = 5
    /// The scenario `P` pinned: the ranking shows each setup's cost and rank against it.
    public var pinned: Scenario?
    /// The scenario to return to on reset.
    public let initialScenario: Scenario
    /// The Plan view's volume and peak to return to on reset (its sliders are sliders too).
    public let initialPlan: PlanSettings

    public init(scenario: Scenario, data: DataSummary, plan: PlanSettings = PlanSettings(), themes: [String] = ["default"],
                theme: Int = 0, ascii: Bool = false, width: Int = 80, height: Int = 24) {
        self.scenario = scenario
        self.plan = plan
        self.initialScenario = scenario
        self.initialPlan = plan
        self.data = data
        self.themes = themes.isEmpty ? ["default"] : themes
        self.theme = min(max(0, theme), self.themes.count - 1)
        self.ascii = ascii
        self.width = width
        self.height = height
    }

    public var themeName: String { themes[theme] }

    /// The profile the cost sliders edit, with the scenario's changes applied.
    public var costProfile: HardwareProfile? {
        guard data.hardware.indices.contains(activeHardware) else { return nil }
        return scenario.profile(data.hardware[activeHardware])
    }

    /// The sliders on screen: the scenario's, then the active profile's cost inputs.
    public var sliders: [SliderKind] {
        let cost = costProfile.map { CostInput.inputs(of: $0.cost).filter { $0.sliderTitle != nil } } ?? []
        return [.concurrency, .budget, .requests, .sloTTFT] + cost.map(SliderKind.cost)
    }

    /// The letter a marked setup goes by on screen (A for the first marked), nil unmarked.
    public func markLetter(_ setup: Configuration) -> Character? {
        marked.firstIndex(of: setup).map(FrontierCore.markLetter)
    }

    /// The letters of the marked setups.
    var markLetters: [Configuration: Character] {
        Dictionary(uniqueKeysWithValues: marked.enumerated().map { ($1, FrontierCore.markLetter($0)) })
    }

    /// The selected setup among `rows` (the ranking's): the chosen one while it is there,
    /// else the first row; nil with no rows.
    public func selection(in rows: [Configuration]) -> Configuration? {
        if let selected, rows.contains(selected) { return selected }
        return rows.first
    }
}
