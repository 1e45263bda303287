/// An incremental parser of server-sent events (the WHATWG `text/event-stream` format):
/// bytes go in as they arrive, in chunks cut anywhere, and whole events come out.
///
/// ```swift
/// var parser = SSEParser()
/// for event in parser.feed(Array("data: {\"a\":1}\r\n\r\n".utf8)) { print(event.data) }
/// ```
///
/// Lines end with CR, LF or CRLF, even when a CRLF is split across two chunks. Comment
/// lines (`:` first) are dropped; `data` lines join with LF; an event is dispatched at a
/// blank line, and only when it has data.
public struct SSEParser: Sendable {
    public struct Event: Equatable, Sendable {
        public var event: String?
        public var data: String
    }

    private var line: [UInt8] = []
    /// The last byte was a CR: an LF right after it ends no second line.
    private var afterCR = false
    private var data: [UInt8] = []
    private var hasData = false
    private var eventName: String?
    /// Bytes seen in the current line, bounded so a server that never ends a line cannot
    /// grow memory without limit.
    public static let maxLineBytes = 16 << 20

    public init() {}

    /// Whether a line was longer than `maxLineBytes` (the stream is then not SSE).
    public private(set) var overflowed = false

    public mutating func feed(_ bytes: [UInt8]) -> [Event] {
        bytes.withUnsafeBytes { feed($0) }
    }

    public mutating func feed(_ bytes: ArraySlice<UInt8>) -> [Event] {
        bytes.withUnsafeBytes { feed($0) }
    }

    /// Takes the bytes a run at a time between line ends (a byte-by-byte generic loop is
    /// slow enough in a debug build to make the client the bottleneck).
    public mutating func feed(_ bytes: UnsafeRawBufferPointer) -> [Event] {
        var events: [Event] = []
        var i = 0
        let n = bytes.count
        while i < n {
            if afterCR {
                afterCR = false
                if bytes[i] == 0x0A {
                    i += 1
                    continue
                }
            }
            var end = i
            while end < n && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
            if end > i {
                let room = Self.maxLineBytes - line.count
                if end - i > room { overflowed = true }
                line.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[i..<(i + min(end - i, max(0, room)))]))
            }
            guard end < n else { break }
            afterCR = bytes[end] == 0x0D
            endLine(into: &events)
            i = end + 1
        }
        return events
    }

    private mutating func endLine(into events: inout [Event]) {
        defer { line.removeAll(keepingCapacity: true) }
        if line.isEmpty {
            if hasData { events.append(Event(event: eventName, data: String(decoding: data, as: UTF8.self))) }
            data.removeAll(keepingCapacity: true)
            hasData = false
            eventName = nil
            return
        }
        if line[0] == UInt8(ascii: ":") { return }
        let colon = line.firstIndex(of: UInt8(ascii: ":")) ?? line.count
        var valueStart = min(colon + 1, line.count)
        if valueStart < line.count && line[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
        let field = line[..<colon]
        let value = line[valueStart...]
        if field.elementsEqual("data".utf8) {
            if hasData { data.append(0x0A) }
            data.append(contentsOf: value)
            hasData = true
        } else if field.elementsEqual("event".utf8) {
            eventName = String(decoding: value, as: UTF8.self)
        }
        // `id` and `retry` steer reconnection, which a benchmark never does.
    }
}
