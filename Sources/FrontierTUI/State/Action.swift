import FrontierCore

/// Everything that can happen to the dashboard: keys and clicks (after `KeyMap` has
/// translated them), resizes, and data reloads. `reduce` handles each case.
public enum Action: Equatable, Sendable {
    case quit
    case focusNext
    case focusPrevious
    /// Move the current slider one step (direction ±1), or a big step.
    case moveSlider(direction: Int, coarse: Bool)
    /// Move the slider choice up or down (sliders focused).
    case chooseSlider(direction: Int)
    /// A click on a slider's track, at a fraction 0…1 of its width.
    case setSlider(SliderKind, fraction: Double)
    case moveSelection(Int)
    case select(Configuration)
    case cycleSort
    case cycleTheme
    case cycleMetric
    case cycleHardware
    /// `w`: compare the setups of the next workload shape.
    case cycleShape
    /// `b`: each setup at its best, or all at the one concurrency.
    case toggleBest
    /// `p`: the Plan view, or back to the ranking.
    case togglePlan
    /// `P`: pin the current scenario to compare against, or unpin it.
    case togglePin
    /// `x`: the Risk view, or back to the ranking.
    case toggleRisk
    /// No event came within the runtime's settle time after a change that asked for one
    /// (`Session.awaitsRest`): the input rests, and what was worked out roughly (the Risk
    /// view's robustness) is worked out in full.
    case rested
    /// A click on a Plan slider's track, at a fraction 0…1 of its width.
    case setPlanSlider(PlanSlider, fraction: Double)
    case toggleHelp
    /// `!`: the files not loaded and the warnings of the load.
    case toggleProblems
    /// Scroll an overlay by lines (negative: up).
    case scroll(Int)
    case openDetail
    /// Esc: closes an overlay, or quits when none is open.
    case escape
    case resetScenario
    /// Space: mark the selected setup, or unmark it.
    case toggleMark
    /// `c`: the marked setups side by side, or back.
    case toggleCompare
    /// `/`: keys now go into the filter.
    case openFilter
    /// A character typed into the filter.
    case typeFilter(Character)
    /// Backspace in the filter.
    case eraseFilter
    /// Enter in the filter: it stays on, keys are hotkeys again.
    case keepFilter
    /// Esc in the filter (or with one on): no filter.
    case clearFilter
    /// `e` / `E`: write the current view to a file (an effect: the runtime writes it, then
    /// sends `exported`).
    case export(ExportFormat)
    /// `S`: write the scenario to a file (an effect; what came of it comes back as `exported`).
    case saveScenario
    /// `1`–`9`: load the scenario file of that number (`--scenario`, in order; an effect).
    case loadScenario(Int)
    /// A scenario file was read: its scenario replaces the current one, and its plan
    /// volume and peak the Plan view's when it gives them; `name` says which.
    case scenarioLoaded(Scenario, plan: PlanSettings? = nil, name: String)
    /// A watched data file changed and its writer has gone quiet: read the data again.
    case filesChanged
    /// The export is done: what to say (the file written, or why not).
    case exported(String)
    case resize(width: Int, height: Int)
    case dataReloaded(DataSummary)
    /// What a load left out and warned about, a line each; a note says how many.
    case loadProblems(notLoaded: Int, lines: [String])
    case problem(String)
    /// A passing note for the status line.
    case notice(String)
    /// The theme just loaded had errors (nil: it loaded cleanly); the default theme is used.
    case themeProblem(String?)
}

/// What the reducer needs to know about a dataset.
public struct DataSummary: Equatable, Sendable {
    public var name: String
    public var levels: [Double]
    public var hardware: [HardwareProfile]
    public var metrics: [String]
    public var requests: Int
    /// Setups in the whole dataset, whatever the filter keeps.
    public var setups: Int
    /// The workload shapes (`WorkloadShape.text`), ascending; empty when the data varies none.
    public var shapes: [String]
    /// The shape compared when the scenario names none: the one with the most runs.
    public var defaultShape: String?

    public init(name: String, levels: [Double], hardware: [HardwareProfile], metrics: [String], requests: Int, setups: Int = 0,
                shapes: [String] = [], defaultShape: String? = nil) {
        self.setups = setups
        self.shapes = shapes
        self.defaultShape = defaultShape
        self.name = name
        self.levels = levels
        self.hardware = hardware
        self.metrics = metrics
        self.requests = requests
    }

    public init(_ prepared: PreparedDataset) {
        self.init(name: prepared.dataset.name, levels: Set(prepared.series.flatMap(\.levels)).sorted(),
                  hardware: prepared.dataset.hardware.filter { profile in prepared.series.contains { $0.configuration.hardware == profile.name } },
                  metrics: prepared.dataset.metrics, requests: prepared.dataset.workload.requests,
                  setups: prepared.series.count, shapes: prepared.shapes.shapes.map(\.text),
                  defaultShape: prepared.shapes.mostMeasured?.text)
    }
}
