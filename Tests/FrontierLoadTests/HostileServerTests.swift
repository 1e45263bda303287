import Testing
@testable import FrontierLoad

/// A server that misbehaves gets a failed request with its reason, never a crash or a
/// hang past the timeouts (all on 127.0.0.1, each bounded by one-second timeouts).
@Suite(.timeLimit(.minutes(1))) struct HostileServerTests {
    static let timeouts = Timeouts(firstTokenS: 1, stallS: 0.5)
    static let token = "data: {\"choices\":[{\"delta\":{\"content\":\"hi\"},\"finish_reason\":null}]}\n\n"

    func send(_ behaviour: CannedServer.Behaviour) async throws -> RequestResult {
        let server = try await CannedServer(behaviour)
        let client = LoadClient(connections: 1)
        let request = StreamRequest.generation(base: "http://127.0.0.1:\(server.port)/v1", api: .chat, model: "m",
                                               prompt: "hello", maxTokens: 4, ignoreEOS: true, headers: [])
        let result = await client.stream(request, timeouts: Self.timeouts)
        try await client.shutdown()
        try await server.stop()
        return result
    }

    @Test func wholeStreamSucceeds() async throws {
        let usage = "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2}}\n\n"
        let result = try await send(.reply(Canned.stream(Self.token + Self.token + usage + "data: [DONE]\n\n"), close: true))
        #expect(result.failure == nil)
        #expect(result.outputTokens == 2 && !result.tokensCounted)
    }

    @Test func errorStatus() async throws {
        let result = try await send(.reply(Canned.http("500 Internal Server Error", body: "{\"error\":\"boom\"}"), close: false))
        #expect(result.failure == .http(500))
    }

    @Test func garbageInsteadOfHTTP() async throws {
        let result = try await send(.reply(Array("\u{0}\u{1}SSH-2.0-nonsense\r\n\r\n".utf8), close: true))
        #expect(result.failure == .connect)
    }

    @Test func garbageInsteadOfEvents() async throws {
        let result = try await send(.reply(Canned.stream("data: <html>oops</html>\n\n"), close: true))
        #expect(result.failure == .errorEvent)
    }

    @Test func closedMidStream() async throws {
        let result = try await send(.reply(Canned.stream(Self.token + Self.token), close: true))
        #expect(result.failure == .truncated)
    }

    @Test func neverAnswers() async throws {
        let result = try await send(.silent)
        #expect(result.failure == .firstTokenTimeout)
        #expect(Double(result.endNs - result.startNs) / 1e9 < 5)
    }

    @Test func stallsAfterTokens() async throws {
        let result = try await send(.reply(Canned.stream(Self.token), close: false))
        #expect(result.failure == .stallTimeout)
    }

    @Test func nothingListening() async throws {
        let server = try await CannedServer(.silent)
        let port = server.port
        try await server.stop()
        let client = LoadClient(connections: 1)
        let request = StreamRequest.generation(base: "http://127.0.0.1:\(port)", api: .completions, model: "m", prompt: "x",
                                               maxTokens: 1, ignoreEOS: false, headers: [])
        // A refused connection ends at once; a long first-token timeout keeps a loaded machine's
        // slow event loop from turning it into a timeout.
        let result = await client.stream(request, timeouts: Timeouts(firstTokenS: 30, stallS: 30))
        try await client.shutdown()
        #expect(result.failure == .connect)
    }
}
