/// Why a request did not succeed. The raw text is what datasets and progress lines show.
public enum FailureReason: Hashable, Sendable, CustomStringConvertible {
    /// The server answered with a status other than 200.
    case http(Int)
    /// No connection could be made, or it broke before a response head.
    case connect
    /// No token event within the request timeout.
    case firstTokenTimeout
    /// Tokens had begun, then nothing arrived for the stall timeout.
    case stallTimeout
    /// The stream carried an error object, or an event that is not a chunk's JSON.
    case errorEvent
    /// The stream ended without `[DONE]` or a `finish_reason`, or without any token.
    case truncated

    public var description: String {
        switch self {
        case .http(let status): "http_\(status)"
        case .connect: "connect"
        case .firstTokenTimeout: "first_token_timeout"
        case .stallTimeout: "stall_timeout"
        case .errorEvent: "error_event"
        case .truncated: "truncated"
        }
    }
}
