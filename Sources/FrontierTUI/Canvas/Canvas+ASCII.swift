extension Canvas {
    /// Replaces every non-ASCII character with an ASCII stand-in, for `--ascii` and
    /// terminals whose locale cannot show UTF-8. Widgets draw ASCII shapes themselves in
    /// that mode; this catches the typography (·, ×, —, →, ε…) and text from data files.
    public mutating func foldToASCII() {
        for y in 0..<height {
            for x in 0..<width {
                guard let cell = self[x, y], !cell.character.isASCII else { continue }
                put(Self.asciiStandIn[cell.character] ?? "?", x: x, y: y, style: cell.style)
            }
        }
    }

    static let asciiStandIn: [Character: Character] = [
        "·": ".", "×": "x", "—": "-", "–": "-", "→": ">", "←": "<", "↑": "^", "↓": "v", "…": "~",
        "ε": "e", "◆": "*", "●": "*", "▶": ">", "━": "=", "─": "-", "│": "|", "┌": "+", "┐": "+",
        "└": "+", "┘": "+", "┤": "+", "┬": "+", "≥": ">", "≤": "<", "✗": "x", "⁶": "6", "²": "2",
        "′": "'", "é": "e", "μ": "u", "Δ": "D", "≈": "~", "−": "-", "λ": "L", "÷": "/", "⌈": "[", "⌉": "]", "╌": "-", "▲": "^", "▼": "v",
    ]
}
