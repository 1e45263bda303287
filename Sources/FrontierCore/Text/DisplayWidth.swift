/// How many terminal columns text takes: 0, 1 or 2 a Character. Every width in Frontier —
/// canvas cells, table padding, cuts with an ellipsis — is measured here, so a model named
/// `通义千问-72B` or carrying an emoji keeps the columns and borders beside it in place.
///
/// A Character (a grapheme cluster) is 2 columns when it is East Asian Wide or Fullwidth,
/// or an emoji presented as a picture (emoji presentation, or a VS16 selector, a flag, a
/// ZWJ sequence); 0 when it holds only combining marks or format characters (a zero-width
/// joiner or space); 1 otherwise. Ambiguous-width characters count as 1, as terminals in
/// Western locales draw them.
public enum DisplayWidth {
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue { return ascii >= 0x20 && ascii != 0x7F ? 1 : 0 }
        // Box drawing, block elements and braille (every cell of a frame or a plot) are one
        // column alone: answered without looking up the scalar's properties.
        var single = character.unicodeScalars.makeIterator()
        if let scalar = single.next(), single.next() == nil,
           (0x2500...0x259F).contains(scalar.value) || (0x2800...0x28FF).contains(scalar.value) { return 1 }
        return measured(character)
    }

    /// The width from the scalars' properties, as `of` gives it without its fast paths.
    static func measured(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        var visible = false
        var previousIsEmoji = false
        for scalar in scalars {
            let properties = scalar.properties
            if properties.isEmojiPresentation || isWide(scalar.value) { return 2 }
            // A text-default emoji (☺, ❤) followed by VS16 is drawn as a picture.
            if scalar.value == 0xFE0F && previousIsEmoji { return 2 }
            previousIsEmoji = properties.isEmoji
            switch properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control: break
            default: visible = true
            }
        }
        return visible ? 1 : 0
    }

    public static func of(_ text: some StringProtocol) -> Int {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    /// The longest start of `text` that fits in `columns`.
    public static func prefix(_ text: some StringProtocol, columns: Int) -> Substring {
        // Printable ASCII: a byte a character and a column.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            let end = text.utf8.index(text.startIndex, offsetBy: min(max(0, columns), text.utf8.count))
            return Substring(text[text.startIndex..<end])
        }
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            used += of(text[index])
            guard used <= columns else { break }
            end = text.index(after: index)
        }
        return Substring(text[text.startIndex..<end])
    }

    /// The longest end of `text` that fits in `columns`.
    public static func suffix(_ text: some StringProtocol, columns: Int) -> Substring {
        var used = 0
        var start = text.endIndex
        while start > text.startIndex {
            let before = text.index(before: start)
            used += of(text[before])
            guard used <= columns else { break }
            start = before
        }
        return Substring(text[start..<text.endIndex])
    }

    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0, high = wide.count
        while low < high {
            let middle = (low + high) / 2
            if wide[middle].upperBound < value { low = middle + 1 } else { high = middle }
        }
        return low < wide.count && wide[low].contains(value)
    }

    /// East Asian Width W and F ranges of Unicode 14 (EastAsianWidth.txt, adjacent ranges
    /// merged across unassigned code points; planes 2 and 3 whole, as the file's default).
    /// Generated with Python's `unicodedata` (`east_asian_width(c) in "WF"`).
    private static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
        0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
        0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
        0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55, 0x2E80...0x303E,
        0x3041...0x3247, 0x3250...0x4DBF, 0x4E00...0xA4C6, 0xA960...0xA97C, 0xAC00...0xD7A3, 0xF900...0xFAD9,
        0xFE10...0xFE19, 0xFE30...0xFE6B, 0xFF01...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x1B2FB,
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F320,
        0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3,
        0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC,
        0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A, 0x1F595...0x1F596,
        0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2,
        0x1F6D5...0x1F6DF, 0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7F0, 0x1F90C...0x1F93A,
        0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FAF6, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}

extension StringProtocol {
    /// The terminal columns the text takes (see `DisplayWidth`).
    public var columns: Int { DisplayWidth.of(self) }
}
