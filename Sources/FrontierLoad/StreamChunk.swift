import Foundation

/// What one SSE data event of an OpenAI-compatible stream says, for measuring: whether it
/// carries a token, how many completion tokens the server has counted so far, whether the
/// generation finished, and whether it is an error.
struct StreamChunk: Equatable {
    enum Kind: Equatable {
        /// `[DONE]`: the stream's end.
        case done
        /// An error object (`{"error": …}` or `{"object": "error"}`), or data that is no JSON chunk.
        case error
        case chunk
    }

    var kind: Kind
    /// `choices[0]` has non-empty content, reasoning, tool calls or text: the event counts
    /// for TTFT and ITL. Role-only and usage-only chunks do not.
    var carriesToken = false
    var finished = false
    var promptTokens: Int?
    /// `usage.completion_tokens`: the total so far (the final chunk, or every chunk with
    /// continuous usage).
    var completionTokens: Int?

    private static let decoder = JSONDecoder()

    static func decode(_ data: String) -> StreamChunk {
        if data == "[DONE]" { return StreamChunk(kind: .done) }
        guard let wire = try? decoder.decode(Wire.self, from: Data(data.utf8)) else { return StreamChunk(kind: .error) }
        if wire.error != nil || wire.object == "error" { return StreamChunk(kind: .error) }
        var chunk = StreamChunk(kind: .chunk)
        if let choice = wire.choices?.first {
            let d = choice.delta
            let texts = [d?.content, d?.reasoning_content, d?.reasoning, choice.text]
            chunk.carriesToken = texts.contains { !($0 ?? "").isEmpty } || !(d?.tool_calls ?? []).isEmpty
            chunk.finished = choice.finish_reason != nil
        }
        chunk.promptTokens = wire.usage?.prompt_tokens
        chunk.completionTokens = wire.usage?.completion_tokens
        return chunk
    }

    /// The keys that matter; everything else in a chunk is ignored.
    private struct Wire: Decodable {
        struct Choice: Decodable {
            struct Delta: Decodable {
                var content: String?
                var reasoning_content: String?
                var reasoning: String?
                var tool_calls: [Present]?
            }
            var delta: Delta?
            var text: String?
            var finish_reason: String?
        }
        struct Usage: Decodable {
            var prompt_tokens: Int?
            var completion_tokens: Int?
        }
        var choices: [Choice]?
        var usage: Usage?
        var error: Present?
        var object: String?
    }

    /// Any JSON value, whose presence alone matters.
    private struct Present: Decodable {
        init(from decoder: Decoder) throws {}
    }
}
