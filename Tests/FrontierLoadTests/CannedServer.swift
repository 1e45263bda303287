import NIOCore
import NIOPosix

/// A TCP server on 127.0.0.1 that answers every connection with fixed bytes, for the ways
/// a server goes wrong: garbage, a stream cut off, no answer at all, an error status.
final class CannedServer: Sendable {
    enum Behaviour: Sendable {
        /// Write the bytes once the request arrives, then close (or keep the connection open).
        case reply([UInt8], close: Bool)
        /// Read the request and never answer.
        case silent
    }

    let port: Int
    private let channel: any Channel
    private let group: MultiThreadedEventLoopGroup

    init(_ behaviour: Behaviour) async throws {
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        channel = try await ServerBootstrap(group: group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(Handler(behaviour)) }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        port = channel.localAddress!.port!
    }

    func stop() async throws {
        try await channel.close()
        try await group.shutdownGracefully()
    }

    /// Answers at the first read of a connection (the rest of the request is ignored).
    private final class Handler: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        let behaviour: Behaviour
        var answered = false

        init(_ behaviour: Behaviour) { self.behaviour = behaviour }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            guard case .reply(let bytes, let close) = behaviour, !answered else { return }
            answered = true
            let write = context.writeAndFlush(NIOAny(context.channel.allocator.buffer(bytes: bytes)))
            if close { write.whenComplete { [channel = context.channel] _ in channel.close(promise: nil) } }
        }
    }
}

/// Response texts for the canned server.
enum Canned {
    static func http(_ status: String, headers: [String] = [], body: String) -> [UInt8] {
        let lines = ["HTTP/1.1 \(status)"] + headers + ["Content-Length: \(body.utf8.count)", "", body]
        return Array(lines.joined(separator: "\r\n").utf8)
    }

    /// An event stream without a length, ended by closing: `events` then nothing more.
    static func stream(_ events: String) -> [UInt8] {
        Array(("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n" + events).utf8)
    }
}
