/// Keys to actions: the one place key codes become meaning, so `reduce` never sees a key.
public enum KeyMap {
    public static func action(for key: Key, in state: State) -> Action? {
        if state.filtering { return filtering(key) }
        if state.overlay != nil, let scroll = scrolling(key) { return scroll }
        switch key {
        // Ctrl-C quits as the terminal's interrupt does (where it arrives as a signal).
        case .character("q"), .control("c"): return .quit
        case .escape: return .escape
        case .character("?"), .function(1): return .toggleHelp
        case .character("!"): return .toggleProblems
        case .tab: return .focusNext
        case .backTab: return .focusPrevious
        case .left, .character("h"): return .moveSlider(direction: -1, coarse: false)
        case .right, .character("l"): return .moveSlider(direction: 1, coarse: false)
        case .shiftLeft, .character("H"): return .moveSlider(direction: -1, coarse: true)
        case .shiftRight, .character("L"): return .moveSlider(direction: 1, coarse: true)
        case .up, .character("k"): return state.focus == .sliders || state.view == .plan ? .chooseSlider(direction: -1) : .moveSelection(-1)
        case .down, .character("j"): return state.focus == .sliders || state.view == .plan ? .chooseSlider(direction: 1) : .moveSelection(1)
        case .pageUp: return .moveSelection(-10)
        case .pageDown: return .moveSelection(10)
        case .home: return .moveSelection(-Int(Int16.max))
        case .end: return .moveSelection(Int(Int16.max))
        case .enter: return .openDetail
        case .character("s"): return .cycleSort
        case .character("t"): return .cycleTheme
        case .character("m"): return .cycleMetric
        case .character("g"): return .cycleHardware
        case .character("w"): return .cycleShape
        case .character("b"): return .toggleBest
        case .character("p"): return .togglePlan
        case .character("x"): return .toggleRisk
        case .character("P"): return .togglePin
        case .character("r"): return .resetScenario
        case .character("/"): return .openFilter
        case .character(" "): return .toggleMark
        case .character("c"): return .toggleCompare
        case .character("e"): return .export(.markdown)
        case .character("E"): return .export(.json)
        case .character("S"): return .saveScenario
        case .character(let digit) where digit.isASCII && ("1"..."9").contains(digit): return .loadScenario(digit.wholeNumberValue!)
        default: return nil
        }
    }

    /// Keys while the filter is open: text goes into it, and no key is a hotkey.
    private static func filtering(_ key: Key) -> Action? {
        switch key {
        case .character(let c): .typeFilter(c)
        case .backspace, .delete: .eraseFilter
        case .enter: .keepFilter
        case .escape: .clearFilter
        case .control("c"): .quit
        default: nil
        }
    }

    /// Keys that scroll an open overlay instead.
    private static func scrolling(_ key: Key) -> Action? {
        switch key {
        case .up, .character("k"): .scroll(-1)
        case .down, .character("j"): .scroll(1)
        case .pageUp: .scroll(-10)
        case .pageDown, .character(" "): .scroll(10)
        case .home: .scroll(-Int(Int16.max))
        case .end: .scroll(Int(Int16.max))
        default: nil
        }
    }

    /// Every key and what it does, for the help overlay.
    public static let help: [(keys: String, does: String)] = [
        ("Tab / Shift-Tab", "move focus between the sliders and the ranking"),
        ("← → or h l", "move the current slider (Shift or H L: big steps)"),
        ("↑ ↓ or k j", "choose a slider, or select a model in the ranking"),
        ("PgUp PgDn Home End", "move the selection further"),
        ("Enter / !", "details of the selected model / what loading left out"),
        ("s / m / g", "cycle the sort key / quality metric / the hardware the cost sliders edit"),
        ("b / p / x", "best c each, or all at one / Plan / Risk view"),
        ("t / r / P / 1–9", "theme / reset / pin / load the Nth --scenario"),
        ("e / E / S", "write the view .md / .json / scenario .toml"),
        ("/", "filter setups (Enter keeps it, Esc clears it)"),
        ("Space / c", "mark or unmark a setup (up to 5) / compare them"),
        ("? or F1", "this help (↑ ↓ PgUp PgDn scroll it)"),
        ("mouse", "click a slider's track or a row; drag a slider"),
        ("q, Esc", "quit (Esc first closes an overlay or a filter)"),
    ]

    /// `w`, listed only for data of several workload shapes.
    public static let shapeHelp = (keys: "w", does: "compare the setups of the next workload shape (the title says which)")

    /// The keys of the Plan view, for its help.
    public static let planHelp: [(keys: String, does: String)] = [
        ("← → or h l", "move the volume or the peak slider (Shift or H L: big steps)"),
        ("↑ ↓ or k j", "choose the slider"),
        ("b", "each setup at its best concurrency, or all at the one chosen"),
        ("p or Esc", "back to the ranking"),
        ("mouse", "click or drag a slider's track"),
        ("? or F1", "this help (↑ ↓ PgUp PgDn scroll it)"),
        ("q", "quit"),
    ]
}
