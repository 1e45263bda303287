/// Text from data files can hold control characters and terminal escape sequences; it
/// passes through here before it reaches a terminal.
public enum Sanitize {
    /// Removes escape sequences whole (CSI `ESC [ … final`, OSC `ESC ] … BEL/ST`, and
    /// two-byte `ESC x`), C0 and C1 control characters, DEL and invisible bidi controls;
    /// tabs and line breaks become spaces. Printable text, non-ASCII letters included, stays.
    public static func line(_ text: String) -> String {
        // Printable ASCII (nearly every name) holds nothing to remove.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B:
                skipEscape(&scalars)
            case 0x9B:
                skipUntilFinal(&scalars)
            case 0x9D:
                skipString(&scalars)
            case 0x09, 0x0A, 0x0D:
                out.append(" ")
            default:
                if !isControl(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }

    /// C0 and C1 control characters, DEL and the invisible bidi and zero-width controls: what
    /// a terminal may act on or hide text behind, never shown as it is.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func skipEscape(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let next = scalars.next() else { return }
        switch next {
        case "[": skipUntilFinal(&scalars)
        case "]", "P", "_", "^", "X": skipString(&scalars)
        default: return   // two-byte sequence: ESC and one character, both dropped
        }
    }

    /// CSI parameters run until a final byte in @…~.
    private static func skipUntilFinal(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let s = scalars.next(), !(0x40...0x7E).contains(s.value) {}
    }

    /// OSC/DCS strings run until BEL or ST (ESC \).
    private static func skipString(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let s = scalars.next() {
            if s.value == 0x07 || s.value == 0x9C { return }
            if s.value == 0x1B { _ = scalars.next(); return }
        }
    }
}
