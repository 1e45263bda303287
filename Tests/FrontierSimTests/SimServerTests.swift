import Foundation
import Testing
@testable import FrontierSim

/// a = 5 ms, b = 0, p = 0.01 ms/token, S = 8, B = 4096, Q = 4: answers of a few tokens take tens of ms.
private func testConfig(_ change: (inout SimConfig) -> Void = { _ in }) -> SimConfig {
    var c = SimConfig(modelName: "sim-test", stepBase: 0.005, perDecode: 0, perPrefillToken: 0.00001,
                      maxRunning: 8, prefillBudget: 4096, queueLimit: 4, maxModelLength: 4096, provenance: "test")
    change(&c)
    return c
}

private func withServer(_ config: SimConfig, _ body: (SimServer) async throws -> Void) async throws {
    let server = try await SimServer.start(config: config)
    do { try await body(server) } catch {
        try await server.stop()
        throw error
    }
    try await server.stop()
}

private func chat(_ words: String = "one two three", maxTokens: Int = 5, stream: Bool = true, extra: String = "") -> String {
    #"{"model":"sim-test","messages":[{"role":"user","content":"\#(words)"}],"max_tokens":\#(maxTokens),"stream":\#(stream),"ignore_eos":true\#(extra)}"#
}

private let includeUsage = #","stream_options":{"include_usage":true}"#

private func delta(_ event: [String: Any]) -> [String: Any]? {
    ((event["choices"] as? [[String: Any]])?.first)?["delta"] as? [String: Any]
}

private func finishReason(_ event: [String: Any]) -> String? {
    ((event["choices"] as? [[String: Any]])?.first)?["finish_reason"] as? String
}

/// Polls the server's counters until `condition` holds, for at most five seconds.
private func eventually(_ server: SimServer, _ condition: (SimMetrics) -> Bool) async throws -> Bool {
    for _ in 0..<500 {
        if condition(server.metrics()) { return true }
        try await Task.sleep(for: .milliseconds(10))
    }
    return condition(server.metrics())
}

/// One server at a time: the tests read with blocking sockets, and a crowd of them on two cores
/// would only test the machine.
@Suite(.serialized) struct SimServerTests {
    @Test func aStreamedChatIsFramedAsOpenAIAndVLLMFrameIt() async throws {
        try await withServer(testConfig()) { server in
            let connection = try RawConnection(port: server.port)
            connection.send("POST", "/v1/chat/completions", body: chat(extra: includeUsage))
            let response = try connection.receive()
            #expect(response.status == 200 && response.complete)
            #expect(response.headers["content-type"] == "text/event-stream")
            #expect(response.headers["server"] == "frontier-serve-sim")
            #expect(response.body.hasSuffix("\n\ndata: [DONE]\n\n") && response.events.last == "[DONE]")
            let events = response.jsonEvents
            #expect(events.count == 6)
            // Five token chunks, the role on the first, the finish reason on the last; then usage.
            #expect(delta(events[0])?["role"] as? String == "assistant")
            #expect(events[0..<5].map { delta($0)?["content"] as? String } == ["the ", "cost ", "of ", "a ", "token "])
            #expect(events[0..<4].allSatisfy { finishReason($0) == nil } && finishReason(events[4]) == "length")
            #expect(events.allSatisfy { $0["object"] as? String == "chat.completion.chunk" && $0["model"] as? String == "sim-test" })
            #expect((events[5]["choices"] as? [Any])?.isEmpty == true)
            let usage = try #require(events[5]["usage"] as? [String: Int])
            #expect(usage == ["prompt_tokens": 3, "completion_tokens": 5, "total_tokens": 8])
            // The connection stays open for the next request.
            connection.send("GET", "/health")
            #expect(try connection.receive().status == 200)
        }
    }

