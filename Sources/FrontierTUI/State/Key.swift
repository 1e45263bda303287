/// A key press, independent of any terminal library.
public enum Key: Equatable, Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case shiftLeft, shiftRight, shiftUp, shiftDown
    case tab, backTab, enter, escape, backspace
    case home, end, pageUp, pageDown
    case delete, insert
    case function(Int)
    /// Ctrl and a letter (lower case), other than those a terminal sends as keys of their
    /// own (Ctrl-I is Tab, Ctrl-M Enter, Ctrl-H Backspace, Ctrl-[ Escape).
    case control(Character)
    /// Alt (Meta) and a character: the terminal sends Escape and the character at once.
    case alt(Character)

    /// A key name with a modifier that no key here carries (`C-Left`, `M-Up`).
    public struct UnknownName: Error, Equatable {
        public let name: String
    }

    /// Parses a key list for `frontier snapshot --keys`: names separated by spaces, as tmux
    /// spells them (`Left`, `S-Right`, `Tab`, `BTab`, `Enter`, `Escape`, `Space`, `Up`,
    /// `PageDown`, `DC`, `IC`, `F1`…, `C-q`, `M-x`), anything else typed character by character.
    public static func parse(_ text: String) throws(UnknownName) -> [Key] {
        var keys: [Key] = []
        for token in text.split(separator: " ").map(String.init) {
            if let key = try named(token) { keys.append(key) } else { keys += token.map { Key.character($0) } }
        }
        return keys
    }

    /// The key a tmux name means; nil for a token that is no name (typed as characters).
    static func named(_ token: String) throws(UnknownName) -> Key? {
        if let named = names[token] { return named }
        if token.hasPrefix("F"), let n = Int(token.dropFirst()), (1...12).contains(n) { return .function(n) }
        guard token.count > 2, token.hasPrefix("C-") || token.hasPrefix("M-") || token.hasPrefix("S-") else { return nil }
        let rest = token.dropFirst(2)
        guard rest.count == 1, let c = rest.first, !token.hasPrefix("S-") else { throw UnknownName(name: token) }
        if token.hasPrefix("M-") { return .alt(c) }
        // What a terminal sends for Ctrl and this character.
        switch c.lowercased() {
        case "i": return .tab
        case "m", "j": return .enter
        case "h": return .backspace
        case "[": return .escape
        case let letter where letter.count == 1 && ("a"..."z").contains(letter): return .control(Character(letter))
        default: throw UnknownName(name: token)
        }
    }

    static let names: [String: Key] = [
        "Up": .up, "Down": .down, "Left": .left, "Right": .right,
        "S-Left": .shiftLeft, "S-Right": .shiftRight, "S-Up": .shiftUp, "S-Down": .shiftDown,
        "Tab": .tab, "BTab": .backTab, "Enter": .enter, "Escape": .escape, "Esc": .escape,
        "BSpace": .backspace, "Space": .character(" "),
        "Home": .home, "End": .end, "DC": .delete, "IC": .insert, "PageUp": .pageUp, "PPage": .pageUp, "PageDown": .pageDown, "NPage": .pageDown,
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
