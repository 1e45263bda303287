import FrontierCore

/// A row of block characters (or ASCII digits) showing values' shape, scaled to their own
/// minimum and maximum.
struct Sparkline {
    let values: [Double]
    let ascii: Bool

    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let asciiLevels: [Character] = ["_", ".", "-", "~", "=", "+", "*", "#"]

    var text: String {
        guard let low = values.min(), let high = values.max() else { return "" }
        let symbols = ascii ? Self.asciiLevels : Self.blocks
        return String(values.map { v in
            let t = high > low ? (v - low) / (high - low) : 0.5
            return symbols[Checked.int((t * Double(symbols.count - 1)).rounded(), clampedTo: 0...symbols.count - 1)]
        })
    }
}