    @Test func wholeAnswersCarryTextAndUsage() async throws {
        try await withServer(testConfig()) { server in
            let connection = try RawConnection(port: server.port)
            connection.send("POST", "/v1/completions", body: #"{"prompt":"a b","max_tokens":3,"ignore_eos":true}"#)
            let json = try #require(try connection.receive().json)
            let choice = try #require((json["choices"] as? [[String: Any]])?.first)
            #expect(choice["text"] as? String == "the cost of " && choice["finish_reason"] as? String == "length")
            #expect(json["object"] as? String == "text_completion")
            #expect(json["usage"] as? [String: Int] == ["prompt_tokens": 2, "completion_tokens": 3, "total_tokens": 5])
            connection.send("GET", "/v1/models")
            let models = try #require(try connection.receive().json?["data"] as? [[String: Any]])
            #expect(models.map { $0["id"] as? String } == ["sim-test"])
        }
    }

    @Test func anImmediateRoleChunkComesBeforeThePrefill() async throws {
        // 200 prompt tokens at 1 ms each: the first token comes at least 205 ms after the role.
        let config = testConfig { $0.roleChunk = .immediate; $0.perPrefillToken = 0.001 }
        try await withServer(config) { server in
            let connection = try RawConnection(port: server.port)
            let start = ContinuousClock.now
            connection.send("POST", "/v1/chat/completions", body: chat(String(repeating: "w ", count: 200), maxTokens: 2))
            let response = try connection.receive(since: start)
            let events = response.jsonEvents
            #expect(events.count == 3)
            #expect(delta(events[0]).map { $0["role"] as? String == "assistant" && $0["content"] as? String == "" } == true)
            #expect(delta(events[1])?["role"] == nil && delta(events[1])?["content"] as? String == "the ")
            // The role has a chunk of its own, read before the first token, which cannot come before 205 ms.
            #expect(response.chunks.count == 4)
            #expect(response.chunks[0].time <= response.chunks[1].time && response.chunks[1].time >= 0.205)
        }
    }

    @Test func kTokensPerChunkWithRunningUsage() async throws {
        try await withServer(testConfig { $0.tokensPerChunk = 4 }) { server in
            let connection = try RawConnection(port: server.port)
            connection.send("POST", "/v1/completions",
                            body: #"{"prompt":"x","max_tokens":10,"ignore_eos":true,"stream":true,"stream_options":{"continuous_usage_stats":true}}"#)
            let events = try connection.receive().jsonEvents
            let texts = events.map { ($0["choices"] as? [[String: Any]])?.first?["text"] as? String }
            #expect(texts == ["the cost of a ", "token falls as the ", "batch grows "])
            #expect(events.map { ($0["usage"] as? [String: Int])?["completion_tokens"] } == [4, 8, 10])
        }
    }

    @Test func usageNeverSendsNoneEvenWhenAsked() async throws {
        try await withServer(testConfig { $0.usage = .never }) { server in
            let connection = try RawConnection(port: server.port)
            connection.send("POST", "/v1/chat/completions", body: chat(extra: includeUsage))
            let events = try connection.receive().jsonEvents
            #expect(events.count == 5 && events.allSatisfy { $0["usage"] == nil })
            connection.send("POST", "/v1/chat/completions", body: chat(stream: false))
            let json = try #require(try connection.receive().json)
            #expect(json["usage"] == nil && json["choices"] != nil)
        }
    }

    @Test func pastSPlusQTheServerAnswers429() async throws {
        // S = 1, Q = 1: the first request runs (for 50 s), the second waits, the third is refused.
        let config = testConfig { $0.maxRunning = 1; $0.queueLimit = 1; $0.stepBase = 0.05 }
        try await withServer(config) { server in
            let connections = try (0..<3).map { _ in try RawConnection(port: server.port) }
            for c in connections.prefix(2) { c.send("POST", "/v1/chat/completions", body: chat(maxTokens: 1000)) }
            #expect(try await eventually(server) { $0.running == 1 && $0.waiting == 1 })
            connections[2].send("POST", "/v1/chat/completions", body: chat(maxTokens: 1000))
            let refused = try connections[2].receive()
            #expect(refused.status == 429)
            #expect((refused.json?["error"] as? [String: Any])?["type"] as? String == "rate_limit_error")
            connections.forEach { $0.close() }
            #expect(try await eventually(server) { $0.cancelled == 2 && $0.running == 0 && $0.waiting == 0 })
            let probe = try RawConnection(port: server.port)
            probe.send("GET", "/metrics")
            let metrics = try #require(try probe.receive().json as? [String: Int])
            #expect(metrics == ["running": 0, "waiting": 0, "max_in_flight": 2, "received": 3, "completed": 0, "failed": 0,
                                "rejected": 1, "cancelled": 2])
            #expect(server.metrics().maxInFlight == 2)
        }
    }

