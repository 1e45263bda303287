import Testing
import FrontierCore

/// `Sanitize.line` passes printable ASCII through as it is (its fast path) and cleans the rest.
@Suite struct SanitizeTests {
    /// Each ASCII character but ESC (which starts a sequence), alone and between letters:
    /// printable ones stay, tabs and line breaks become spaces, other controls go.
    @Test(arguments: (0..<0x80).filter { $0 != 0x1B })
    func eachASCIICharacterIsKeptSpacedOrDropped(_ value: Int) {
        let scalar = Unicode.Scalar(UInt8(value))
        let expected = [0x09, 0x0A, 0x0D].contains(value) ? " " : value < 0x20 || value == 0x7F ? "" : String(scalar)
        #expect(Sanitize.line(String(scalar)) == expected)
        #expect(Sanitize.line("a\(scalar)b") == "a\(expected)b")
    }

    @Test func printableTextIsReturnedWhole() {
        let text = "meta/llama-2-70b-chat:02e5 · 2×A800-80G"
        #expect(Sanitize.line(text) == text)
        #expect(Sanitize.line("model-0 ~!@#$%^&*()_+{}|:\"<>?") == "model-0 ~!@#$%^&*()_+{}|:\"<>?")
    }
}
