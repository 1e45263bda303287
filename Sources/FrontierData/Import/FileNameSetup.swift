import FrontierCore

/// What a result file's name says of its setup, as SemiAnalysis InferenceX's scripts (and
/// the many derived from them) name results: `${MODEL}_${PRECISION}_tp${TP}_isl${ISL}_osl${OSL}_conc${CONC}`,
/// `…_tp8-pp1-ep8-dpatrue_…_conc64_…`, or, for a `vllm bench sweep` run file, as its
/// folder is named (`VLLMSweep`). Only what the file's content leaves unsaid is taken
/// from it (`ImportedSetup` decides); the input and output lengths are the content's.
struct FileNameSetup: Equatable {
    var labels: [SetupLabel] = []
    var concurrency: Double?
    /// The GPUs the named parallelism uses: tp × pp × dp (expert parallelism and data-
    /// parallel attention share the tensor-parallel GPUs).
    var gpus: Int?
    /// What provenance notes say the labels came from.
    var origin = "the file name"

    /// Name parts read as labels: `tp8` → `tp=8`.
    static let labelPrefixes = SetupLabel.parallelismKeys

    init(_ path: String) {
        if let combination = VLLMSweep.combination(of: path) {
            labels = combination.labels
            concurrency = combination.concurrency
            gpus = combination.gpus
            origin = "the vllm bench sweep folder name"
            return
        }
        var stem = Substring(path.split(separator: "/").last ?? "")
        if let dot = stem.lastIndex(of: ".") { stem = stem[..<dot] }
        for part in stem.split(whereSeparator: { $0 == "_" || $0 == "-" }) {
            let token = part.lowercased()
            if token.hasPrefix("dpa"), case let rest = String(token.dropFirst(3)), rest == "true" || rest == "false" {
                labels.append(SetupLabel("dp_attention", rest))
            } else if token.hasPrefix("conc"), let n = Self.count(token.dropFirst(4)) {
                concurrency = Double(n)
            } else if let prefix = Self.labelPrefixes.first(where: { token.hasPrefix($0) }), let n = Self.count(token.dropFirst(prefix.count)) {
                labels.append(SetupLabel(prefix, String(n)))
            }
        }
        gpus = VLLMSweep.gpus(of: labels)
    }

    /// A whole number ≥ 1 written with digits only.
    private static func count(_ digits: Substring) -> Int? {
        guard digits.allSatisfy({ ("0"..."9").contains($0) }), let n = Int(digits), n >= 1 else { return nil }
        return n
    }
}
