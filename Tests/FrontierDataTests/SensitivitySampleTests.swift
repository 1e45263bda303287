import Testing
import FrontierCore
@testable import FrontierData

/// The tornado of WiNGPT-3.5 on the bundled sample at concurrency 64, where its run is
/// the whole 2,993-request test set in 774.7 s: the workload cost is 2 GPUs × per-GPU
/// hourly × 774.7 / 3600 = hourly × k, k = 0.430388…. The A800-80G preset per GPU:
/// depreciation 15,000 / (4·8760·0.75) = 0.570776, power 0.4·1.2·0.10 = 0.048,
/// maintenance 15,000·0.10 / 8760 = 0.171233; 0.790009 in all.
@Suite struct SensitivitySampleTests {
    static let k = 2 * 774.7 / 3600

    static func tornado() throws -> Sensitivity {
        let dataset = try #require(loadSample("wineval-a800.json")).dataset
        let prepared = PreparedDataset(dataset)
        let scenario = Scenario(concurrency: 64)
        let setup = try #require(Analysis(prepared, scenario).entries.firstIndex { $0.configuration.model == "WiNGPT-3.5" })
        return Sensitivity(prepared, scenario, setup: setup, swing: 0.2)
    }

    static func bar(_ s: Sensitivity, _ lever: Lever) throws -> Sensitivity.Bar {
        try #require(s.bars.first { $0.lever == lever })
    }

    @Test func theBaseIsThePapersCheapestCost() throws {
        let s = try Self.tornado()
        #expect(close(s.baseUSD, 0.790009132 * Self.k, rel: 1e-8))
        #expect(cents(s.baseUSD) == 0.34)
    }

    @Test func theGPUPriceMovesDepreciationAndMaintenance() throws {
        let bar = try Self.bar(Self.tornado(), .cost(.gpuPrice))
        #expect(bar.lowValue == 12_000 && bar.highValue == 18_000)
        // ×0.8: 0.456621 + 0.048 + 0.136986; ×1.2: 0.684932 + 0.048 + 0.205479.
        #expect(close(bar.lowUSD, 0.641607306 * Self.k, rel: 1e-8))
        #expect(close(bar.highUSD, 0.938410959 * Self.k, rel: 1e-8))
    }

    @Test func electricityMovesOnlyPower() throws {
        let bar = try Self.bar(Self.tornado(), .cost(.electricity))
        #expect(close(bar.lowValue, 0.08) && close(bar.highValue, 0.12))
        // Power 0.0384 and 0.0576, the rest as it was.
        #expect(close(bar.lowUSD, 0.780409132 * Self.k, rel: 1e-8))
        #expect(close(bar.highUSD, 0.799609132 * Self.k, rel: 1e-8))
    }

    @Test func utilizationMovesOnlyDepreciationAndNotSymmetrically() throws {
        let s = try Self.tornado()
        let bar = try Self.bar(s, .cost(.utilization))
        #expect(close(bar.lowValue, 0.6) && close(bar.highValue, 0.9))
        // Depreciation 15,000 / (4·8760·0.6) = 0.713470 and / 0.9 → 0.475647.
        #expect(close(bar.lowUSD, 0.932703196 * Self.k, rel: 1e-8))
        #expect(close(bar.highUSD, 0.694879757 * Self.k, rel: 1e-8))
        // Up by 0.142694·k, down by only 0.095129·k.
        #expect(close(bar.lowUSD - s.baseUSD, 0.142694064 * Self.k, rel: 1e-7))
        #expect(close(s.baseUSD - bar.highUSD, 0.095129376 * Self.k, rel: 1e-7))
    }

    @Test func aPUEBelowOneIsHeldAtOne() throws {
        let bar = try Self.bar(Self.tornado(), .cost(.pue))
        #expect(bar.lowValue == 1 && close(bar.highValue, 1.44))
        #expect(close(bar.lowUSD, 0.782009132 * Self.k, rel: 1e-8))
    }

    @Test func throughputDividesTheCost() throws {
        let s = try Self.tornado()
        let bar = try Self.bar(s, .throughput)
        #expect(close(bar.today, 2993 / 774.7))
        #expect(close(bar.lowUSD, s.baseUSD / 0.8) && close(bar.highUSD, s.baseUSD / 1.2))
    }

    @Test func theBarsAreSortedBySwingWithThroughputFirst() throws {
        let s = try Self.tornado()
        // Swings (× k): throughput 0.329170, GPU price 0.296804, utilization and years
        // 0.237823, maintenance 0.068493, electricity and power 0.0192, PUE 0.0176.
        #expect(s.bars.map(\.lever) == [.throughput, .cost(.gpuPrice), .cost(.years), .cost(.utilization),
                                        .cost(.maintenance), .cost(.powerKW), .cost(.electricity), .cost(.pue)])
        #expect(zip(s.bars, s.bars.dropFirst()).allSatisfy { $0.swingUSD >= $1.swingUSD - 1e-12 })
    }

    @Test func underTheQualitySortNoCostInputChangesTheLeader() throws {
        // One hardware profile and no budget: every cost moves alike, and quality decides.
        let s = try Self.tornado()
        #expect(s.leader == "WiNGPT-3.5")
        #expect(s.flips.isEmpty)
    }
}
