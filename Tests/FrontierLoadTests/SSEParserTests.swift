import FrontierCore
import Testing
@testable import FrontierLoad

@Suite struct SSEParserTests {
    /// A stream with every line ending, comments, a multi-line event, a named event and
    /// fields without a space after the colon.
    static let stream = ": keep-alive\r\ndata: {\"a\":1}\r\n\r\ndata:{\"b\":2}\n\nevent: error\ndata: x\rdata: y\r\r"
        + "id: 7\nretry: 10\n\ndata: [DONE]\n\n"
    static let expected: [SSEParser.Event] = [
        .init(event: nil, data: "{\"a\":1}"), .init(event: nil, data: "{\"b\":2}"),
        .init(event: "error", data: "x\ny"), .init(event: nil, data: "[DONE]"),
    ]

    @Test func parsesWholeStream() {
        var parser = SSEParser()
        #expect(parser.feed(Array(Self.stream.utf8)) == Self.expected)
    }

    @Test func sameEventsUnderRandomRechunking() {
        let bytes = Array(Self.stream.utf8)
        var rng = SplitMix64(seed: 13)
        for round in 0..<500 {
            var parser = SSEParser()
            var events: [SSEParser.Event] = []
            var i = 0
            while i < bytes.count {
                let n = 1 + rng.int(round % 2 == 0 ? 3 : 17)
                events += parser.feed(bytes[i..<min(bytes.count, i + n)])
                i += n
            }
            #expect(events == Self.expected, "round \(round)")
        }
    }

    @Test func crlfSplitAcrossChunksEndsOneLine() {
        var parser = SSEParser()
        #expect(parser.feed(Array("data: a\r".utf8)).isEmpty)
        // The LF completes the CRLF; the blank line after it dispatches.
        #expect(parser.feed(Array("\n\r\n".utf8)) == [.init(event: nil, data: "a")])
    }

    @Test func eventWithoutDataIsNotDispatched() {
        var parser = SSEParser()
        #expect(parser.feed(Array("event: ping\n\n: only a comment\n\n".utf8)).isEmpty)
    }
}
