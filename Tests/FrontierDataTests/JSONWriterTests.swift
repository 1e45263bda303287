import Testing
@testable import FrontierData
import FrontierCore

private func roundTrip(_ value: JSONValue, pretty: Bool, sourceLocation: SourceLocation = #_sourceLocation) {
    let text = JSONWriter.write(value, pretty: pretty)
    do {
        let back = try JSONParser.parse(Array(text.utf8))
        #expect(back == value, "wrote:\n\(text)", sourceLocation: sourceLocation)
    } catch {
        Issue.record("wrote unparsable JSON (\(error.message) at \(error.line):\(error.column)):\n\(text)", sourceLocation: sourceLocation)
    }
}

@Suite struct JSONWriterTests {
    static let awkwardStrings: [String] = [
        "", "plain", #"say "hi""#, "back\\slash", "a/b", "line\nbreak", "cr\rlf\r\n", "tab\there",
        String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) }), "del\u{7F}", "nul\u{0}byte",
        "esc\u{1B}[31mred\u{07}", "é 中文 😀 𝄞", "\u{2028}\u{2029}", "\u{FEFF}bom", "c1\u{85}\u{9B}",
        "bidi\u{202E}evil\u{2066}", "zero\u{200B}width", "dash — and × stay",
    ]

    static let awkwardNumbers: [Double] = [
        0, -0.0, 1, -1, 0.1, 0.2, 1.0 / 3, 1e-7, 2.5e-8, 123456789.123, 0.790009, 76.2, 1e15, 1e15 - 1, 1e16,
        -1e15 + 0.5, 9007199254740992, 1e300, -1e-300, Double.leastNonzeroMagnitude, Double.greatestFiniteMagnitude, 4.35, 1151.4,
    ]

    @Test(arguments: awkwardStrings)
    func stringsRoundTrip(_ s: String) {
        roundTrip(.string(s), pretty: true)
        roundTrip(.object([.init(s, .string(s))]), pretty: false)
    }

    @Test func outputHoldsNoRawControlCharacters() {
        let text = JSONWriter.write(.array(Self.awkwardStrings.map(JSONValue.string)), pretty: false)
        // Report JSON goes to a terminal unsanitised: no C0, C1 or bidi control may be left raw.
        #expect(!text.unicodeScalars.contains(where: Sanitize.isControl))
        #expect(JSONWriter.write(.string("a\u{1}\u{1F}\"\\\n"), pretty: false) == #""a\u0001\u001f\"\\\n""#)
        #expect(JSONWriter.write(.string("c1\u{9B}bidi\u{202E}—"), pretty: false) == #""c1\u009bbidi\u202e—""#)
    }

    @Test func textAroundEscapesIsWrittenAsItIs() {
        // A setup's name holds a `·` (0xC2 0xB7), which sends it the long way round.
        #expect(JSONWriter.write(.string("model-7 · 8×H100"), pretty: false) == "\"model-7 · 8×H100\"")
        #expect(JSONWriter.write(.string("\"é·\u{200B}→\u{85}\n"), pretty: false) == #""\"é·\u200b→\u0085\n""#)
        #expect(JSONWriter.write(.string("\u{2066}"), pretty: false) == #""\u2066""#)
    }

    @Test(arguments: awkwardNumbers)
    func numbersRoundTrip(_ n: Double) throws {
        roundTrip(.number(n), pretty: false)
        roundTrip(.array([.number(n), .number(-n)]), pretty: true)
        let text = JSONWriter.number(n)
        let back = try JSONParser.parse(Array(text.utf8))
        #expect(back == .number(n))
        if case .number(let m) = back { #expect(m.bitPattern == n.bitPattern || n == 0) }
    }

    @Test func numberForms() {
        #expect(JSONWriter.number(0.1) == "0.1")
        #expect(JSONWriter.number(2993) == "2993")
        #expect(JSONWriter.number(-4) == "-4")
        #expect(JSONWriter.number(123456789.123) == "123456789.123")
        #expect(JSONWriter.number(Double.nan) == "null")
        #expect(JSONWriter.number(Double.infinity) == "null")
    }

    @Test func nestedValuesRoundTrip() {
        let value: JSONValue = .object([
            .init("z", .array([])), .init("a", .object([])), .init("n", .null), .init("t", .bool(true)),
            .init("f", .bool(false)),
            .init("deep", .array([.array([.object([.init("k", .array([.number(0.1), .string("\"")]))])])])),
            .init("é", .number(1e-7)),
        ])
        roundTrip(value, pretty: true)
        roundTrip(value, pretty: false)
    }

    @Test func prettyLayout() {
        let value: JSONValue = .object([.init("b", .number(1)), .init("a", .array([.bool(true), .null])), .init("e", .object([]))])
        #expect(JSONWriter.write(value) == """
            {
              "b": 1,
              "a": [
                true,
                null
              ],
              "e": {}
            }

            """)
        #expect(JSONWriter.write(value, pretty: false) == #"{"b":1,"a":[true,null],"e":{}}"#)
    }

    @Test func objectBuilderLeavesOutNil() {
        let value = JSONValue.object(["a": .number(1), "b": nil, "c": .optional(nil as String?)])
        #expect(value == .object([.init("a", .number(1)), .init("c", .null)]))
    }
}

@Suite struct JSONWriterStreamingTests {
    static let head: [JSONValue.Member] = [.init("a", .number(1)), .init("b", .object([.init("c", .array([.string("x\"y"), .null]))]))]

    static func item(_ i: Int) -> JSONValue { .object([.init("i", .number(Double(i))), .init("s", .string("n\n\(i)"))]) }

    @Test(arguments: [0, 1, 3])
    func writingItemByItemGivesTheWholeObjectsText(count: Int) {
        let whole = JSONValue.object(Self.head + [.init("items", .array((0..<count).map(Self.item)))])
        for pretty in [true, false] {
            #expect(JSONWriter.write(object: Self.head, then: "items", count: count, pretty: pretty, item: Self.item)
                == JSONWriter.write(whole, pretty: pretty))
        }
    }

    @Test(arguments: [0, 1, 3])
    func membersAfterTheStreamedArrayAreWrittenInOrder(count: Int) {
        let tail: [JSONValue.Member] = [.init("z", .array([.number(2)])), .init("y", .string("t"))]
        let whole = JSONValue.object(Self.head + [.init("items", .array((0..<count).map(Self.item)))] + tail)
        for pretty in [true, false] {
            #expect(JSONWriter.write(object: Self.head, then: "items", count: count, tail: tail, pretty: pretty, item: Self.item)
                == JSONWriter.write(whole, pretty: pretty))
        }
    }

    /// Members written one by one, as the JSON report writes a setup, give the text of the
    /// value they make: nil as null, an object of none as `{}`, nesting indented alike.
    @Test func membersWrittenOneByOneGiveTheValuesText() {
        let value = JSONValue.object([
            .init("n", .number(0.25)), .init("none", .null), .init("s", .string("a\"b")), .init("t", .bool(true)),
            .init("o", .object([.init("k", .number(3))])), .init("empty", .object([])), .init("no", .null),
            .init("list", .array([.object([.init("i", .number(0))]), .object([.init("i", .number(1))])])), .init("v", .array([])),
        ])
        for pretty in [true, false] {
            var out = JSONWriter.Output()
            out.object(indent: pretty ? 0 : nil) { o in
                o.member("n", 0.25)
                o.member("none", nil as Double?)
                o.member("s", "a\"b")
                o.member("t", true)
                o.member("o", 3.0) { o, k in o.member("k", k) }
                o.member("empty", 0) { _, _ in }
                o.member("no", nil as Int?) { o, k in o.member("k", Double(k)) }
                o.member("list")
                o.array(count: 2, indent: o.valueIndent) { i, o, indent in o.object(indent: indent) { $0.member("i", Double(i)) } }
                o.member("v", .array([]))
            }
            #expect(out.text + (pretty ? "\n" : "") == JSONWriter.write(value, pretty: pretty))
        }
    }

    /// Written in pieces of at least 40 bytes, the text is the same, in more than one piece.
    @Test func writingInPiecesGivesTheSameText() {
        for pretty in [true, false] {
            var pieces: [[UInt8]] = []
            JSONWriter.write(object: Self.head, then: "items", count: 20, pretty: pretty, piece: 40, item: Self.item) { pieces.append($0) }
            #expect(pieces.count > 5)
            #expect(pieces.dropLast().allSatisfy { $0.count >= 40 })
            #expect(pieces.joined().elementsEqual(JSONWriter.bytes(object: Self.head, then: "items", count: 20, pretty: pretty, item: Self.item)))
            var lines: [[UInt8]] = []
            JSONWriter.lines(count: 20, piece: 40, writing: { k, out in out.write(Self.item(k), indent: nil) }) { lines.append($0) }
            #expect(lines.count > 5)
            #expect(lines.joined().elementsEqual(JSONWriter.lines(count: 20, item: Self.item)))
        }
    }

    @Test func deepIndentationBeyondTheCachedDepths() throws {
        var value = JSONValue.number(1)
        for _ in 0..<40 { value = .array([value]) }
        let text = JSONWriter.write(value)
        #expect(text.contains("\n" + String(repeating: " ", count: 80) + "1"))
        #expect(try JSONParser.parse(Array(text.utf8)) == value)
    }
}
