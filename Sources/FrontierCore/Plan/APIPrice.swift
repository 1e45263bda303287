/// A hosted model's list prices, dollars per million input and output tokens.
///
/// ```swift
/// let api = try APIPrice.parse("hosted=0.15:0.60")
/// api.costPerRequest(inputTokens: 1000, outputTokens: 500)   // (1000·0.15 + 500·0.60)/10⁶ = $0.00045
/// ```
public struct APIPrice: Equatable, Sendable {
    public var name: String
    public var inputPerMillion: Double
    public var outputPerMillion: Double
    /// Where the prices come from and when; nil for one given on the command line.
    public var source: String?

    public init(name: String, inputPerMillion: Double, outputPerMillion: Double, source: String? = nil) {
        self.name = name
        self.inputPerMillion = inputPerMillion
        self.outputPerMillion = outputPerMillion
        self.source = source
    }

    /// `a = (in·p_in + out·p_out) / 10⁶`.
    public func costPerRequest(inputTokens: Double, outputTokens: Double) -> Double {
        (inputTokens * inputPerMillion + outputTokens * outputPerMillion) / 1_000_000
    }

    /// Reads `NAME=IN:OUT` ($ per 1M input and output tokens).
    public static func parse(_ text: String) throws(APIPriceError) -> APIPrice {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty else { throw APIPriceError(text: text) }
        let prices = parts[1].split(separator: ":", omittingEmptySubsequences: false).map { Double($0) }
        guard prices.count == 2, let input = prices[0], let output = prices[1],
              input >= 0, output >= 0, input.isFinite, output.isFinite, input + output > 0 else {
            throw APIPriceError(text: text)
        }
        return APIPrice(name: parts[0], inputPerMillion: input, outputPerMillion: output)
    }
}

public struct APIPriceError: Error, Equatable, CustomStringConvertible {
    public let text: String

    public var description: String {
        "--api \"\(Sanitize.line(text))\": expected a preset name or NAME=IN:OUT, dollars per 1M input and output tokens (≥ 0, not both 0), such as mine=0.15:0.60"
    }
}
