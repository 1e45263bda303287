import Testing
@testable import FrontierData

private func parse(_ text: String) throws(JSONParser.SyntaxError) -> JSONValue {
    try JSONParser.parse(Array(text.utf8))
}

/// The syntax error `bytes` give, or nil (with an issue recorded) when they parse.
private func syntaxError(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> JSONParser.SyntaxError? {
    do {
        let value = try JSONParser.parse(bytes)
        Issue.record("expected a syntax error, parsed \(value)", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

private func syntaxError(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> JSONParser.SyntaxError? {
    syntaxError(Array(text.utf8), sourceLocation: sourceLocation)
}

private func expectError(_ text: String, line: Int, column: Int, _ fragment: String,
                         sourceLocation: SourceLocation = #_sourceLocation) {
    guard let error = syntaxError(text, sourceLocation: sourceLocation) else { return }
    #expect(error.line == line, "line", sourceLocation: sourceLocation)
    #expect(error.column == column, "column", sourceLocation: sourceLocation)
    #expect(error.message.contains(fragment), "message: \(error.message)", sourceLocation: sourceLocation)
}

@Suite struct JSONParserValidTests {
    @Test func nestedDocument() throws {
        let value = try parse(#" { "a" : [1, {"b": null, "c": [true, false, []]}], "d": {}, "e": "x" } "#)
        let expected: JSONValue = .object([
            .init("a", .array([.number(1), .object([.init("b", .null),
                                                  .init("c", .array([.bool(true), .bool(false), .array([])]))])])),
            .init("d", .object([])),
            .init("e", .string("x")),
        ])
        #expect(value == expected)
        #expect(value["a"] == .array([.number(1), expected["a"]!.arrayItems[1]]))
        #expect(value["missing"] == nil)
    }

    @Test func scalarsAtTopLevel() throws {
        #expect(try parse("null") == .null)
        #expect(try parse(" true ") == .bool(true))
        #expect(try parse("\n-12\n") == .number(-12))
        #expect(try parse(#""só""#) == .string("só"))
    }

    @Test func escapes() throws {
        let value = try parse(#"["\"\\\/\b\f\n\r\t", "\u0041\u00e9\u4e2d", "plain é 中"]"#)
        #expect(value == .array([.string("\"\\/\u{08}\u{0C}\n\r\t"), .string("Aé中"), .string("plain é 中")]))
    }

    @Test func surrogatePairs() throws {
        #expect(try parse(#""\uD83D\uDE00""#) == .string("😀"))
        #expect(try parse(#""a\ud834\udd1eb""#) == .string("a𝄞b"))
    }

    @Test func loneSurrogatesAreErrors() {
        expectError(#""\uD83D""#, line: 1, column: 8, "unpaired surrogate")
        expectError(#""\uD83D\u0041""#, line: 1, column: 14, "unpaired surrogate")
        expectError(#""\uDE00""#, line: 1, column: 8, "invalid \\u escape")
    }

    @Test func numbers() throws {
        let value = try parse("[0, -0, 1e3, 1E+2, -2.5e-3, 123.456, 6.02e23, 1e-400, 9007199254740993]")
        #expect(value == .array([.number(0), .number(0), .number(1000), .number(100), .number(-0.0025),
                                 .number(123.456), .number(6.02e23), .number(0), .number(9007199254740992)]))
    }

    @Test func keyOrderIsKept() throws {
        let value = try parse(#"{"z": 1, "a": 2, "m": 3, "b": {"y": 0, "x": 0}}"#)
        guard case .object(let members) = value, case .object(let inner)? = value["b"] else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["z", "a", "m", "b"])
        #expect(inner.map(\.key) == ["y", "x"])
    }

    @Test func nestingUpToTheLimitParses() throws {
        let depth = 512
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        var value = try parse(text)
        var levels = 0
        while case .array(let items) = value {
            levels += 1
            guard let first = items.first else { break }
            value = first
        }
        #expect(levels == depth)
    }
}

@Suite struct JSONParserErrorTests {
    @Test func truncatedObject() {
        expectError(#"{"a": 1"#, line: 1, column: 8, "the file ends inside an object")
        expectError("{\n  \"a\": 1,\n", line: 3, column: 1, "the file ends inside an object")
        expectError(#"{"a":"#, line: 1, column: 6, "the file ends early")
        expectError("{", line: 1, column: 2, "the file ends inside an object")
    }

    @Test func truncatedArray() {
        expectError("[1, 2", line: 1, column: 6, "the file ends inside an array")
        expectError("[1,\n", line: 2, column: 1, "the file ends early")
    }

    @Test func truncatedString() {
        expectError(#"{"name": "abc"#, line: 1, column: 14, "the file ends inside a string")
        expectError(#"["abc\"#, line: 1, column: 7, "the file ends inside a string")
        expectError(#"["abc\u00"#, line: 1, column: 8, "expected four hex digits")
    }

    @Test func trailingGarbage() {
        expectError(#"{"a": 1} x"#, line: 1, column: 10, "unexpected 'x' after the end of the JSON value")
        expectError("{}\n{}", line: 2, column: 1, "unexpected '{' after the end")
    }

    @Test func missingSeparators() {
        expectError(#"{"a" 1}"#, line: 1, column: 6, "expected ':' after the key")
        expectError(#"{"a": 1 "b": 2}"#, line: 1, column: 9, "expected ',' or '}'")
        expectError("[1 2]", line: 1, column: 4, "expected ',' or ']'")
        expectError("{a: 1}", line: 1, column: 2, "expected a key in double quotes")
        expectError("[1,]", line: 1, column: 4, "unexpected ']'; expected a value")
    }

    @Test func nanAndInfinity() {
        expectError(#"{"a": NaN}"#, line: 1, column: 7, "NaN and Infinity are not JSON numbers")
        expectError("[\n Infinity]", line: 2, column: 2, "NaN and Infinity are not JSON numbers")
        expectError("[-Infinity]", line: 1, column: 2, "NaN and Infinity are not JSON numbers")
    }

    @Test func numberOutOfRange() {
        expectError(#"{"x": [1, 1e999]}"#, line: 1, column: 11, "number 1e999 is out of range")
        expectError("-1e400", line: 1, column: 1, "out of range")
    }

    @Test func malformedNumbers() {
        expectError("[1.]", line: 1, column: 4, "expected digits after '.'")
        expectError("[1e]", line: 1, column: 4, "expected exponent digits")
        expectError("[-]", line: 1, column: 3, "expected digits")
        expectError("[.5]", line: 1, column: 2, "unexpected '.'")
        expectError("[012]", line: 1, column: 2, "leading zero")
        expectError("[-01]", line: 1, column: 2, "leading zero")
    }

    @Test func badLiterals() {
        expectError("[tru]", line: 1, column: 2, "unexpected 't'; expected a value")
        expectError("[nul", line: 1, column: 2, "expected a value")
    }

    @Test func duplicateKey() {
        expectError("{\"a\": 1,\n \"b\": 2,\n \"a\": 3}", line: 3, column: 2, #"duplicate key "a" in one object"#)
        // Same key in different objects is fine.
        #expect((try? parse(#"[{"a": 1}, {"a": 2}]"#)) != nil)
    }

    @Test func controlCharacterInString() {
        expectError("[\"a\tb\"]", line: 1, column: 4, "control character (byte 0x9) inside a string")
        expectError("{\"k\":\n \"a\nb\"}", line: 2, column: 4, "control character (byte 0xA)")
        expectError("[\"x\\n\u{1}\"]", line: 1, column: 6, "control character (byte 0x1)")
    }

    @Test func invalidEscape() {
        expectError(#"["a\x"]"#, line: 1, column: 5, #"invalid escape '\x' in a string"#)
        expectError(#"["\u12G4"]"#, line: 1, column: 5, "expected four hex digits")
        // A sign is not a hex digit.
        expectError(#"["\u+041"]"#, line: 1, column: 5, "expected four hex digits")
        expectError(#"["\u-000"]"#, line: 1, column: 5, "expected four hex digits")
    }

    @Test func emptyFile() {
        expectError("", line: 1, column: 1, "the file is empty")
        expectError("  \n\t ", line: 2, column: 3, "the file is empty")
    }

    @Test func deepNesting() {
        expectError(String(repeating: "[", count: 10_000), line: 1, column: 513, "nested deeper than 512 levels")
        expectError(String(repeating: #"{"a":"#, count: 600), line: 1, column: 5 * 512 + 1, "nested deeper than 512 levels")
    }

    @Test func invalidUTF8() {
        // Inside a string: the position of the bad byte.
        guard let inString = syntaxError([0x5B, 0x22, 0x61, 0xFF, 0x62, 0x22, 0x5D]) else { return }   // ["a\xFFb"]
        #expect(inString.line == 1)
        #expect(inString.column == 4)
        #expect(inString.message.contains("invalid UTF-8"))
        // A truncated multi-byte sequence in an escaped string.
        guard let escaped = syntaxError(Array(#"["\n"#.utf8) + [0xE4, 0xB8] + Array(#"x"]"#.utf8)) else { return }
        #expect(escaped.message.contains("invalid UTF-8"))
        #expect(escaped.column == 5)
        // Outside a string.
        guard let outside = syntaxError([0x5B, 0xC3, 0x28, 0x5D]) else { return }
        #expect(outside.line == 1 && outside.column == 2)
        #expect(outside.message.contains("byte 0xC3"))
    }

    @Test func columnsCountCharactersNotBytes() {
        // "中文" is six UTF-8 bytes but two characters.
        expectError(#"{"中文": x}"#, line: 1, column: 8, "unexpected 'x'")
    }

    @Test func crlfLineEnds() {
        expectError("{\r\n\"a\": x}", line: 2, column: 6, "unexpected 'x'")
    }
}

extension JSONValue {
    var arrayItems: [JSONValue] {
        if case .array(let items) = self { return items }
        return []
    }
}
