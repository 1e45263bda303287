import Foundation
import NIOCore
import NIOHTTP1

/// One connection of the simulated server: routes each request, and streams an answer
/// as the engine's steps produce its tokens. Runs on the engine's event loop.
final class SimHTTPHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    /// Bodies past this are refused (HTTP 413) rather than held.
    static let maxBodyBytes = 16 << 20

    private struct Answer {
        var number: Int
        var head: HTTPRequestHead
        var request: GenerationRequest
        var plan: RequestPlan
        var id: String
        var sentTokens = 0
    }

    private let engine: Engine
    private var context: ChannelHandlerContext?
    private var head: HTTPRequestHead?
    private var body = ByteBuffer()
    private var bodyTooLarge = false
    private var answer: Answer?

    init(engine: Engine) { self.engine = engine }

    func handlerAdded(context: ChannelHandlerContext) { self.context = context }

    func handlerRemoved(context: ChannelHandlerContext) { self.context = nil }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            body.clear()
            bodyTooLarge = false
        case .body(var chunk):
            if body.readableBytes + chunk.readableBytes > Self.maxBodyBytes { bodyTooLarge = true } else { body.writeBuffer(&chunk) }
        case .end:
            guard let head else { return }
            self.head = nil
            route(head)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        if let answer { engine.cancel(number: answer.number) }
        answer = nil
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    private func route(_ head: HTTPRequestHead) {
        let path = head.uri.split(separator: "?", maxSplits: 1).first.map(String.init) ?? head.uri
        let routes: [String: (method: HTTPMethod, run: () -> Void)] = [
            "/health": (.GET, { self.respond(head, status: .ok, body: "", contentType: "text/plain") }),
            "/v1/models": (.GET, { self.respond(head, status: .ok, body: self.engine.text.models(maxModelLength: self.engine.config.maxModelLength)) }),
            "/metrics": (.GET, { self.respond(head, status: .ok, body: ResponseText.metrics(self.engine.metrics)) }),
            "/v1/chat/completions": (.POST, { self.generate(head, api: .chat) }),
            "/v1/completions": (.POST, { self.generate(head, api: .completions) }),
        ]
        guard let route = routes[path] else {
            return refuse(head, .init(status: 404, message: "no route \(path)", type: "NotFoundError"))
        }
        guard head.method == route.method else {
            return refuse(head, .init(status: 405, message: "\(path) takes \(route.method.rawValue), not \(head.method.rawValue)"))
        }
        route.run()
    }

    private func generate(_ head: HTTPRequestHead, api: GenerationRequest.API) {
        guard !bodyTooLarge else {
            return refuse(head, .init(status: 413, message: "the body is over \(Self.maxBodyBytes >> 20) MiB"))
        }
        let request: GenerationRequest
        do {
            request = try GenerationRequest.parse(Data(body.readableBytesView), api: api, config: engine.config)
        } catch {
            return refuse(head, error)
        }
        switch engine.admit(request, deliver: { self.deliver($0) }) {
        case .failed(let number):
            refuse(head, .init(status: 500, message: "simulated failure of request \(number) (fail mode http500)", type: "internal_server_error"))
        case .rejected(let waiting):
            refuse(head, .init(status: 429, message: "the queue is full: \(waiting) requests waiting (limit \(engine.config.queueLimit))",
                               type: "rate_limit_error"))
        case .accepted(let number, let plan):
            answer = Answer(number: number, head: head, request: request, plan: plan, id: ResponseText.completionID(api, number: number))
            guard request.stream, let context else { return }
            var headers = HTTPHeaders([("content-type", "text/event-stream"), ("cache-control", "no-cache")])
            headers.add(name: "server", value: SimServer.serverHeader)
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: .ok, headers: headers))), promise: nil)
            if api == .chat, engine.config.roleChunk == .immediate {
                write(engine.text.chunk(.chat, id: answer!.id, text: "", role: true, finish: nil, usage: nil))
            }
            context.flush()
        }
    }

    /// Tokens from the engine: buffered to `tokensPerChunk`, written as SSE events or, for
    /// a whole answer, held until the last one.
    private func deliver(_ emission: ServingModel.Emission) {
        guard var answer, answer.number == emission.id, let context else { return }
        let request = answer.request, config = engine.config
        let usage = config.usage == .requested
        if request.stream, emission.tokens - answer.sentTokens >= config.tokensPerChunk || emission.finished {
            let finish = emission.finished && answer.plan.failure == nil ? answer.plan.finishReason : nil
            write(engine.text.chunk(request.api, id: answer.id, text: ResponseText.words(answer.sentTokens..<emission.tokens),
                                    role: request.api == .chat && config.roleChunk == .firstToken && answer.sentTokens == 0,
                                    finish: finish,
                                    usage: usage && request.continuousUsage ? .init(prompt: request.promptTokens, completion: emission.tokens) : nil))
            answer.sentTokens = emission.tokens
            context.flush()
        }
        self.answer = answer
        guard emission.finished else { return }
        self.answer = nil
        let keepAlive = answer.head.isKeepAlive
        let cut = "simulated failure of request \(answer.number) after \(emission.tokens) tokens"
        switch (answer.plan.failure, request.stream) {
        case (.midstream, _):
            context.close(promise: nil)
        case (.errorEvent, true):
            write(ResponseText.errorEvent(cut + " (fail mode error-event)"))
            write(ResponseText.done)
            end(keepAlive: keepAlive)
        case (.errorEvent, false):
            respond(answer.head, status: .internalServerError,
                    body: ResponseText.errorJSON(status: 500, message: cut + " (fail mode error-event)", type: "internal_server_error", param: nil))
        case (_, true):
            if request.includeUsage && usage {
                write(engine.text.usageChunk(request.api, id: answer.id, usage: .init(prompt: request.promptTokens, completion: emission.tokens)))
            }
            write(ResponseText.done)
            end(keepAlive: keepAlive)
        case (_, false):
            let body = engine.text.completion(request.api, id: answer.id, tokens: emission.tokens, finish: answer.plan.finishReason,
                                              usage: usage ? .init(prompt: request.promptTokens, completion: emission.tokens) : nil)
            respond(answer.head, status: .ok, body: body)
        }
    }

    private func refuse(_ head: HTTPRequestHead, _ problem: GenerationRequest.Problem) {
        respond(head, status: HTTPResponseStatus(statusCode: problem.status),
                body: ResponseText.errorJSON(status: problem.status, message: problem.message, type: problem.type, param: problem.param))
    }

    private func respond(_ head: HTTPRequestHead, status: HTTPResponseStatus, body: String, contentType: String = "application/json") {
        guard let context else { return }
        let keepAlive = head.isKeepAlive
        let bytes = context.channel.allocator.buffer(string: body)
        var headers = HTTPHeaders([("content-type", contentType), ("content-length", String(bytes.readableBytes))])
        headers.add(name: "server", value: SimServer.serverHeader)
        if !keepAlive { headers.add(name: "connection", value: "close") }
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: status, headers: headers))), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(bytes))), promise: nil)
        end(keepAlive: keepAlive)
    }

    private func write(_ text: String) {
        guard let context else { return }
        context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(string: text)))), promise: nil)
    }

    private func end(keepAlive: Bool) {
        guard let context else { return }
        if keepAlive {
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        } else {
            context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { [context] _ in context.close(promise: nil) }
        }
    }
}
