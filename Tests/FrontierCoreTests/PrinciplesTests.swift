import Testing
@testable import FrontierCore

/// The paper's three findings, against hand-computed values.
@Suite struct PrinciplesTests {
    // MARK: Diminishing marginal cost

    @Test func marginalSavingsArePreviousMinusCurrent() {
        // costs 2, 1, 0.75, 0.625: savings — , 2−1 = 1, 1−0.75 = 0.25, 0.75−0.625 = 0.125
        let savings = Principles.marginalSavings(costs: [2, 1, 0.75, 0.625])
        #expect(savings == [nil, 1, 0.25, 0.125])
        // a step that costs more is a negative saving: 1 − 1.5 = −0.5
        #expect(Principles.marginalSavings(costs: [1, 1.5]) == [nil, -0.5])
        #expect(Principles.marginalSavings(costs: [3]) == [nil])
        #expect(Principles.marginalSavings(costs: []).isEmpty)
    }

    @Test func marginalCostDiminishesWhenSavingsShrink() {
        // 1 ≥ 0.25 ≥ 0.125: holds
        #expect(Principles.marginalCostDiminishes(savings: [nil, 1, 0.25, 0.125]) == true)
        // 1 then 0.5 then 0.6: the third step saves more than the second
        #expect(Principles.marginalCostDiminishes(savings: [nil, 1, 0.5, 0.6]) == false)
        // equal savings count as not growing
        #expect(Principles.marginalCostDiminishes(savings: [nil, 0.5, 0.5]) == true)
        // a rounding-level excess is absorbed: 0.3 vs 0.3 + 1e-17
        #expect(Principles.marginalCostDiminishes(savings: [nil, 0.3, 0.3 + 1e-17]) == true)
        // fewer than two steps: undecided
        #expect(Principles.marginalCostDiminishes(savings: [nil, 1]) == nil)
        #expect(Principles.marginalCostDiminishes(savings: [nil]) == nil)
    }

    // MARK: Diminishing returns to scale

    @Test func elasticityIsOneWhenThroughputDoublesWithConcurrency() {
        // ln(2/1) / ln(2/1) = 1, ln(4/2) / ln(4/2) = 1
        let e = Principles.elasticities(levels: [1, 2, 4], throughputs: [3, 6, 12])
        #expect(e[0] == nil)
        #expect(close(e[1], 1))
        #expect(close(e[2], 1))
    }

    @Test func elasticityIsZeroWhenThroughputIsUnchanged() {
        // ln(5/5) / ln(8/4) = 0 / 0.693 = 0
        #expect(Principles.elasticities(levels: [4, 8], throughputs: [5, 5]) == [nil, 0])
    }

    @Test func elasticityBetweenUnevenSteps() {
        // throughput 2 → 3 as c goes 2 → 4: ln 1.5 / ln 2 = 0.405465 / 0.693147 = 0.5849625
        // throughput 3 → 3.2 as c goes 4 → 8: ln(16/15) / ln 2 = 0.0645385 / 0.693147 = 0.0931094
        // throughput 1 → 4 as c goes 1 → 16: ln 4 / ln 16 = 0.5
        let e = Principles.elasticities(levels: [2, 4, 8], throughputs: [2, 3, 3.2])
        #expect(close(e[1], 0.584_962_500_721_156_2))
        #expect(close(e[2], 0.093_109_404_391_481_47))
        #expect(close(Principles.elasticities(levels: [1, 16], throughputs: [1, 4])[1], 0.5))
        // falling throughput is a negative elasticity: ln(1/2) / ln 2 = −1
        #expect(close(Principles.elasticities(levels: [1, 2], throughputs: [2, 1])[1], -1))
    }