    @Test func http500FailsAtOnce() async throws {
        try await withServer(testConfig { $0.failRate = 1 }) { server in
            let connection = try RawConnection(port: server.port)
            connection.send("POST", "/v1/chat/completions", body: chat())
            let response = try connection.receive()
            #expect(response.status == 500)
            #expect((response.json?["error"] as? [String: Any])?["code"] as? Int == 500)
            #expect(server.metrics().failed == 1 && server.metrics().maxInFlight == 0)
        }
    }

    @Test func midstreamClosesTheConnectionHalfway() async throws {
        try await withServer(testConfig { $0.failRate = 1; $0.failMode = .midstream }) { server in
            let connection = try RawConnection(port: server.port)
            connection.send("POST", "/v1/chat/completions", body: chat(maxTokens: 10))
            let response = try connection.receive()
            #expect(response.status == 200 && !response.complete)
            #expect(response.jsonEvents.count == 5 && !response.events.contains("[DONE]"))
            #expect(response.jsonEvents.allSatisfy { finishReason($0) == nil })
            #expect(connection.serverClosed())
            #expect(server.metrics().failed == 1 && server.metrics().completed == 0)
        }
    }

    @Test func errorEventsComeHalfwayThenDone() async throws {
        try await withServer(testConfig { $0.failRate = 1; $0.failMode = .errorEvent }) { server in
            let connection = try RawConnection(port: server.port)
            connection.send("POST", "/v1/chat/completions", body: chat(maxTokens: 10))
            let response = try connection.receive()
            #expect(response.status == 200 && response.complete && response.events.last == "[DONE]")
            let events = response.jsonEvents
            #expect(events.count == 6)
            let error = try #require(events[5]["error"] as? [String: Any])
            #expect(error["type"] as? String == "internal_server_error")
            #expect(server.metrics().failed == 1)
        }
    }

    @Test func aSeededFailRateFailsExactlyThePlannedRequests() async throws {
        let config = testConfig { $0.failRate = 0.3; $0.seed = 5 }
        let expected = (1...40).filter(config.fails(requestNumber:)).count
        #expect(expected > 0 && expected < 40)
        try await withServer(config) { server in
            let connection = try RawConnection(port: server.port)
            var failed = 0
            for _ in 1...40 {
                connection.send("POST", "/v1/chat/completions", body: chat(maxTokens: 2, stream: false))
                if try connection.receive().status == 500 { failed += 1 }
            }
            #expect(failed == expected)
            #expect(server.metrics().failed == expected && server.metrics().completed == 40 - expected)
        }
    }

    @Test func sixtyFourClientsAreSixtyFourInFlight() async throws {
        // Answers of 1,000 steps of 50 ms: every one still runs when the last request arrives.
        let config = testConfig { $0.maxRunning = 90; $0.stepBase = 0.05 }
        try await withServer(config) { server in
            let connections = try (0..<64).map { _ in try RawConnection(port: server.port) }
            for c in connections { c.send("POST", "/v1/chat/completions", body: chat(maxTokens: 1000)) }
            #expect(try await eventually(server) { $0.running == 64 }, "\(server.metrics())")
            let m = server.metrics()
            #expect(m.maxInFlight == 64 && m.waiting == 0 && m.received == 64)
            connections.forEach { $0.close() }
            #expect(try await eventually(server) { $0.cancelled == 64 && $0.running == 0 })
            #expect(server.metrics().maxInFlight == 64)
        }
    }

