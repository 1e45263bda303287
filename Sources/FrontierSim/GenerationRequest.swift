import Foundation

/// A `/v1/chat/completions` or `/v1/completions` body, checked and reduced to what the
/// simulator uses. One word of prompt is one token.
struct GenerationRequest: Equatable {
    enum API: Equatable {
        case chat, completions
    }

    var api: API
    var stream: Bool
    /// `stream_options.include_usage`: a usage chunk before `[DONE]`.
    var includeUsage: Bool
    /// `stream_options.continuous_usage_stats` (vLLM): usage in every chunk.
    var continuousUsage: Bool
    var promptTokens: Int
    var maxTokens: Int
    var minTokens: Int
    var ignoreEOS: Bool

    /// A refusal: the HTTP status and an OpenAI-style error.
    struct Problem: Error, Equatable {
        var status: Int
        var message: String
        var type = "invalid_request_error"
        var param: String?
    }

    static func parse(_ body: Data, api: API, config: SimConfig) throws(Problem) -> GenerationRequest {
        let wire: Wire
        do {
            wire = try JSONDecoder().decode(Wire.self, from: body)
        } catch let error as DecodingError {
            throw Problem(decoding: error)
        } catch {
            throw Problem(status: 400, message: "the body is not JSON: \(error.localizedDescription)")
        }
        if let model = wire.model, model != config.modelName {
            throw Problem(status: 404, message: "The model `\(model)` does not exist; this server serves `\(config.modelName)`.",
                          type: "NotFoundError", param: "model")
        }
        if let n = wire.n, n != 1 { throw Problem(status: 400, message: "n must be 1 (got \(n))", param: "n") }
        let promptTokens: Int
        switch api {
        case .chat:
            guard let messages = wire.messages, !messages.isEmpty else {
                throw Problem(status: 400, message: "messages must be a non-empty array", param: "messages")
            }
            promptTokens = messages.reduce(0) { $0 + ($1.content?.words ?? 0) }
        case .completions:
            guard let prompt = wire.prompt else { throw Problem(status: 400, message: "prompt is required", param: "prompt") }
            promptTokens = prompt.tokens
        }
        let prompt = max(1, promptTokens)
        let room = config.maxModelLength - prompt
        let requested = wire.max_completion_tokens ?? wire.max_tokens
        if let requested, requested < 1 {
            throw Problem(status: 400, message: "max_tokens must be at least 1 (got \(requested))", param: "max_tokens")
        }
        let maxTokens = requested ?? min(config.defaultMaxTokens, room)
        guard maxTokens <= room else {
            throw Problem(status: 400, message: "This model's maximum context length is \(config.maxModelLength) tokens. "
                + "However, you requested \(prompt + maxTokens) tokens (\(prompt) in the prompt, \(maxTokens) in the completion).")
        }
        let minTokens = wire.min_tokens ?? 0
        guard (0...maxTokens).contains(minTokens) else {
            throw Problem(status: 400, message: "min_tokens must be 0 to max_tokens (\(maxTokens)); got \(minTokens)", param: "min_tokens")
        }
        let stream = wire.stream ?? false
        return GenerationRequest(api: api, stream: stream, includeUsage: stream && wire.stream_options?.include_usage == true,
                                 continuousUsage: stream && wire.stream_options?.continuous_usage_stats == true,
                                 promptTokens: prompt, maxTokens: maxTokens, minTokens: minTokens,
                                 ignoreEOS: wire.ignore_eos ?? false)
    }

    /// The fields read, by their wire names.
    private struct Wire: Decodable {
        var model: String?
        var messages: [Message]?
        var prompt: Prompt?
        var stream: Bool?
        var stream_options: StreamOptions?
        var max_tokens: Int?
        var max_completion_tokens: Int?
        var min_tokens: Int?
        var ignore_eos: Bool?
        var n: Int?
    }

    private struct StreamOptions: Decodable {
        var include_usage: Bool?
        var continuous_usage_stats: Bool?
    }

    private struct Message: Decodable {
        var role: String
        var content: Content?
    }

    /// A message's content: a string, or parts of which the text ones count.
    private enum Content: Decodable {
        case text(String)
        case parts([Part])

        struct Part: Decodable {
            var type: String
            var text: String?
        }

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                self = .text(text)
            } else if let parts = try? container.decode([Part].self) {
                self = .parts(parts)
            } else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "must be a string or an array of {type, text} parts")
            }
        }

        var words: Int {
            switch self {
            case .text(let text): wordCount(text)
            case .parts(let parts): parts.reduce(0) { $0 + wordCount($1.text ?? "") }
            }
        }
    }

    /// A completions prompt: text, several texts (counted together), or token ids.
    private enum Prompt: Decodable {
        case text(String)
        case texts([String])
        case tokenIDs([Int])

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let text = try? container.decode(String.self) {
                self = .text(text)
            } else if let texts = try? container.decode([String].self) {
                self = .texts(texts)
            } else if let ids = try? container.decode([Int].self) {
                self = .tokenIDs(ids)
            } else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "must be a string, an array of strings or an array of token ids")
            }
        }

        var tokens: Int {
            switch self {
            case .text(let text): wordCount(text)
            case .texts(let texts): texts.reduce(0) { $0 + wordCount($1) }
            case .tokenIDs(let ids): ids.count
            }
        }
    }
}

/// Runs of non-whitespace: the simulator's tokenizer.
func wordCount(_ text: String) -> Int {
    var count = 0, inWord = false
    for byte in text.utf8 {
        let space = byte == 0x20 || (0x09...0x0D).contains(byte)
        if !space && !inWord { count += 1 }
        inWord = !space
    }
    return count
}

extension GenerationRequest.Problem {
    /// Names the field and what it should hold, from the decoder's account.
    init(decoding error: DecodingError) {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        func path(_ context: DecodingError.Context) -> String { path(context.codingPath) }
        switch error {
        case .typeMismatch(let type, let context):
            let field = path(context)
            self.init(status: 400, message: "\(field.isEmpty ? "the body" : field) must be \(Self.describe(type))", param: field)
        case .valueNotFound(let type, let context):
            let field = path(context)
            self.init(status: 400, message: "\(field) must be \(Self.describe(type)), not null", param: field)
        case .keyNotFound(let key, let context):
            let field = path(context.codingPath + [key])
            self.init(status: 400, message: "\(field) is required", param: field)
        case .dataCorrupted(let context):
            let field = path(context)
            self.init(status: 400, message: field.isEmpty ? "the body is not valid JSON" : "\(field) \(context.debugDescription)",
                      param: field.isEmpty ? nil : field)
        @unknown default:
            self.init(status: 400, message: "the body could not be read")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Bool.Type: "a boolean"
        case is Int.Type: "an integer"
        case is String.Type: "a string"
        case is [Any].Type: "an array"
        default: "an object"
        }
    }
}
