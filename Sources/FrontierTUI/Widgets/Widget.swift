/// A part of the screen, in the manner of ratatui's widgets: made with the values it draws
/// (never the whole state), it draws them into `area` of a frame and adds the click targets
/// it has. Drawing is all it does: no widget changes the state.
protocol Widget {
    func render(into frame: inout Frame, area: Rect)
}

/// An overlay: a box over the panels whose lines scroll. It knows how far they can scroll
/// without drawing them, so that `reduce` keeps the scroll within them.
protocol OverlayWidget: Widget {
    /// How far the lines can scroll when the overlay covers `area`.
    func scrollLimit(in area: Rect) -> Int
}
