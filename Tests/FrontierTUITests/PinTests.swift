import FrontierCore
import Testing
@testable import FrontierTUI

/// `P`: the ranking against a pinned scenario.
@Suite("pin")
struct PinTests {
    static let screens: [GoldenTests.Screen] = [
        GoldenTests.Screen(name: "pinned", keys: "s P Left Left", shows: ["pinned: Concurrency 64 → 32", "ΔCost", "ΔRk", "▲"]),
        GoldenTests.Screen(name: "pinned-ascii", keys: "P Down Down Down Down L", ascii: true,
                           shows: ["pinned: GPU price $15,000 > $20,000", "DCost", "+$0.11"]),
    ]

    @Test(arguments: screens, GoldenTests.sizes)
    func screen(_ screen: GoldenTests.Screen, _ size: GoldenTests.Size) throws {
        try GoldenTests.check(screen, size)
    }

    @Test func pTogglesThePinOfTheCurrentScenario() throws {
        let state = try SampleData.session(width: 80, height: 24).state
        let pinned = reduce(state, .togglePin)
        #expect(pinned.pinned == state.scenario && pinned.pinDifferences.isEmpty)
        #expect(pinned.pinNote == "pinned: no change yet")
        let moved = reduce(pinned, .moveSlider(direction: 1, coarse: false))
        #expect(moved.pinned == state.scenario, "the pin stays where it was")
        #expect(moved.pinDifferences == ["Concurrency 64 → 90.5"])
        let sorted = reduce(moved, .cycleSort)
        #expect(sorted.pinDifferences == ["Concurrency 64 → 90.5", "sort quality → cost"])
        #expect(reduce(sorted, .togglePin).pinned == nil)
        #expect(KeyMap.action(for: .character("P"), in: state) == .togglePin)
    }

    /// GPU price $15,000 → $20,000 on 2 GPUs, 4 years at 75 %, maintenance 10 %: the hourly
    /// cost rises by 2 × (5000 / (4 × 8760 × 0.75) + 5000 × 0.10 / 8760) = $0.494673/h, and
    /// each cost by the same share: the ranking's Δ is the difference of the two analyses.
    @Test func theDeltaIsTheCostAgainstThePin() throws {
        let session = try SampleData.session(width: 120, height: 40, keys: "P Down Down Down Down L")
        let e = try #require(session.analysis.entries.firstIndex { $0.label == "WiNGPT-3.5" })
        let then = try #require(session.pinnedAnalysis).entries[e], now = session.analysis.entries[e]
        #expect(abs((now.hourly.total - then.hourly.total) - 2 * (5000 / (4 * 8760 * 0.75) + 5000 * 0.10 / 8760)) < 1e-9)
        #expect(abs(now.point.workloadCost / then.point.workloadCost - now.hourly.total / then.hourly.total) < 1e-12)
        let delta = RankingTable.signedDollars(now.point.workloadCost - then.point.workloadCost)
        #expect(delta == "+$0.11")
        #expect(session.frame.canvas.lines.contains { $0.contains("WiNGPT-3.5") && $0.contains(delta) })
    }

    @Test func signedDollarsMarkTheDirection() {
        #expect(RankingTable.signedDollars(0.114) == "+$0.11")
        #expect(RankingTable.signedDollars(-0.05) == "-$0.0500")
        #expect(RankingTable.signedDollars(0.00001) == "=")
    }

    @Test func noPinNoColumns() throws {
        let session = try SampleData.session(width: 120, height: 40)
        #expect(session.pinnedAnalysis == nil && !session.frame.canvas.text.contains("ΔCost"))
    }
}