    @Test func aClientThatLeavesFreesItsSlot() async throws {
        try await withServer(testConfig { $0.maxRunning = 1 }) { server in
            let leaving = try RawConnection(port: server.port)
            leaving.send("POST", "/v1/chat/completions", body: chat(maxTokens: 1000))
            #expect(try await eventually(server) { $0.running == 1 })
            leaving.close()
            #expect(try await eventually(server) { $0.cancelled == 1 && $0.running == 0 })
            let next = try RawConnection(port: server.port)
            next.send("POST", "/v1/chat/completions", body: chat(maxTokens: 2))
            #expect(try next.receive().complete)
        }
    }

    @Test func theTimeScaleMapsModelTimeOntoRealTime() async throws {
        // Modelled: TTFT a + p·100 = 200 + 100 ms, then nine steps of a = 200 ms: 2.1 s in all.
        // A tenth of that in real time is 0.21 s.
        let config = testConfig { $0.stepBase = 0.2; $0.perPrefillToken = 0.001; $0.timeScale = 0.1 }
        try await withServer(config) { server in
            let connection = try RawConnection(port: server.port)
            let start = ContinuousClock.now
            connection.send("POST", "/v1/chat/completions", body: chat(String(repeating: "w ", count: 100), maxTokens: 10))
            let response = try connection.receive(since: start)
            let firstToken = try #require(response.chunks.first?.time), last = try #require(response.chunks.last?.time)
            #expect(firstToken >= 0.03)
            #expect(last >= 0.21 && last < 1.5)
        }
    }

    @Test func unknownRoutesMethodsAndBodiesAreRefusedWithReasons() async throws {
        try await withServer(testConfig()) { server in
            let connection = try RawConnection(port: server.port)
            connection.send("GET", "/v1/chat/completions")
            #expect(try connection.receive().status == 405)
            connection.send("GET", "/v2/nothing")
            #expect(try connection.receive().status == 404)
            connection.send("POST", "/v1/chat/completions", body: #"{"messages":[{"role":"user","content":"x"}],"stream":1}"#)
            let bad = try connection.receive()
            #expect(bad.status == 400)
            #expect((bad.json?["error"] as? [String: Any])?["message"] as? String == "stream must be a boolean")
            connection.send("POST", "/v1/chat/completions", body: #"{"model":"other","messages":[{"role":"user","content":"x"}]}"#)
            #expect(try connection.receive().status == 404)
            // Garbage instead of HTTP: a 400 and a closed connection, and the server carries on.
            let garbage = try RawConnection(port: server.port)
            garbage.sendRaw("\u{1}\u{2} nonsense\r\n\r\n")
            #expect(try garbage.receive().status == 400)
            connection.send("GET", "/health")
            #expect(try connection.receive().status == 200)
        }
    }

    @Test func theServerListensOnLoopbackOnlyAndStops() async throws {
        await #expect(throws: SimServer.StartError.self) { _ = try await SimServer.start(config: testConfig(), host: "0.0.0.0") }
        await #expect(throws: SimServer.StartError.self) { _ = try await SimServer.start(config: testConfig { $0.timeScale = 0 }) }
        let server = try await SimServer.start(config: testConfig())
        let port = server.port
        #expect(port > 0 && server.baseURL == "http://127.0.0.1:\(port)")
        await #expect {
            _ = try await SimServer.start(config: testConfig(), port: port)
        } throws: { error in
            "\(error)" == "cannot listen on 127.0.0.1:\(port): Address already in use"
        }
        try await server.stop()
        try await server.stop()
        #expect(throws: POSIXError.self) { _ = try RawConnection(port: port) }
    }
}
