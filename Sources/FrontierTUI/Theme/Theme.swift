/// A colour theme: for every `Role` a foreground and a background colour. Widgets only
/// name roles; the theme decides what they look like, and the terminal backend steps the
/// colours down to what the terminal can show (see `ColorDepth`).
///
/// Themes are plain files in `themes/` and in the user's folder (see `ThemeCatalog`), one
/// `role = colour` line per role. `Theme.default` is compiled in and has every role; a
/// role a theme file leaves out takes the default's colours, and a broken file gives the
/// default theme plus a precise error.
///
/// ```swift
/// let theme = Theme.default
/// theme[.frontier].fg        // RGB(0xa3be8c)
/// theme[.text].bg            // nil: the terminal's own background
///
/// switch ThemeParser.parse("focus = #ffcc00 on #000000\n", name: "mine", file: "mine.theme") {
/// case .success(let mine): mine[.focus]    // Colors(fg: #ffcc00, bg: #000000)
/// case .failure(let error): print(error)   // "mine.theme: line 1: role …"
/// }
/// ```
public struct Theme: Equatable, Sendable {
    /// The name shown in the dashboard: the file name without `.theme`.
    public var name: String
    /// The colours of each role. `Theme.default` and parsed themes hold every role.
    public var colors: [Role: Colors]

    public init(name: String, colors: [Role: Colors]) {
        self.name = name
        self.colors = colors
    }

    /// The colours of a role; a role this theme lacks takes the default theme's colours.
    public subscript(role: Role) -> Colors {
        colors[role] ?? Theme.defaultColors[role] ?? Colors()
    }
}

/// A 24-bit colour, written `#rrggbb` in theme files.
public struct RGB: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var r: UInt8
    public var g: UInt8
    public var b: UInt8

    public init(r: UInt8, g: UInt8, b: UInt8) {
        self.r = r
        self.g = g
        self.b = b
    }

    /// From a 24-bit literal: `RGB(0xd8dee9)`. Bits above the low 24 are ignored.
    public init(_ value: UInt32) {
        self.init(r: UInt8((value >> 16) & 0xFF), g: UInt8((value >> 8) & 0xFF), b: UInt8(value & 0xFF))
    }

    /// Parses `#rrggbb` (hex digits in either case); nil for anything else, including
    /// the short `#rgb` form, surrounding spaces and a missing `#`.
    public init?(hex text: String) {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 7, scalars[0] == "#" else { return nil }
        var value: UInt32 = 0
        for scalar in scalars[1...] {
            guard let digit = RGB.hexDigit(scalar) else { return nil }
            value = value << 4 | digit
        }
        self.init(value)
    }

    /// `#rrggbb` in lower case, as theme files write it.
    public var hex: String {
        let digits = Array("0123456789abcdef")
        var out = "#"
        for byte in [r, g, b] {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return out
    }

    public var description: String { hex }

    private static func hexDigit(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar.value {
        case 0x30...0x39: scalar.value - 0x30   // 0-9
        case 0x41...0x46: scalar.value - 0x41 + 10   // A-F
        case 0x61...0x66: scalar.value - 0x61 + 10   // a-f
        default: nil
        }
    }
}

/// The colours of one role. `nil` means the terminal's own (default) colour.
public struct Colors: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var fg: RGB?
    public var bg: RGB?

    public init(fg: RGB? = nil, bg: RGB? = nil) {
        self.fg = fg
        self.bg = bg
    }

    /// The value as a theme file writes it: `#rrggbb`, `#rrggbb on #rrggbb`, `default`
    /// or `default on #rrggbb`.
    public var description: String {
        let front = fg?.hex ?? "default"
        guard let bg else { return front }
        return "\(front) on \(bg.hex)"
    }
}
