import FrontierCore

/// A drawn screen and where its clickable parts are.
public struct Frame: Equatable, Sendable {
    public var canvas: Canvas
    public var targets: [HitTarget] = []

    public init(canvas: Canvas, targets: [HitTarget] = []) {
        self.canvas = canvas
        self.targets = targets
    }

    /// The action for a mouse press or drag at (x, y), if it lands on a slider or a row.
    public func action(for mouse: MouseEvent, rows: [Configuration]) -> Action? {
        switch mouse.kind {
        case .press, .drag: return targets.lazy.compactMap { $0.action(x: mouse.x, y: mouse.y, rows: rows) }.first
        case .scrollUp: return .moveSelection(-1)
        case .scrollDown: return .moveSelection(1)
        case .release: return nil
        }
    }
}
