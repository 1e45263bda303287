/// SplitMix64 (Steele, Lea & Flood 2014): a tiny, fast, seeded generator, for synthetic
/// data that must be the same on every machine and Swift version (the standard library's
/// generator is neither seedable nor stable): the property tests replay a case from its
/// seed, and the benchmarks measure the same data everywhere.
public struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1), 53 random bits.
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// Uniform in [low, high).
    public mutating func uniform(_ low: Double, _ high: Double) -> Double { low + (high - low) * unit() }

    /// Uniform integer in 0..<n.
    public mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    public mutating func bool() -> Bool { next() & 1 == 1 }
}
