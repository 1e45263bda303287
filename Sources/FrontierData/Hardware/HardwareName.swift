import FrontierCore

/// Hardware as people write it in result files: `4xNVIDIA_L40S`, `8xH200`,
/// `NVIDIA H100 80GB HBM3`, `H100-SXM`, `mi300x`. A count prefix (`4x`, `8×`) is the GPU
/// count; the rest resolves to a preset by its name or through `aliases`, case, vendor
/// words and separators ignored.
///
/// ```swift
/// HardwareName("4xNVIDIA_L40S")        // count 4, name "NVIDIA_L40S"
/// HardwareName.resolve("H100 SXM")     // the H100-80G preset
/// ```
public struct HardwareName: Sendable, Equatable {
    /// The GPU count the name starts with, if any.
    public var count: Int?
    /// The name without its count.
    public var name: String

    public init(_ written: String) {
        let trimmed = written.trimmingSpaces
        var digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        var rest = trimmed.dropFirst(digits.count).drop { $0 == " " }
        if !digits.isEmpty, let mark = rest.first, "xX×*".contains(mark),
           let n = Int(digits), n >= 1, !String(rest.dropFirst()).trimmingSpaces.isEmpty {
            rest = rest.dropFirst().drop { $0 == " " }
        } else {
            digits = ""
            rest = Substring(trimmed)
        }
        count = digits.isEmpty ? nil : Int(digits)
        name = String(rest)
    }

    /// Other spellings of each built-in preset, as tools, clouds and `nvidia-smi` write
    /// them; compared by `key`, so `NVIDIA_H100_80GB_HBM3` and `h100 80gb hbm3` are one.
    /// The preset's own name always matches; a name naming a different memory size
    /// (`A100 40GB`) matches none.
    public static let aliases: [(preset: String, names: [String])] = [
        ("A800-80G", ["A800", "A800 80GB", "A800-SXM4-80GB"]),
        ("A100-80G", ["A100", "A100 80GB", "A100-SXM", "A100-SXM4-80GB", "A100 80GB SXM", "A100-SXM-80GB"]),
        ("H100-80G", ["H100", "H100 80GB", "H100-SXM", "H100 SXM5", "H100-SXM5-80GB", "H100 80GB HBM3", "H100 80GB SXM"]),
        ("H100-PCIe", ["H100 PCIe", "H100 80GB PCIe", "H100-PCIE-80GB"]),
        ("H200", ["H200 141GB", "H200-SXM", "H200 SXM 141GB", "H200 141GB HBM3e", "H200-SXM-141GB"]),
        ("B200", ["B200 180GB", "B200-SXM", "B200 SXM 180GB"]),
        ("L40S", ["L40S 48GB", "L40S-48GB"]),
        ("MI300X", ["MI300X 192GB", "MI300X OAM", "MI300X-OAM"]),
    ]

    /// Words naming the vendor or product line rather than the part.
    static let vendorWords: Set<String> = ["nvidia", "amd", "instinct", "tesla", "radeon"]

    /// What names are compared by: lower case, vendor words and separators dropped.
    public static func key(_ name: String) -> String {
        name.lowercased()
            .split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
            .filter { !vendorWords.contains(String($0)) }
            .joined()
    }

    private static let aliasIndex: [String: String] = {
        var index: [String: String] = [:]
        for (preset, names) in aliases {
            for name in names + [preset] { index[key(name)] = preset }
        }
        return index
    }()

    /// The profile a name (without its count) stands for: the catalog's own name in any
    /// case, then a name with the same key, then an alias of a preset in the catalog.
    public static func resolve(_ name: String, in catalog: [HardwareProfile] = HardwarePresets.builtIn) -> HardwareProfile? {
        let lowered = name.lowercased()
        if let exact = catalog.first(where: { $0.name.lowercased() == lowered }) { return exact }
        let k = key(name)
        guard !k.isEmpty else { return nil }
        if let same = catalog.first(where: { key($0.name) == k }) { return same }
        guard let preset = aliasIndex[k] else { return nil }
        return catalog.first { $0.name == preset }
    }

    /// The catalog's names closest to `name` (by edit distance between keys, over each
    /// profile's name and aliases), for a message about a name that resolves to none.
    public static func nearest(_ name: String, in catalog: [HardwareProfile] = HardwarePresets.builtIn,
                               count: Int = 3) -> [String] {
        let k = key(HardwareName(name).name)
        let spellings = Dictionary(aliases.map { ($0.preset, $0.names) }, uniquingKeysWith: { a, _ in a })
        let scored = catalog.enumerated().map { i, profile in
            let distance = ([profile.name] + (spellings[profile.name] ?? [])).map { editDistance(k, key($0)) }.min() ?? .max
            return (distance, i, profile.name)
        }
        return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(count).map(\.2)
    }

    /// Levenshtein distance, by rows.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.utf8), b = Array(b.utf8)
        guard !a.isEmpty else { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let substitution = previous + (a[i - 1] == b[j - 1] ? 0 : 1)
                previous = row[j]
                row[j] = min(substitution, row[j] + 1, row[j - 1] + 1)
            }
        }
        return row[b.count]
    }
}
