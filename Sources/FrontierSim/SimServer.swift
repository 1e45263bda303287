import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// An OpenAI-compatible streaming server on loopback that answers as the `ServingModel`
/// schedules: `/v1/models`, `/v1/chat/completions`, `/v1/completions`, `/health` and
/// `/metrics` (JSON: running, waiting, max_in_flight and the request counts).
///
/// ```swift
/// let server = try await SimServer.start(config: .preset("h100x2-llama70b")!)   // any free port
/// // … send requests to http://127.0.0.1:\(server.port)/v1 …
/// try await server.stop()
/// ```
///
/// One event loop thread runs the model and every connection: a simulator's work per
/// token is a few hundred bytes, and the load generator wants the other core.
public final class SimServer: Sendable {
    public enum StartError: Error, CustomStringConvertible {
        case invalid([String])
        case notLoopback(String)
        /// The socket could not be bound: the system's reason (the port is taken, say).
        case cannotListen(host: String, port: Int, reason: String)

        public var description: String {
            switch self {
            case .invalid(let problems): "invalid simulator settings: " + problems.joined(separator: "; ")
            case .notLoopback(let host): "the simulator listens on loopback only (127.0.0.1 or ::1), not \(host)"
            case .cannotListen(let host, let port, let reason): "cannot listen on \(host):\(port): \(reason)"
            }
        }
    }

    /// The `server` header of every response: what a bench records as the engine.
    static let serverHeader = "frontier-serve-sim"

    public let config: SimConfig
    public let port: Int
    /// `http://127.0.0.1:PORT` (or `http://[::1]:PORT`): the base URL clients append `/v1/…` to.
    public let baseURL: String
    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel
    private let published: MetricsBox
    private let stopped = Mutex(false)

    private init(config: SimConfig, host: String, port: Int, group: MultiThreadedEventLoopGroup, channel: any Channel,
                 published: MetricsBox) {
        self.config = config
        self.port = port
        baseURL = host.contains(":") ? "http://[\(host)]:\(port)" : "http://\(host):\(port)"
        self.group = group
        self.channel = channel
        self.published = published
    }

    public static func start(config: SimConfig, host: String = "127.0.0.1", port: Int = 0) async throws -> SimServer {
        guard config.problems.isEmpty else { throw StartError.invalid(config.problems) }
        guard host == "127.0.0.1" || host == "::1" else { throw StartError.notLoopback(host) }
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let loop = group.next()
        let published = MetricsBox()
        let created = Int(Date().timeIntervalSince1970)
        let engine = try await loop.submit {
            NIOLoopBound(Engine(config: config, loop: loop, published: published, created: created), eventLoop: loop)
        }.get()
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 4096)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            // Accept a burst of clients in one wake-up, not four at a time.
            .serverChannelOption(.maxMessagesPerRead, value: 256)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(SimHTTPHandler(engine: engine.value))
                }
            }
        do {
            let channel = try await bootstrap.bind(host: host, port: port).get()
            return SimServer(config: config, host: host, port: channel.localAddress?.port ?? port, group: group,
                             channel: channel, published: published)
        } catch {
            try? await group.shutdownGracefully()
            let reason = (error as? IOError).map { String(cString: strerror($0.errnoCode)) } ?? "\(error)"
            throw StartError.cannotListen(host: host, port: port, reason: reason)
        }
    }

    public func metrics() -> SimMetrics { published.value }

    /// Closes the listening socket and every connection. A second call does nothing.
    public func stop() async throws {
        guard stopped.withLock({ was in defer { was = true }; return !was }) else { return }
        try? await channel.close()
        try await group.shutdownGracefully()
    }
}
