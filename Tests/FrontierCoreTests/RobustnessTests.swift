import Testing
@testable import FrontierCore

/// The Monte Carlo of first place. A and B each on a GPU rented at $1/h, A at 2 req/s and
/// B at 2.2: A's workload costs r_A / 2, B's r_B / 2.2, with both rates drawn uniformly in
/// [0.8, 1.2]. Ranked by cost, A is first when r_A < r_B / 1.1:
/// P = (1/0.16) ∫_{0.88}^{1.2} (r/1.1 − 0.8) dr = (1/0.16)·[r²/2.2 − 0.8r]_{0.88}^{1.2} = 0.290909.
@Suite struct RobustnessTests {
    /// The labels: the setups are on two hardware profiles.
    static let a = "A · 1×X", b = "B · 1×Y"

    static func prepared() -> PreparedDataset {
        PreparedDataset(Dataset(
            name: "two", workload: Workload(name: "w", requests: 3600),
            hardware: [HardwareProfile(name: "X", gpuType: "X", cost: .rental(1)),
                       HardwareProfile(name: "Y", gpuType: "Y", cost: .rental(1))],
            models: [Model(name: "A", quality: ["q": 80]), Model(name: "B", quality: ["q": 70])],
            runs: [makeRun("A", hardware: "X", c: 1, rps: 2), makeRun("B", hardware: "Y", c: 1, rps: 2.2)],
            defaultMetric: "q"))
    }

    static let byCost = Scenario(concurrency: 1, sortKey: .cost)

    @Test func theSharesMatchTheProbabilitySolvedByHand() throws {
        let r = Robustness(Self.prepared(), Self.byCost, draws: 10_000, seed: 7)
        #expect(r.shares.map(\.label) == [Self.b, Self.a])
        let a = try #require(r.shares.first { $0.label == Self.a }).share
        // 10,000 draws: a standard error of 0.0045.
        #expect(abs(a - 0.290909) < 0.02, "A first in \(a)")
        #expect(abs(r.shares.map(\.share).reduce(0, +) - 1) < 1e-12)
    }

    @Test func theSameSeedGivesTheSameSharesAndAnotherSeedOthers() {
        let one = Robustness(Self.prepared(), Self.byCost, draws: 500, seed: 42)
        let again = Robustness(Self.prepared(), Self.byCost, draws: 500, seed: 42)
        let other = Robustness(Self.prepared(), Self.byCost, draws: 500, seed: 43)
        #expect(one.shares == again.shares)
        #expect(one.shares != other.shares)
    }

    @Test func underTheQualitySortCostsDoNotMoveFirstPlace() {
        let r = Robustness(Self.prepared(), Scenario(concurrency: 1), draws: 200, seed: 1)
        #expect(r.shares == [Robustness.Share(label: Self.a, share: 1)])
    }

    @Test func drawsInWhichNothingIsRankedAreCountedAsNone() {
        // A budget of $0.45: A (r_A / 2) fits when r_A < 0.9, B (r_B / 2.2) when r_B < 0.99.
        var scenario = Self.byCost
        scenario.budget = 0.45
        let r = Robustness(Self.prepared(), scenario, draws: 4000, seed: 3)
        // Neither fits with probability (0.3/0.4)·(0.21/0.4) = 0.39375.
        let none = r.shares.first { $0.label == nil }?.share ?? 0
        #expect(abs(none - 0.39375) < 0.03, "none first in \(none)")
    }
}
