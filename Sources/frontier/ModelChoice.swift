import ArgumentParser
import FrontierCore

/// Picking setups by `--model`: a model name or a setup label.
enum ModelChoice {
    /// The error for a `--model` no setup has, with the names there are.
    static func unknown(_ model: String, in analysis: Analysis) -> ValidationError {
        let names = Set(analysis.entries.map(\.configuration.model)).sorted()
        return ValidationError("no setup of model \"\(Sanitize.line(model))\"; expected one of: \(names.prefix(20).map(Sanitize.line).joined(separator: ", "))\(names.count > 20 ? ", …" : "")")
    }

    /// The one setup `model` names: the setup with that label, else the best-ranked setup of
    /// that model (the first, when none of them is ranked).
    static func setup(_ model: String, in analysis: Analysis) throws -> Int {
        if let labelled = analysis.entries.firstIndex(where: { $0.label == model }) { return labelled }
        let candidates = analysis.entries.indices.filter { analysis.entries[$0].configuration.model == model }
        guard let first = candidates.first else { throw unknown(model, in: analysis) }
        return candidates.min { (analysis.entries[$0].rank ?? .max) < (analysis.entries[$1].rank ?? .max) } ?? first
    }
}
