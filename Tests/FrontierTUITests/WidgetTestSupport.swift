import FrontierCore
@testable import FrontierTUI

extension Widget {
    /// Draws the widget alone into a bare canvas; returns the click targets it added.
    @discardableResult
    func render(into canvas: inout Canvas, area: Rect) -> [HitTarget] {
        var frame = Frame(canvas: canvas)
        render(into: &frame, area: area)
        canvas = frame.canvas
        return frame.targets
    }
}

extension Session {
    /// The selected setup as the screen shows it.
    var selection: Configuration? { state.selection(in: derived.rows) }
    /// Its row in the ranking.
    var selectedRow: Int? { selection.flatMap(derived.rows.firstIndex) }
}

extension ScreenLayout {
    /// Where a session's panels go.
    init(_ session: Session) { self.init(session.state, rows: session.derived.rows.count) }
}
