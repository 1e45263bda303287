import Foundation
import Glibc

/// A deliberately small HTTP/1.1 client over a blocking socket, so the server tests see the
/// bytes on the wire (status, headers, chunked framing, SSE events, abrupt closes) and
/// nothing of an HTTP library's interpretation. Every read times out after 10 s.
final class RawConnection {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
        /// The body's end arrived: the terminal chunk, or all of `content-length`.
        var complete: Bool
        /// Seconds from the request's send to each body chunk's arrival, with its text.
        var chunks: [(time: Double, text: String)]

        /// The SSE `data:` payloads in order.
        var events: [String] {
            body.components(separatedBy: "\n\n").filter { $0.hasPrefix("data: ") }.map { String($0.dropFirst(6)) }
        }

        /// Each event decoded as JSON (`[DONE]` excluded).
        var jsonEvents: [[String: Any]] {
            events.filter { $0 != "[DONE]" }.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        }

        var json: [String: Any]? { try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any] }
    }

    private var fd: Int32
    private var buffer: [UInt8] = []
    private var closed = false
    /// Why the connection ended: ECONNRESET for the server's close, else the read's errno (EAGAIN: the 10 s timeout).
    private var ending = POSIXErrorCode.ECONNRESET

    init(port: Int) throws {
        // Close-on-exec: the CLI tests spawn processes from this same test process meanwhile.
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            let code = errno
            close()
            errno = code
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECONNREFUSED)
        }
    }

    deinit { close() }

    /// Closes our side, as a client that goes away does.
    func close() {
        if fd >= 0 { Glibc.close(fd) }
        fd = -1
    }

    /// Sends a request; `body` as JSON with its length.
    func send(_ method: String, _ path: String, body: String? = nil, keepAlive: Bool = true) {
        var text = "\(method) \(path) HTTP/1.1\r\nhost: 127.0.0.1\r\n"
        if !keepAlive { text += "connection: close\r\n" }
        if let body { text += "content-type: application/json\r\ncontent-length: \(body.utf8.count)\r\n\r\n\(body)" } else { text += "\r\n" }
        sendRaw(text)
    }

    func sendRaw(_ text: String) {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { return }
            sent += n
        }
    }

    /// Reads one response, timing each body chunk from `start` (default: now).
    func receive(since start: ContinuousClock.Instant = .now) throws -> Response {
        func seconds() -> Double {
            let d = ContinuousClock.now - start
            return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
        }
        let headText = try line(until: [13, 10, 13, 10])
        var lines = headText.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { throw POSIXError(.EPROTO) }
        var headers: [String: String] = [:]
        for line in lines where !line.isEmpty {
            let parts = line.split(separator: ":", maxSplits: 1)
            headers[parts[0].lowercased()] = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        }
        var response = Response(status: status, headers: headers, body: "", complete: false, chunks: [])
        if let length = headers["content-length"].flatMap(Int.init) {
            if let bytes = try? take(length) {
                response.body = String(decoding: bytes, as: UTF8.self)
                response.complete = true
            }
        } else if headers["transfer-encoding"] == "chunked" {
            while let sizeLine = try? line(until: [13, 10]), let size = Int(sizeLine, radix: 16) {
                if size == 0 {
                    _ = try? line(until: [13, 10])
                    response.complete = true
                    break
                }
                guard let bytes = try? take(size), (try? take(2)) != nil else { break }
                let text = String(decoding: bytes, as: UTF8.self)
                response.chunks.append((seconds(), text))
                response.body += text
            }
        }
        return response
    }

    /// True once the server has closed its side (a read returns end of file).
    func serverClosed() -> Bool {
        if closed { return true }
        fill()
        return closed && buffer.isEmpty
    }

    private func line(until terminator: [UInt8]) throws -> String {
        while true {
            if let range = find(terminator) {
                let text = String(decoding: buffer[..<range.lowerBound], as: UTF8.self)
                buffer.removeSubrange(..<range.upperBound)
                return text
            }
            guard !closed else { throw POSIXError(ending) }
            fill()
        }
    }

    private func take(_ count: Int) throws -> [UInt8] {
        while buffer.count < count {
            guard !closed else { throw POSIXError(ending) }
            fill()
        }
        defer { buffer.removeFirst(count) }
        return Array(buffer[..<count])
    }

    private func find(_ pattern: [UInt8]) -> Range<Int>? {
        guard buffer.count >= pattern.count else { return nil }
        for i in 0...(buffer.count - pattern.count) where buffer[i..<(i + pattern.count)].elementsEqual(pattern) {
            return i..<(i + pattern.count)
        }
        return nil
    }

    private func fill() {
        var chunk = [UInt8](repeating: 0, count: 65536)
        var n = 0
        repeat { n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) } } while n < 0 && errno == EINTR
        if n < 0 { ending = POSIXErrorCode(rawValue: errno) ?? .EIO }
        if n <= 0 { closed = true } else { buffer += chunk[..<n] }
    }
}
