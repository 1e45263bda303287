/// How many colours the terminal can show, and how a theme's 24-bit colours step down to
/// them. Themes and widgets never deal with this; only the terminal backend does, in one
/// place: `depth.index(of: rgb)` gives the palette index to hand to the terminal.
///
/// Distances are plain squared Euclidean distances in sRGB; ties go to the lower index.
///
/// ```swift
/// let depth = ColorDepth.choose(terminalColors: 256, noColor: false, environment: env)
/// depth.index(of: RGB(0xff0000))     // 196 at .ansi256, 9 at .sixteen, 1 at .eight, nil at .none
/// ColorDepth.xterm256(RGB(0x808080)) // 244, the grey #808080 itself
/// ```
public enum ColorDepth: Equatable, Hashable, Sendable, CaseIterable {
    /// No colour: roles are told apart by characters and attributes alone.
    case none
    /// The 8 ANSI colours 0–7.
    case eight
    /// The 16 ANSI colours 0–15.
    case sixteen
    /// The xterm 256-colour palette (of which 16–255 are used).
    case ansi256

    /// From the number of colours the terminal reports (ncurses `COLORS`).
    public init(terminalColors: Int) {
        switch terminalColors {
        case 256...: self = .ansi256
        case 16...: self = .sixteen
        case 8...: self = .eight
        default: self = .none
        }
    }

    /// The depth to draw with: none when asked (`--no-color`) or when `NO_COLOR` is set to
    /// anything but the empty string (no-color.org), else what the terminal reports.
    public static func choose(terminalColors: Int, noColor: Bool, environment: [String: String]) -> ColorDepth {
        if noColor || !(environment["NO_COLOR"] ?? "").isEmpty { return .none }
        return ColorDepth(terminalColors: terminalColors)
    }

    /// The palette index of the colour nearest to `rgb` at this depth; nil for `.none`.
    public func index(of rgb: RGB) -> Int? {
        switch self {
        case .none: nil
        case .eight: ColorDepth.ansi8(rgb)
        case .sixteen: ColorDepth.ansi16(rgb)
        case .ansi256: ColorDepth.xterm256(rgb)
        }
    }

    // MARK: - The palettes

    /// The six levels of each channel in xterm's 6×6×6 cube: index `16 + 36·r + 6·g + b`.
    public static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// xterm's grey ramp: index `232 + i` is the grey `8 + 10·i` (i = 0…23, #080808…#eeeeee).
    public static let greyLevels: [Int] = (0..<24).map { 8 + 10 * $0 }

    /// xterm's default values for the 16 ANSI colours, index 0–15:
    ///
    /// | index | colour        | value   | index | colour         | value   |
    /// |-------|---------------|---------|-------|----------------|---------|
    /// | 0     | black         | #000000 | 8     | bright black   | #7f7f7f |
    /// | 1     | red           | #cd0000 | 9     | bright red     | #ff0000 |
    /// | 2     | green         | #00cd00 | 10    | bright green   | #00ff00 |
    /// | 3     | yellow        | #cdcd00 | 11    | bright yellow  | #ffff00 |
    /// | 4     | blue          | #0000ee | 12    | bright blue    | #5c5cff |
    /// | 5     | magenta       | #cd00cd | 13    | bright magenta | #ff00ff |
    /// | 6     | cyan          | #00cdcd | 14    | bright cyan    | #00ffff |
    /// | 7     | white         | #e5e5e5 | 15    | bright white   | #ffffff |
    ///
    /// Terminals differ in these values; xterm's are the common reference.
    public static let ansiPalette: [RGB] = [
        RGB(0x000000), RGB(0xcd0000), RGB(0x00cd00), RGB(0xcdcd00),
        RGB(0x0000ee), RGB(0xcd00cd), RGB(0x00cdcd), RGB(0xe5e5e5),
        RGB(0x7f7f7f), RGB(0xff0000), RGB(0x00ff00), RGB(0xffff00),
        RGB(0x5c5cff), RGB(0xff00ff), RGB(0x00ffff), RGB(0xffffff),
    ]

    /// The colour xterm shows for a 256-palette index (0–15 from `ansiPalette`).
    public static func rgb(xterm index: Int) -> RGB {
        switch index {
        case ..<16:
            return ansiPalette[max(0, index)]
        case 16..<232:
            let i = index - 16
            return RGB(r: UInt8(cubeLevels[i / 36]), g: UInt8(cubeLevels[i / 6 % 6]), b: UInt8(cubeLevels[i % 6]))
        default:
            let grey = UInt8(greyLevels[min(index, 255) - 232])
            return RGB(r: grey, g: grey, b: grey)
        }
    }

    // MARK: - Nearest colours

    /// The nearest of the cube (16…231) and the grey ramp (232…255), whichever is closer;
    /// the 16 ANSI colours are left out because terminals redefine them. The cube's nearest
    /// point is found channel by channel (the distance is a sum over channels), the ramp's
    /// by trying all 24 greys.
    public static func xterm256(_ rgb: RGB) -> Int {
        let channels = [Int(rgb.r), Int(rgb.g), Int(rgb.b)]
        let cube = channels.map(nearestCubeLevel)
        let cubeIndex = 16 + 36 * cube[0] + 6 * cube[1] + cube[2]
        let cubeDistance = zip(channels, cube).reduce(0) { $0 + square($1.0 - cubeLevels[$1.1]) }

        var greyIndex = 0
        var greyDistance = Int.max
        for (i, level) in greyLevels.enumerated() {
            let distance = channels.reduce(0) { $0 + square($1 - level) }
            if distance < greyDistance { (greyIndex, greyDistance) = (i, distance) }
        }
        return greyDistance < cubeDistance ? 232 + greyIndex : cubeIndex
    }

    /// The nearest of the 16 ANSI colours in `ansiPalette` (xterm's values): 0–15.
    public static func ansi16(_ rgb: RGB) -> Int {
        var best = 0
        var bestDistance = Int.max
        for (index, colour) in ansiPalette.enumerated() {
            let distance = distance(rgb, colour)
            if distance < bestDistance { (best, bestDistance) = (index, distance) }
        }
        return best
    }

    /// An ANSI colour 0–7: the nearest of the 16 (`ansi16`) with each bright colour folded
    /// onto its normal one (9 bright red → 1 red, …, 15 → 7) and bright black, a mid grey,
    /// onto 7 (white, a light grey) rather than 0. Plain nearest-of-eight would turn the
    /// mid greys of frames and muted text into black, invisible on a dark background.
    public static func ansi8(_ rgb: RGB) -> Int {
        let index = ansi16(rgb)
        if index == 8 { return 7 }
        return index % 8
    }

    static func nearestCubeLevel(_ value: Int) -> Int {
        var best = 0
        for (i, level) in cubeLevels.enumerated() where abs(value - level) < abs(value - cubeLevels[best]) {
            best = i
        }
        return best
    }

    static func distance(_ a: RGB, _ b: RGB) -> Int {
        square(Int(a.r) - Int(b.r)) + square(Int(a.g) - Int(b.g)) + square(Int(a.b) - Int(b.b))
    }

    static func square(_ x: Int) -> Int { x * x }
}
