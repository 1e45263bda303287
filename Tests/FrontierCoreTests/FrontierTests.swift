import Testing
@testable import FrontierCore

/// The production frontier on small hand examples.
@Suite struct FrontierTests {
    @Test func dominance() {
        // cheaper at equal quality
        #expect(Frontier.dominates(cost: 1, quality: 50, cost: 2, quality: 50))
        // better at equal cost
        #expect(Frontier.dominates(cost: 1, quality: 60, cost: 1, quality: 50))
        // cheaper and better
        #expect(Frontier.dominates(cost: 1, quality: 60, cost: 2, quality: 50))
        // the reverse of each
        #expect(!Frontier.dominates(cost: 2, quality: 50, cost: 1, quality: 50))
        #expect(!Frontier.dominates(cost: 1, quality: 50, cost: 1, quality: 60))
        // cheaper but worse: a trade-off, not dominance
        #expect(!Frontier.dominates(cost: 1, quality: 40, cost: 2, quality: 50))
        // identical points do not dominate each other
        #expect(!Frontier.dominates(cost: 1, quality: 50, cost: 1, quality: 50))
    }

    @Test func staircaseInAscendingCost() {
        // (3, 90), (1, 50), (2, 70), (2.5, 60): (2.5, 60) is beaten by (2, 70)
        let f = Frontier.indices(costs: [3, 1, 2, 2.5], qualities: [90, 50, 70, 60])
        #expect(f == [1, 2, 0])
    }

    @Test func dearerAndWorseIsOff() {
        // (1, 50), (2, 60), (3, 55): the last is beaten by (2, 60)
        #expect(Frontier.indices(costs: [1, 2, 3], qualities: [50, 60, 55]) == [0, 1])
    }

    @Test func equalCostKeepsTheBetter() {
        #expect(Frontier.indices(costs: [1, 1], qualities: [50, 60]) == [1])
        #expect(Frontier.indices(costs: [1, 1, 1], qualities: [50, 50, 60]) == [2])
    }

    @Test func equalQualityKeepsTheCheaper() {
        #expect(Frontier.indices(costs: [2, 1], qualities: [50, 50]) == [1])
    }

    @Test func identicalPointsBothStay() {
        #expect(Set(Frontier.indices(costs: [1, 1], qualities: [50, 50])) == [0, 1])
        // three identical, plus a dearer better one
        let f = Frontier.indices(costs: [1, 2, 1, 1], qualities: [50, 70, 50, 50])
        #expect(f.count == 4)
        #expect(Set(f.prefix(3)) == [0, 2, 3])
        #expect(f.last == 1)
    }

    @Test func identicalButDominatedPointsBothGo() {
        // (2, 50) twice, beaten by (1, 60)
        #expect(Frontier.indices(costs: [2, 1, 2], qualities: [50, 60, 50]) == [1])
        // (2, 50) twice, beaten by (1, 50) at equal quality
        #expect(Frontier.indices(costs: [2, 2, 1], qualities: [50, 50, 50]) == [2])
    }

    @Test func degenerateInputs() {
        #expect(Frontier.indices(costs: [], qualities: []).isEmpty)
        #expect(Frontier.indices(costs: [5], qualities: [1]) == [0])
        // zero cost and negative quality are still points
        #expect(Frontier.indices(costs: [0, 1], qualities: [-5, 10]) == [0, 1])
    }

    @Test func gapOfADominatedPoint() {
        // frontier (1, 50), (2, 70), (4, 90); point (3, 60):
        // same quality for 2 instead of 3 → costExcess 1 − 2/3 = 0.3333…
        // same money buys (2, 70) → qualityGap 70 − 60 = 10
        let costs: [Double] = [1, 2, 4, 3], qualities: [Double] = [50, 70, 90, 60]
        let frontier = Frontier.indices(costs: costs, qualities: qualities)
        #expect(frontier == [0, 1, 2])
        let gap = Frontier.gap(cost: 3, quality: 60, frontier: frontier, costs: costs, qualities: qualities)
        #expect(close(gap.costExcess, 0.333_333_333_333_333_3))
        #expect(gap.qualityGap == 10)
    }

    @Test func gapUsesTheBestNeighbours() {
        // frontier (1, 50), (2, 70), (4, 90); point (8, 80):
        // cheapest at least as good is (4, 90) → 1 − 4/8 = 0.5
        // best at no more cost is (4, 90) → 90 − 80 = 10
        let costs: [Double] = [1, 2, 4], qualities: [Double] = [50, 70, 90]
        let gap = Frontier.gap(cost: 8, quality: 80, frontier: [0, 1, 2], costs: costs, qualities: qualities)
        #expect(gap == FrontierGap(costExcess: 0.5, qualityGap: 10))
    }

    @Test func gapIsZeroOnTheFrontierAndWithoutNeighbours() {
        let costs: [Double] = [1, 2, 4], qualities: [Double] = [50, 70, 90]
        // a frontier point itself
        #expect(Frontier.gap(cost: 2, quality: 70, frontier: [0, 1, 2], costs: costs, qualities: qualities)
                == FrontierGap(costExcess: 0, qualityGap: 0))
        // better than every frontier point and dearer than the best: no cheaper equal,
        // and the best at no more cost (90) is worse → both 0
        #expect(Frontier.gap(cost: 5, quality: 95, frontier: [0, 1, 2], costs: costs, qualities: qualities)
                == FrontierGap(costExcess: 0, qualityGap: 0))
        // cheaper than every frontier point: nothing at no more cost; (1, 50) is dearer → 0
        #expect(Frontier.gap(cost: 0.5, quality: 40, frontier: [0, 1, 2], costs: costs, qualities: qualities)
                == FrontierGap(costExcess: 0, qualityGap: 0))
    }
}
