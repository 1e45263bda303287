import Foundation

/// The OpenAI-compatible API a sweep talks to.
public enum API: String, Sendable, CaseIterable {
    case chat
    case completions

    public var path: String { self == .chat ? "/chat/completions" : "/completions" }
}

/// One streaming generation request: where it goes and its JSON body.
public struct StreamRequest: Sendable {
    public var url: String
    public var headers: [(String, String)]
    public var body: [UInt8]

    /// A streaming request with usage in the last chunk (`stream_options.include_usage`;
    /// without it servers send no token counts). `ignoreEOS` also sends `min_tokens`,
    /// which some engines honour where `ignore_eos` misses stop ids.
    public static func generation(base: String, api: API, model: String, prompt: String, maxTokens: Int,
                                  ignoreEOS: Bool, headers: [(String, String)]) -> StreamRequest {
        var body: [String: Any] = [
            "model": model, "max_tokens": maxTokens, "stream": true,
            "stream_options": ["include_usage": true],
        ]
        switch api {
        case .chat: body["messages"] = [["role": "user", "content": prompt]]
        case .completions: body["prompt"] = prompt
        }
        if ignoreEOS {
            body["ignore_eos"] = true
            body["min_tokens"] = maxTokens
        }
        let json = (try? JSONSerialization.data(withJSONObject: body, options: [.sortedKeys])) ?? Data()
        return StreamRequest(url: base + api.path, headers: headers + [("Content-Type", "application/json"),
                                                                       ("Accept", "text/event-stream")],
                             body: Array(json))
    }

    /// The API base for a server URL: `http://host:port` and `http://host:port/v1` both
    /// give `…/v1`.
    public static func base(_ url: String) -> String {
        var base = url
        while base.hasSuffix("/") { base.removeLast() }
        return base.hasSuffix("/v1") ? base : base + "/v1"
    }
}
