/// Names cut to a width (in columns) by what tells them apart, so that every name on screen stays
/// distinct: three Replicate models `meta/llama-2-70b-chat:02e509…`, `…:2796ee…` and
/// `…:f4e2de…` are not three `meta/llam…`.
///
/// ```swift
/// DistinctNames.shortened(["meta/llama-2-70b-chat:02e509c7", "meta/llama-2-70b-chat:2796ee9d"], to: 12)
/// // ["met…at:02e5…", "met…at:2796…"]; at 7: ["…:02e5…", "…:2796…"]
/// ```
///
/// A name that fits is shown whole. The others keep their common prefix folded into its
/// two ends (`met…at:`, down to `…`) and as much of what follows as the width leaves; a
/// cut takes the end first, so a common suffix goes before anything that tells names
/// apart. Names that differ stay distinct whenever the width leaves room for the part
/// that tells them apart (`minimumWidth`); names holding '…' themselves aside.
public enum DistinctNames {
    /// Characters kept past the first that tells a name from its nearest neighbour, so that
    /// a hash shows `02e5…`, not `0…`.
    static let context = 3

    public static func shortened(_ names: [String], to width: Int) -> [String] {
        guard width > 0 else { return names.map { _ in "" } }
        guard names.contains(where: { $0.columns > width }) else { return names }
        let parts = Parts(names)
        let need = min(parts.longestTail, parts.closest + 2 + context)
        let budget = width - need
        let prefix = parts.prefix
        let lead = prefix.isEmpty || budget <= 0 ? "" : prefix.columns <= budget ? prefix
            : budget == 1 ? "…" : Format.cutInTheMiddle(prefix, to: budget)
        func folded(_ name: String) -> String {
            lead + Format.fit(String(name.dropFirst(prefix.count)), to: width - lead.columns)
        }
        let mixed = names.map { $0.columns <= width ? $0 : folded($0) }
        // A whole name could equal another's folded form; then every name is folded alike.
        return Set(mixed).count == Set(names).count ? mixed : names.map(folded)
    }

    /// The narrowest width at which `shortened` keeps these (distinct) names distinct.
    public static func minimumWidth(_ names: [String]) -> Int {
        let parts = Parts(names)
        return min(parts.longestTail, parts.closest + 2) + 1
    }

    /// The common prefix of the names and, past it, how long the longest rest is and how
    /// far the two closest rests run alike.
    struct Parts: Equatable {
        let prefix: String
        let longestTail: Int
        /// The longest common prefix of any two rests (adjacent once sorted).
        let closest: Int

        init(_ names: [String]) {
            self.init(names, bytes: names.allSatisfy(Self.isPrintableASCII))
        }

        /// `bytes`: measured on the UTF-8 bytes instead of the Characters, as only printable
        /// ASCII allows (a byte is then a character and a column, and bytes sort as the
        /// characters do): names on screen are nearly always so, and thousands of them are
        /// measured each frame.
        init(_ names: [String], bytes: Bool) {
            let unique = Set(names)
            (prefix, longestTail, closest) = bytes
                ? Self.measure(unique.map { Array($0.utf8) }, text: { String(decoding: $0, as: UTF8.self) }, columns: \.count)
                : Self.measure(unique.map { Array($0) }, text: { String($0) }, columns: { String($0).columns })
        }

        static func isPrintableASCII(_ name: String) -> Bool {
            name.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        }

        private static func measure<E: Comparable>(_ unique: [[E]], text: (ArraySlice<E>) -> String,
                                                   columns: (ArraySlice<E>) -> Int) -> (String, Int, Int) {
            guard let first = unique.first else { return ("", 0, 0) }
            var p = first.count
            for name in unique.dropFirst() { p = min(p, common(first[...], name[...])) }
            let tails = unique.map { $0[p...] }.sorted { $0.lexicographicallyPrecedes($1) }
            return (text(first[..<p]), tails.map(columns).max() ?? 0,
                    zip(tails, tails.dropFirst()).map { common($0, $1) }.max() ?? 0)
        }

        static func common<E: Equatable>(_ a: ArraySlice<E>, _ b: ArraySlice<E>) -> Int {
            zip(a, b).prefix { $0 == $1 }.count
        }
    }
}
