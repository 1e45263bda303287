import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// The HTTP client of a sweep: HTTP/1.1, no decompression, and a connection pool as large
/// as the highest concurrency (AsyncHTTPClient's default of 8 connections a host would
/// silently cap every level above 8).
///
/// ```swift
/// let client = LoadClient(connections: 64)
/// let result = await client.stream(request, timeouts: Timeouts())
/// try await client.shutdown()
/// ```
public final class LoadClient: Sendable {
    let http: HTTPClient

    public init(connections: Int) {
        var configuration = HTTPClient.Configuration(timeout: .init(connect: .seconds(10)), decompression: .disabled)
        configuration.httpVersion = .http1Only
        configuration.connectionPool = .init(idleTimeout: .seconds(60),
                                             concurrentHTTP1ConnectionsPerHostSoftLimit: max(1, connections))
        http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    public var eventLoopGroup: any EventLoopGroup { http.eventLoopGroup }

    /// Sends a streaming request and measures it. Never throws: every way a request can
    /// go wrong is a failed result with its reason. Cancelling the calling task abandons
    /// the request.
    public func stream(_ request: StreamRequest, timeouts: Timeouts) async -> RequestResult {
        let loop = http.eventLoopGroup.next()
        let delegate = StreamDelegate(eventLoop: loop, timeouts: timeouts)
        let task: HTTPClient.Task<Void>
        do {
            var r = try HTTPClient.Request(url: request.url, method: .POST, body: .bytes(request.body))
            for (name, value) in request.headers { r.headers.add(name: name, value: value) }
            task = http.execute(request: r, delegate: delegate, eventLoop: .delegate(on: loop))
        } catch {
            return RequestResult(failure: .connect, startNs: StreamDelegate.now(), endNs: StreamDelegate.now())
        }
        loop.execute { delegate.watch(task) }
        return await withTaskCancellationHandler {
            (try? await delegate.result.futureResult.get())
                ?? RequestResult(failure: .connect, startNs: StreamDelegate.now(), endNs: StreamDelegate.now())
        } onCancel: {
            task.cancel()
        }
    }

    /// A plain GET, for `/v1/models`: the status, the `server` header and the body.
    public func get(_ url: String, headers: [(String, String)], timeoutS: Double) async throws -> (status: Int, server: String?, body: [UInt8]) {
        var request = HTTPClientRequest(url: url)
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        let response = try await http.execute(request, timeout: .milliseconds(Int64(timeoutS * 1000)))
        let body = try await response.body.collect(upTo: 16 << 20)
        return (Int(response.status.code), response.headers.first(name: "server"), Array(body.readableBytesView))
    }

    public func shutdown() async throws {
        try await http.shutdown()
    }
}
