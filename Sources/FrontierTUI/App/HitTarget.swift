import FrontierCore

/// Where a click lands.
public enum HitTarget: Equatable, Sendable {
    case slider(SliderKind, track: Rect)
    case planSlider(PlanSlider, track: Rect)
    case row(Int, Rect)

    /// The action for a press or drag at (x, y) on this target, if it is hit.
    func action(x: Int, y: Int, rows: [Configuration]) -> Action? {
        switch self {
        case .slider(let kind, let track):
            return Self.fraction(x: x, y: y, on: track).map { .setSlider(kind, fraction: $0) }
        case .planSlider(let kind, let track):
            return Self.fraction(x: x, y: y, on: track).map { .setPlanSlider(kind, fraction: $0) }
        case .row(let index, let rect):
            guard rect.contains(x: x, y: y), rows.indices.contains(index) else { return nil }
            return .select(rows[index])
        }
    }

    /// Where on a track (0…1) a press at (x, y) lands; a column either side of it counts as its end.
    private static func fraction(x: Int, y: Int, on track: Rect) -> Double? {
        guard track.contains(x: x, y: y) || (y == track.y && x >= track.x - 1 && x <= track.maxX) else { return nil }
        return track.width > 1 ? Double(x - track.x) / Double(track.width - 1) : 0
    }
}
