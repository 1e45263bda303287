/// A key press, independent of any terminal library.
public enum Key: Equatable, Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case shiftLeft, shiftRight, shiftUp, shiftDown
    case tab, backTab, enter, escape, backspace
    case home, end, pageUp, pageDown
    case function(Int)

    /// Parses a key list for `frontier snapshot --keys`: names separated by spaces, as tmux
    /// spells them (`Left`, `S-Right`, `Tab`, `BTab`, `Enter`, `Escape`, `Space`, `Up`,
    /// `PageDown`, `F1`…), anything else typed character by character.
    public static func parse(_ text: String) -> [Key] {
        text.split(separator: " ").flatMap { token -> [Key] in
            if let named = names[String(token)] { return [named] }
            if token.hasPrefix("F"), let n = Int(token.dropFirst()), (1...12).contains(n) { return [.function(n)] }
            return token.map { Key.character($0) }
        }
    }

    static let names: [String: Key] = [
        "Up": .up, "Down": .down, "Left": .left, "Right": .right,
        "S-Left": .shiftLeft, "S-Right": .shiftRight, "S-Up": .shiftUp, "S-Down": .shiftDown,
        "Tab": .tab, "BTab": .backTab, "Enter": .enter, "Escape": .escape, "Esc": .escape,
        "BSpace": .backspace, "Space": .character(" "),
        "Home": .home, "End": .end, "PageUp": .pageUp, "PPage": .pageUp, "PageDown": .pageDown, "NPage": .pageDown,
    ]
}

/// A mouse event in cell coordinates.
public struct MouseEvent: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case press, drag, release, scrollUp, scrollDown }
    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}
