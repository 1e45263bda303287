import Foundation

/// The bodies and SSE events the simulated server sends, in OpenAI's shapes as vLLM
/// writes them. Answers are words from a fixed list, one word a token.
struct ResponseText {
    /// The served model's name as a JSON string, escaped once.
    let model: String
    /// Unix seconds in every `created` field: when the server started.
    let created: Int

    init(config: SimConfig, created: Int) {
        model = jsonString(config.modelName)
        self.created = created
    }

    struct Usage {
        var prompt: Int
        var completion: Int

        var json: String { #"{"prompt_tokens":\#(prompt),"completion_tokens":\#(completion),"total_tokens":\#(prompt + completion)}"# }
    }

    static let vocabulary = ["the ", "cost ", "of ", "a ", "token ", "falls ", "as ", "the ", "batch ", "grows ",
                             "until ", "the ", "GPU ", "is ", "full ", "again "]

    /// Tokens `range` of every answer: the same words whatever the request.
    static func words(_ range: Range<Int>) -> String {
        var text = ""
        for i in range { text += vocabulary[i % vocabulary.count] }
        return text
    }

    static func completionID(_ api: GenerationRequest.API, number: Int) -> String {
        api == .chat ? "chatcmpl-sim-\(number)" : "cmpl-sim-\(number)"
    }

    /// A streamed chunk: `text` (may be empty), the role on a chat's first chunk, the finish
    /// reason on the last, and the running usage when the request asked for it in every chunk.
    func chunk(_ api: GenerationRequest.API, id: String, text: String, role: Bool, finish: RequestPlan.FinishReason?,
               usage: Usage?) -> String {
        let finishJSON = finish.map { "\"\($0.rawValue)\"" } ?? "null"
        let choice: String
        switch api {
        case .chat:
            let rolePart = role ? #""role":"assistant","# : ""
            choice = #"{"index":0,"delta":{\#(rolePart)"content":"\#(text)"},"logprobs":null,"finish_reason":\#(finishJSON)}"#
        case .completions:
            choice = #"{"index":0,"text":"\#(text)","logprobs":null,"finish_reason":\#(finishJSON)}"#
        }
        let usagePart = usage.map { #","usage":\#($0.json)"# } ?? ""
        return event(#"{"id":"\#(id)","object":"\#(chunkObject(api))","created":\#(created),"model":\#(model),"choices":[\#(choice)]\#(usagePart)}"#)
    }

    /// The usage chunk `stream_options.include_usage` asks for: no choices.
    func usageChunk(_ api: GenerationRequest.API, id: String, usage: Usage) -> String {
        event(#"{"id":"\#(id)","object":"\#(chunkObject(api))","created":\#(created),"model":\#(model),"choices":[],"usage":\#(usage.json)}"#)
    }

    static let done = "data: [DONE]\n\n"

    /// An error event in the middle of a stream.
    static func errorEvent(_ message: String) -> String {
        "data: " + errorJSON(status: 500, message: message, type: "internal_server_error", param: nil) + "\n\n"
    }

    /// A whole answer (`stream` false or absent).
    func completion(_ api: GenerationRequest.API, id: String, tokens: Int, finish: RequestPlan.FinishReason, usage: Usage?) -> String {
        let text = Self.words(0..<tokens)
        let choice = switch api {
        case .chat: #"{"index":0,"message":{"role":"assistant","content":"\#(text)"},"logprobs":null,"finish_reason":"\#(finish.rawValue)"}"#
        case .completions: #"{"index":0,"text":"\#(text)","logprobs":null,"finish_reason":"\#(finish.rawValue)"}"#
        }
        let object = api == .chat ? "chat.completion" : "text_completion"
        let usagePart = usage.map { #","usage":\#($0.json)"# } ?? ""
        return #"{"id":"\#(id)","object":"\#(object)","created":\#(created),"model":\#(model),"choices":[\#(choice)]\#(usagePart)}"#
    }

    func models(maxModelLength: Int) -> String {
        #"{"object":"list","data":[{"id":\#(model),"object":"model","created":\#(created),"owned_by":"frontier-serve-sim","max_model_len":\#(maxModelLength)}]}"#
    }

    static func metrics(_ m: SimMetrics) -> String {
        #"{"running":\#(m.running),"waiting":\#(m.waiting),"max_in_flight":\#(m.maxInFlight),"received":\#(m.received),"#
            + #""completed":\#(m.completed),"failed":\#(m.failed),"rejected":\#(m.rejected),"cancelled":\#(m.cancelled)}"#
    }

    static func errorJSON(status: Int, message: String, type: String, param: String?) -> String {
        let paramJSON = param.map(jsonString) ?? "null"
        return #"{"error":{"message":\#(jsonString(message)),"type":"\#(type)","param":\#(paramJSON),"code":\#(status)}}"#
    }

    private func chunkObject(_ api: GenerationRequest.API) -> String {
        api == .chat ? "chat.completion.chunk" : "text_completion"
    }

    private func event(_ json: String) -> String { "data: " + json + "\n\n" }
}

/// `text` as a JSON string literal, quotes included.
func jsonString(_ text: String) -> String {
    // Encoding a String cannot fail.
    String(decoding: (try? JSONEncoder().encode(text)) ?? Data("\"\"".utf8), as: UTF8.self)
}
