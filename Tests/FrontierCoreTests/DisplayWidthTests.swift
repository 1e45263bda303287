@testable import FrontierCore
import Testing

@Suite("display width")
struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("-", 1), ("é", 1), ("e\u{301}", 1), ("ε", 1), ("─", 1), ("⣿", 1), ("·", 1),
        ("模", 2), ("型", 2), ("가", 2), ("カ", 2), ("Ａ", 2), ("　", 2), ("😀", 2), ("🚀", 2),
        ("👩‍💻", 2), ("🇯🇵", 2), ("❤\u{FE0F}", 2), ("1\u{FE0F}\u{20E3}", 2), ("𠀀", 2),
        ("\u{301}", 0), ("\u{200D}", 0), ("\u{200B}", 0), ("\u{FE0F}", 0), ("\u{7}", 0),
        ("❤", 1), ("☺", 1),
    ] as [(String, Int)])
    func characterColumns(_ text: String, _ columns: Int) {
        #expect(text.count <= 1)
        #expect(text.columns == columns, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func stringColumnsAddUp() {
        #expect("通义千问-72B大模型".columns == 18)
        #expect("模型a".columns == 5)
        #expect("GLM-5 🚀".columns == 8)
        #expect("".columns == 0)
        #expect("plain ascii".columns == 11)
    }

    @Test func prefixAndSuffixNeverSplitAWideCharacter() {
        #expect(DisplayWidth.prefix("模型a", columns: 3) == "模")
        #expect(DisplayWidth.prefix("模型a", columns: 4) == "模型")
        #expect(DisplayWidth.prefix("模型a", columns: 1) == "")
        #expect(DisplayWidth.suffix("a模型", columns: 3) == "型")
        #expect(DisplayWidth.suffix("a模型", columns: 5) == "a模型")
        #expect(DisplayWidth.prefix("abc", columns: 10) == "abc")
    }

    /// A cut text never takes more columns than asked, keeps both ends and is the input when it fits.
    @Test(arguments: 0...20)
    func cutsFitTheirColumns(_ width: Int) {
        let names = ["通义千问-72B大模型", "meta/llama-2-70b-chat", "🚀🚀🚀 launch", "模型a", "ab"]
        for name in names {
            let middle = Format.cutInTheMiddle(name, to: width)
            let end = Format.fit(name, to: width)
            #expect(middle.columns <= width && end.columns <= width, "\(name) to \(width): \(middle) / \(end)")
            if name.columns <= width {
                #expect(middle == name && end == name)
            } else {
                #expect(width == 0 || end.hasSuffix("…"))
                #expect(width < 2 || middle.contains("…"))
                #expect(middle.columns >= width - 1, "a cut loses at most the column of a wide character")
            }
        }
    }

    @Test func cutInTheMiddleKeepsBothEndsInColumns() {
        #expect(Format.cutInTheMiddle("通义千问-72B大模型", to: 9) == "通义…模型")
        #expect(Format.cutInTheMiddle("abcdefghij", to: 5) == "ab…ij")
        #expect(Format.fit("通义千问-72B", to: 6) == "通义…")
        #expect(Format.fit("abcdef", to: 4, ellipsis: "~") == "abc~")
    }

    /// The fast path of box drawing, block elements and braille gives what the scalar
    /// properties give, for every one of them alone and followed by a combining mark.
    @Test(arguments: [0x2500...0x259F, 0x2800...0x28FF] as [ClosedRange<UInt32>])
    func boxDrawingAndBrailleMeasureAsTheirProperties(_ range: ClosedRange<UInt32>) {
        for value in range {
            let character = Character(Unicode.Scalar(value)!)
            #expect(DisplayWidth.of(character) == 1 && DisplayWidth.measured(character) == 1, "U+\(String(value, radix: 16))")
            let marked = Character(String(character) + "\u{301}")
            #expect(DisplayWidth.of(marked) == DisplayWidth.measured(marked), "U+\(String(value, radix: 16)) + U+0301")
        }
    }

    /// A printable ASCII text is cut on its bytes: the characters a column each would give.
    @Test func asciiPrefixesAreTheLeadingCharacters() {
        for text in ["", "a", "meta/llama-2-70b-chat", " ~x"] {
            for columns in -1...text.count + 1 {
                #expect(DisplayWidth.prefix(text, columns: columns) == text.prefix(max(0, columns)), "\(text) to \(columns)")
                #expect(DisplayWidth.prefix(text.dropFirst(), columns: columns) == text.dropFirst().prefix(max(0, columns)))
            }
        }
    }
}
