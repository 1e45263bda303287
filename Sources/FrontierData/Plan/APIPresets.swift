import FrontierCore

/// Hosted models' prices to set a plan against: the presets file that ships
/// (`presets/api-prices.json`), entries from the user's file over it, and `--api` choices.
///
/// ```swift
/// let presets = try APIPresets.load(path: "presets/api-prices.json")
/// let chosen = try APIPresets.choose(["gpt-4o-mini", "mine=0.2:0.8"], from: presets)
/// ```
public enum APIPresets {
    /// The presets file's name, in the shipped `presets/` folder and the user's config folder.
    public static let fileName = "api-prices.json"

    /// Reads `{"api": [{"name", "input_usd_per_million", "output_usd_per_million", "source",
    /// "date"}]}`; an entry named like one of `base` (any case) replaces it. Every problem
    /// is reported with its JSON path.
    public static func load(path: String, base: [APIPrice] = []) throws(DataError) -> [APIPrice] {
        let bytes = try DataFile.read(path)
        let root: JSONValue
        do { root = try JSONParser.parse(bytes) } catch { throw DataError([error.problem(file: path)]) }
        guard case .array(let items)? = root["api"] else {
            throw DataError([DataProblem(.error, file: path, location: "$", field: "api", message: "expected {\"api\": [ … ]}")])
        }
        var log = ProblemLog(file: path)
        var prices = base
        for (i, item) in items.enumerated() {
            let record = NativeJSON.record(item, at: "$.api[\(i)]")
            let name = record.text("name", required: true, log: &log)
            let input = record.number("input_usd_per_million", .nonNegative, required: true, log: &log)
            let output = record.number("output_usd_per_million", .nonNegative, required: true, log: &log)
            let source = record.text("source", required: true, log: &log)
            let date = record.text("date", required: true, log: &log)
            guard let name, let input, let output, let source, let date else { continue }
            prices.removeAll { $0.name.lowercased() == name.lowercased() }
            prices.append(APIPrice(name: name, inputPerMillion: input, outputPerMillion: output, source: "\(source), \(date)"))
        }
        if log.hasErrors { throw DataError(log.problems) }
        return prices
    }

    /// The APIs named: each a preset's name (any case) or `NAME=IN:OUT`; none named, every
    /// preset.
    public static func choose(_ names: [String], from presets: [APIPrice]) throws(APIChoiceError) -> [APIPrice] {
        guard !names.isEmpty else { return presets }
        var chosen: [APIPrice] = []
        for name in names {
            if name.contains("=") {
                do { chosen.append(try APIPrice.parse(name)) } catch { throw APIChoiceError(message: error.description) }
            } else if let preset = presets.first(where: { $0.name.lowercased() == name.lowercased() }) {
                chosen.append(preset)
            } else {
                let known = presets.map(\.name).joined(separator: ", ")
                throw APIChoiceError(message: "--api \(quoted(name)): no such preset (presets: \(known.isEmpty ? "none" : known)); or give NAME=IN:OUT, dollars per 1M input and output tokens")
            }
        }
        return chosen
    }
}

public struct APIChoiceError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