    @Test func saturationIsTheLevelBeforeTheFirstFlatStep() {
        // elasticities —, 1, 0.585, 0.093: the step 4 → 8 is below 0.1, so 4 saturates
        let levels: [Double] = [1, 2, 4, 8]
        let e = Principles.elasticities(levels: levels, throughputs: [1, 2, 3, 3.2])
        #expect(Principles.saturationLevel(levels: levels, elasticities: e) == 4)
        // a flat first step: saturated from the first level
        #expect(Principles.saturationLevel(levels: [1, 2, 4], elasticities: [nil, 0.05, 0]) == 1)
        // the first flat step wins over later ones
        #expect(Principles.saturationLevel(levels: [1, 2, 4, 8], elasticities: [nil, 0.9, 0.0, 0.0]) == 2)
    }

    @Test func noSaturationWhileElasticityStaysAtOrAboveThreshold() {
        #expect(Principles.saturationLevel(levels: [1, 2, 4], elasticities: [nil, 1, 0.5]) == nil)
        // exactly 0.1 is not below 0.1
        #expect(Principles.saturationLevel(levels: [1, 2], elasticities: [nil, 0.1]) == nil)
        #expect(Principles.saturationLevel(levels: [1], elasticities: [nil]) == nil)
        #expect(Principles.saturationElasticity == 0.1)
    }

    // MARK: Optimal zone

    let levels: [Double] = [1, 2, 4, 8, 16]
    /// min 1.0; within 10 %: ≤ 1.0 · 1.1 = 1.1 → levels 4 (1.05) and 8 (1.0); 16 (1.2) is out.
    let costs: [Double] = [4, 2, 1.05, 1.0, 1.2]

    @Test func zoneWithinTenPercentOfTheMinimum() throws {
        #expect(Principles.defaultZoneTolerance == 0.10)
        let zone = try #require(Principles.optimalZone(levels: levels, costs: costs, meetsSLO: [Bool](repeating: true, count: 5)))
        #expect(zone == Zone(low: 4, high: 8, cheapest: 8))
        #expect(zone.knee == 4)   // the knee is the low end
        #expect(zone.contains(4) && zone.contains(6) && zone.contains(8))
        #expect(!zone.contains(2) && !zone.contains(16))
    }

    @Test func zoneWithSLOConsidersOnlyLevelsThatMeetIt() throws {
        // 8 and 16 miss the SLO: min over 1, 2, 4 is 1.05; ≤ 1.05 · 1.1 = 1.155 → only 4
        let zone = try #require(Principles.optimalZone(levels: levels, costs: costs, meetsSLO: [true, true, true, false, false]))
        #expect(zone == Zone(low: 4, high: 4, cheapest: 4))
        // only 1 and 2 meet it: min 2, ≤ 2.2 → only 2
        let tight = try #require(Principles.optimalZone(levels: levels, costs: costs, meetsSLO: [true, true, false, false, false]))
        #expect(tight == Zone(low: 2, high: 2, cheapest: 2))
        #expect(tight.knee == 2)
    }

    @Test func noZoneWhenNoLevelMeetsTheSLO() {
        #expect(Principles.optimalZone(levels: levels, costs: costs, meetsSLO: [Bool](repeating: false, count: 5)) == nil)
    }

    @Test func zoneTolerance() throws {
        let all = [Bool](repeating: true, count: 5)
        // tolerance 0: only the minimum
        #expect(Principles.optimalZone(levels: levels, costs: costs, meetsSLO: all, tolerance: 0) == Zone(low: 8, high: 8, cheapest: 8))
        // tolerance 0.25: ≤ 1.25 → 4, 8, 16
        #expect(Principles.optimalZone(levels: levels, costs: costs, meetsSLO: all, tolerance: 0.25) == Zone(low: 4, high: 16, cheapest: 8))
        // the bound is inclusive: costs 1.5 and 1, tolerance 0.5 → 1 · 1.5 = 1.5 (exact in binary)
        #expect(Principles.optimalZone(levels: [1, 2], costs: [1.5, 1], meetsSLO: [true, true], tolerance: 0.5) == Zone(low: 1, high: 2, cheapest: 2))
    }

    @Test func cheapestTieTakesTheLowerLevel() {
        #expect(Principles.optimalZone(levels: [1, 2, 4], costs: [2, 1, 1], meetsSLO: [true, true, true]) == Zone(low: 2, high: 4, cheapest: 2))
    }
}
