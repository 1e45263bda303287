import Testing
@testable import FrontierData

private func records(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [CSVReader.Record] {
    do {
        return try CSVReader.records(text)
    } catch {
        Issue.record("unexpected CSV error at line \(error.line): \(error.message)", sourceLocation: sourceLocation)
        return []
    }
}

private func syntaxError(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> CSVReader.SyntaxError? {
    do {
        let records = try CSVReader.records(text)
        Issue.record("expected a CSV error, read \(records)", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

@Suite struct CSVReaderTests {
    @Test func plainRecords() {
        #expect(records("a,b,c\n1,2,3\n") == [
            .init(line: 1, fields: ["a", "b", "c"]),
            .init(line: 2, fields: ["1", "2", "3"]),
        ])
    }

    @Test func lastRecordWithoutLineEnd() {
        #expect(records("a,b\n1,2") == [.init(line: 1, fields: ["a", "b"]), .init(line: 2, fields: ["1", "2"])])
    }

    @Test func emptyFields() {
        #expect(records("a,,c\n,,\n") == [.init(line: 1, fields: ["a", "", "c"]), .init(line: 2, fields: ["", "", ""])])
    }

    @Test func quotedCommas() {
        #expect(records(#"x,"a, b",y"#) == [.init(line: 1, fields: ["x", "a, b", "y"])])
    }

    @Test func doubledQuotes() {
        #expect(records(#""say ""hi""","""","""""""#) == [.init(line: 1, fields: [#"say "hi""#, #"""#, #""""#])])
        #expect(records(#""","x""#) == [.init(line: 1, fields: ["", "x"])])
    }

    @Test func embeddedNewlinesKeepLineNumbers() {
        let text = "h1,h2\n\"two\nlines\",1\n\"three\r\nlines\nhere\",2\nlast,3\n"
        let read = records(text)
        #expect(read.map(\.line) == [1, 2, 4, 7])
        #expect(read.map(\.fields) == [["h1", "h2"], ["two\nlines", "1"], ["three\r\nlines\nhere", "2"], ["last", "3"]])
    }

    @Test func crlf() {
        #expect(records("a,b\r\n1,2\r\n3,4\r\n") == [
            .init(line: 1, fields: ["a", "b"]), .init(line: 2, fields: ["1", "2"]), .init(line: 3, fields: ["3", "4"]),
        ])
        // A lone CR ends a record too.
        #expect(records("a\r1\r").map(\.line) == [1, 2])
    }

    @Test func blankLinesAreSkipped() {
        let read = records("\na,b\n\n\r\n1,2\n\n\n3,4\n\n")
        #expect(read == [
            .init(line: 2, fields: ["a", "b"]), .init(line: 5, fields: ["1", "2"]), .init(line: 8, fields: ["3", "4"]),
        ])
    }

    @Test func emptyText() {
        #expect(records("").isEmpty)
        #expect(records("\n\n\r\n").isEmpty)
    }

    @Test func unicodeFields() {
        #expect(records("模型,é\n\"中文,😀\",x\n") == [.init(line: 1, fields: ["模型", "é"]), .init(line: 2, fields: ["中文,😀", "x"])])
    }

    @Test func unterminatedQuoteReportsTheOpeningLine() {
        guard let error = syntaxError("a,b\n1,2\n3,\"open\nmore\nand more\n") else { return }
        #expect(error.line == 3)
        #expect(error.message.contains("quoted field never closed"))
    }

    @Test func textAfterClosingQuote() {
        guard let error = syntaxError("a,b\n\"x\"y,2\n") else { return }
        #expect(error.line == 2)
        #expect(error.message.contains("unexpected text after a closing quote"))
        guard let spaced = syntaxError("a\n\n\"multi\nline\" ,2\n") else { return }
        #expect(spaced.line == 4)
    }

    @Test func nulByte() {
        guard let error = syntaxError("a,b\n1,2\n3,x\u{0}y\n") else { return }
        #expect(error.line == 3)
        #expect(error.message.contains("NUL byte"))
        #expect(error.message.contains("binary"))
    }

    @Test func quoteInsideAnUnquotedFieldIsKept() {
        #expect(records(#"5" screen,x"#) == [.init(line: 1, fields: [#"5" screen"#, "x"])])
    }
}
