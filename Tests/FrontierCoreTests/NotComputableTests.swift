import Testing
@testable import FrontierCore

/// A finite input can overflow a product: such setups are excluded with the reason, never
/// ranked, never on the frontier (issue #14).
@Suite("Setups that cannot be costed")
struct NotComputableTests {
    /// The hand dataset with A on hardware of an absurd power draw (1e308 kW × 1.2 × $10 is past
    /// the largest Double: an infinite hourly cost).
    func dataset(power: Double, electricity: Double = 0.1) -> Dataset {
        var d = handDataset()
        let gpu = OwnedGPU(price: 15_000, years: 4, utilization: 0.75, powerKW: power, pue: 1.2,
                           electricityPerKWh: electricity, maintenanceRate: 0.1)
        d.hardware.append(HardwareProfile(name: "hot", gpuType: "hot", cost: .owned(gpu)))
        for i in d.runs.indices where d.runs[i].model == "A" { d.runs[i].hardware = "hot" }
        return d
    }

    @Test func anInfiniteHourlyCostExcludesTheSetupWithTheReason() {
        let analysis = Analysis(dataset(power: 1e308, electricity: 10), Scenario(concurrency: 2))
        let a = analysis.entry("A")
        #expect(a.hourly.total == .infinity)
        guard case .notComputable(let reason)? = a.exclusion else {
            Issue.record("expected notComputable, got \(String(describing: a.exclusion))")
            return
        }
        #expect(reason.contains("hourly cost"))
        #expect(!a.isComputable)
        #expect(a.rank == nil)
        #expect(!analysis.ranking.contains(analysis.index("A")))
        #expect(!analysis.frontier.contains(analysis.index("A")))
        #expect(a.efficiency == nil)
        #expect(analysis.rankedModels == ["B", "C"])
        #expect(analysis.excluded == [analysis.index("A")])
    }

    @Test func aFiniteHourlyCostWhoseWorkloadOverflowsIsExcludedToo() {
        // 1e306 kW × 1.2 × $0.1 = $1.2e305/h is finite; × 3600 requests / 1 req/s is not.
        let analysis = Analysis(dataset(power: 1e306), Scenario(concurrency: 1))
        let a = analysis.entry("A")
        #expect(a.hourly.total.isFinite)
        #expect(a.exclusion?.description.hasPrefix("cannot be costed: its cost at concurrency") == true)
        #expect(a.exclusion?.short == "no figures")
    }

    @Test func aVanishingTokenThroughputExcludesTheSetup() {
        var d = handDataset()
        d.runs[0][.outputTokensPerS] = Double("1e-310")!
        let analysis = Analysis(d, Scenario(concurrency: 2))
        #expect(analysis.entry("A").exclusion?.description.contains("cost per output token at concurrency 1") == true)
        #expect(analysis.entry("B").isComputable && analysis.entry("B").rank == 1)
    }

    @Test func ordinaryCostsAreUntouched() {
        let analysis = Analysis(dataset(power: 0.4), Scenario(concurrency: 2))
        #expect(analysis.entries.allSatisfy { $0.isComputable })
        #expect(analysis.excluded.isEmpty)
    }

    @Test func hugeDollarFiguresAreWrittenWithAnExponent() {
        #expect(Format.dollars(1.2e307) == "$1.2e+307")
        #expect(Format.dollars(1e23) == "$99,999,999,999,999,991,611,392")
        #expect(Format.dollars(1e24) == "$1e+24")
    }
}
