/// What a cell is for. Themes give each role its colours; widgets only name roles, so a
/// theme or a colourless terminal never needs a widget changed.
public enum Role: String, CaseIterable, Sendable {
    case text, muted, frame, title, focus, selected, status, accent
    case axis, frontier, dominated, trail, budget, overBudget, zone, knee
    case good, warning, error

    /// One line on what the role colours, for theme files and help.
    public var purpose: String {
        switch self {
        case .text: "ordinary text"
        case .muted: "secondary text: units, hints, excluded rows"
        case .frame: "panel borders"
        case .title: "the title bar"
        case .focus: "the border and label of the focused panel"
        case .selected: "the selected row"
        case .status: "the status line"
        case .accent: "slider handles and values"
        case .axis: "plot axes and tick labels"
        case .frontier: "points and staircase of the production frontier"
        case .dominated: "points not on the frontier"
        case .trail: "a model's trail across concurrency levels"
        case .budget: "the budget line"
        case .overBudget: "the plot area beyond the budget"
        case .zone: "the optimal cost-effectiveness zone"
        case .knee: "the knee of the zone"
        case .good: "positive marks: within budget, meets the SLO"
        case .warning: "warnings"
        case .error: "errors"
        }
    }
}

/// How a cell is drawn: a role (its colours come from the theme) and attributes.
public struct Style: Equatable, Hashable, Sendable {
    public var role: Role
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(_ role: Role = .text, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    public static let plain = Style()
}

/// One character cell. A character two columns wide takes its cell and the next, which is
/// marked a continuation: it holds no character of its own and is never drawn.
public struct Cell: Equatable, Sendable {
    public var character: Character
    public var style: Style
    public var isContinuation: Bool

    public init(_ character: Character = " ", _ style: Style = .plain) {
        self.character = character
        self.style = style
        isContinuation = false
    }

    static func continuation(_ style: Style) -> Cell {
        var cell = Cell(" ", style)
        cell.isContinuation = true
        return cell
    }

    public static let blank = Cell()
}
