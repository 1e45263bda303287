import Foundation
import Testing
@testable import FrontierSim

private let config: SimConfig = {
    var c = SimConfig.preset("h100x2-llama70b")!
    c.maxModelLength = 100
    c.defaultMaxTokens = 50
    return c
}()

private func parse(_ json: String, _ api: GenerationRequest.API = .chat) throws(GenerationRequest.Problem) -> GenerationRequest {
    try GenerationRequest.parse(Data(json.utf8), api: api, config: config)
}

private func problem(_ json: String, _ api: GenerationRequest.API = .chat) -> GenerationRequest.Problem? {
    do { _ = try parse(json, api); return nil } catch { return error }
}

@Suite struct GenerationRequestTests {
    @Test func oneWordIsOneToken() throws {
        #expect(wordCount("") == 0)
        #expect(wordCount("  one\ttwo\nthree  four ") == 4)
        let chat = try parse(#"{"messages":[{"role":"system","content":"be brief"},{"role":"user","content":[{"type":"text","text":"a b c"},{"type":"image_url"}]}],"max_tokens":5}"#)
        #expect(chat.promptTokens == 5 && chat.maxTokens == 5 && !chat.stream)
        #expect(try parse(#"{"prompt":"x y","max_tokens":3}"#, .completions).promptTokens == 2)
        #expect(try parse(#"{"prompt":["x y","z"],"max_tokens":3}"#, .completions).promptTokens == 3)
        #expect(try parse(#"{"prompt":[1,2,3,4],"max_tokens":3}"#, .completions).promptTokens == 4)
        // An empty prompt still prefills one token.
        #expect(try parse(#"{"prompt":"","max_tokens":3}"#, .completions).promptTokens == 1)
    }

    @Test func streamOptionsAndEOSControls() throws {
        let r = try parse(#"{"model":"sim-llama-3.3-70b-2xh100","messages":[{"role":"user","content":"hi"}],"stream":true,"stream_options":{"include_usage":true,"continuous_usage_stats":true},"max_completion_tokens":9,"min_tokens":4,"ignore_eos":true}"#)
        #expect(r == GenerationRequest(api: .chat, stream: true, includeUsage: true, continuousUsage: true, promptTokens: 1,
                                       maxTokens: 9, minTokens: 4, ignoreEOS: true))
        // Usage options mean nothing without streaming.
        let whole = try parse(#"{"messages":[{"role":"user","content":"hi"}],"stream_options":{"include_usage":true}}"#)
        #expect(!whole.includeUsage && !whole.continuousUsage)
    }

    @Test func maxTokensDefaultsWithinTheContext() throws {
        #expect(try parse(#"{"prompt":"a b c","max_tokens":null}"#, .completions).maxTokens == 50)
        let long = String(repeating: "w ", count: 80)
        #expect(try parse(#"{"prompt":"\#(long)"}"#, .completions).maxTokens == 20)
        #expect(problem(#"{"prompt":"\#(long)","max_tokens":21}"#, .completions)?.message
            == "This model's maximum context length is 100 tokens. However, you requested 101 tokens (80 in the prompt, 21 in the completion).")
    }

    @Test func badRequestsNameTheField() {
        #expect(problem(#"{"messages":[]}"#) == .init(status: 400, message: "messages must be a non-empty array", param: "messages"))
        #expect(problem(#"{"prompt":"x"}"#) == .init(status: 400, message: "messages must be a non-empty array", param: "messages"))
        #expect(problem(#"{"messages":[{"role":"user","content":"x"}],"stream":"yes"}"#)
            == .init(status: 400, message: "stream must be a boolean", param: "stream"))
        #expect(problem(#"{"messages":[{"role":"user","content":"x"}],"max_tokens":0}"#)?.message == "max_tokens must be at least 1 (got 0)")
        #expect(problem(#"{"messages":[{"role":"user","content":"x"}],"max_tokens":5,"min_tokens":6}"#)?.param == "min_tokens")
        #expect(problem(#"{"messages":[{"content":"x"}]}"#)?.message == "messages.0.role is required")
        #expect(problem(#"{"messages":[{"role":"user","content":7}]}"#)?.message
            == "messages.0.content must be a string or an array of {type, text} parts")
        #expect(problem(#"{"prompt":3}"#, .completions)?.message == "prompt must be a string, an array of strings or an array of token ids")
        #expect(problem(#"{"messages":[{"role":"user","content":"x"}],"n":2}"#)?.message == "n must be 1 (got 2)")
        #expect(problem("{not json")?.message == "the body is not valid JSON")
        #expect(problem("[1]")?.message == "the body must be an object")
        let other = problem(#"{"model":"gpt-4","messages":[{"role":"user","content":"x"}]}"#)
        #expect(other?.status == 404 && other?.param == "model")
    }
}
