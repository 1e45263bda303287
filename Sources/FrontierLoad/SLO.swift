/// Latency objectives a request must meet to count toward goodput: `ttft:500,tpot:50`
/// (milliseconds; `e2e` too). A failed request meets none.
public struct SLO: Sendable, Equatable {
    public var ttftMs: Double?
    public var tpotMs: Double?
    public var e2eMs: Double?

    public init(ttftMs: Double? = nil, tpotMs: Double? = nil, e2eMs: Double? = nil) {
        self.ttftMs = ttftMs
        self.tpotMs = tpotMs
        self.e2eMs = e2eMs
    }

    /// Parses `ttft:500,tpot:50,e2e:20000`; nil (with the reason) for anything else.
    public static func parse(_ text: String) -> Result<SLO, SLOError> {
        var slo = SLO()
        for item in text.split(separator: ",") {
            let parts = item.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, let value = Double(parts[1]), value > 0, value.isFinite else {
                return .failure(SLOError(text: String(item)))
            }
            switch parts[0].lowercased() {
            case "ttft": slo.ttftMs = value
            case "tpot": slo.tpotMs = value
            case "e2e": slo.e2eMs = value
            default: return .failure(SLOError(text: String(item)))
            }
        }
        return .success(slo)
    }

    public var isEmpty: Bool { ttftMs == nil && tpotMs == nil && e2eMs == nil }

    public func met(by r: RequestResult) -> Bool {
        guard r.succeeded else { return false }
        if let limit = ttftMs, (r.ttftMs ?? .infinity) > limit { return false }
        if let limit = tpotMs, let tpot = r.tpotMs, tpot > limit { return false }
        if let limit = e2eMs, (r.e2eMs ?? .infinity) > limit { return false }
        return true
    }
}

public struct SLOError: Error, CustomStringConvertible {
    public var text: String
    public var description: String {
        "\"\(text)\" is no objective; expected NAME:MILLISECONDS with NAME ttft, tpot or e2e (e.g. ttft:500,tpot:50)"
    }
}
