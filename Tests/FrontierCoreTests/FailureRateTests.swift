import Testing
@testable import FrontierCore

/// Failed requests: the share of a run's requests that failed, shown with each setup and
/// excluding one above `Scenario.maxErrorRate`. Costs stay those of the successful requests.
@Suite struct FailureRateTests {
    /// The hand dataset (2 / rps dollars a workload) with B's runs counting requests:
    /// 100 completed at every level, failed 0 / 5 / 20 / 300 at c = 1 / 2 / 4 / 8.
    func dataset(repeatAtFour: Bool = false) -> Dataset {
        var d = handDataset()
        let failed: [Double: Double] = [1: 0, 2: 5, 4: 20, 8: 300]
        for i in d.runs.indices where d.runs[i].model == "B" {
            d.runs[i][.requests] = 100
            d.runs[i][.failed] = failed[d.runs[i].concurrency]
        }
        if repeatAtFour {
            // A second run at c=4: 300 completed, none failed, same throughput.
            var again = d.runs.first { $0.model == "B" && $0.concurrency == 4 }!
            again[.requests] = 300
            again[.failed] = 0
            d.runs.append(again)
        }
        return d
    }

    @Test func theRateIsFailedOverAllRequestsMade() {
        #expect(FailureRate.of(completed: 20, failed: 130) == 130.0 / 150)
        #expect(FailureRate.of(completed: 100, failed: 0) == 0)
        #expect(FailureRate.of(completed: nil, failed: 3) == nil)
        #expect(FailureRate.of(completed: 10, failed: nil) == nil)
        #expect(FailureRate.of(completed: 0, failed: 0) == nil)
        #expect(FailureRate.of(completed: 0, failed: 4) == 1)
    }

    @Test func fewFailuresNeverReadAsNone() {
        #expect(FailureRate.text(0.004) == "0.4%")
        #expect(FailureRate.text(0.05) == "5.0%")
        #expect(FailureRate.text(130.0 / 150) == "87%")
        #expect(FailureRate.text(0) == "0.0%")
    }

    @Test func eachLevelHasItsRateAndRunsWithoutCountsHaveNone() {
        let a = Analysis(dataset(), Scenario(concurrency: 2))
        let b = a.entry("B")
        // 5 / 105, 20 / 120, 300 / 400.
        #expect(b.curve.map(\.estimate.failureRate) == [0, 5.0 / 105, 20.0 / 120, 0.75])
        #expect(close(b.point.failureRate, 5.0 / 105))
        #expect(a.entry("A").point.failureRate == nil)
        #expect(a.entry("A").curve.allSatisfy { $0.estimate.failureRate == nil })
    }

    @Test func figuresWithoutFailureCountsStillEqualThemselves() {
        // A's rates are unknown (stored as NaN): its curve and point still compare equal.
        let a = Analysis(dataset(), Scenario(concurrency: 3)).entry("A"), again = Analysis(dataset(), Scenario(concurrency: 3)).entry("A")
        #expect(a.curve == again.curve && a.point == again.point)
        #expect(Analysis(dataset(), Scenario(concurrency: 3)).entry("B").point != a.point)
    }

    @Test func betweenLevelsTheRateIsInterpolatedLikeTheOtherFigures() {
        // c = 2√2 lies halfway between 2 and 4 in log2(c).
        let b = Analysis(dataset(), Scenario(concurrency: 2 * 2.0.squareRoot(), maxErrorRate: 1)).entry("B")
        #expect(close(b.point.failureRate, (5.0 / 105 + 20.0 / 120) / 2))
    }

    @Test func aSetupAboveTheLimitIsExcludedWithItsRate() {
        // At c=4, 1/6 of B's requests failed: above the default 5 %.
        let a = Analysis(dataset(), Scenario(concurrency: 4))
        #expect(a.entry("B").exclusion == .tooManyFailures(rate: 20.0 / 120, max: 0.05))
        #expect(a.entry("B").exclusion?.description == "17% of requests failed (more than the 5.0% accepted)")
        #expect(a.entry("B").exclusion?.short == "17% failed")
        #expect(a.rankedModels == ["A", "C"])
        // Its costs are still those of the successful requests: 2 / 8 dollars.
        #expect(close(a.entry("B").point.workloadCost, 0.25))
    }

    @Test func theLimitItselfIsAcceptedAndOneAcceptsAnything() {
        #expect(Analysis(dataset(), Scenario(concurrency: 4, maxErrorRate: 20.0 / 120)).entry("B").rank != nil)
        #expect(Analysis(dataset(), Scenario(concurrency: 8, maxErrorRate: 1)).entry("B").rank != nil)
        #expect(Analysis(dataset(), Scenario(concurrency: 2)).entry("B").rank != nil)   // 4.8 %
        #expect(Analysis(dataset(), Scenario(concurrency: 2, maxErrorRate: 0.04)).entry("B").rank == nil)
    }

    @Test func repeatedRunsAtALevelPoolTheirRequests() {
        // c=4: (20 + 0) failed of (120 + 300) made.
        let b = Analysis(dataset(repeatAtFour: true), Scenario(concurrency: 4, maxErrorRate: 1)).entry("B")
        #expect(close(b.point.failureRate, 20.0 / 420))
    }

    @Test func atItsBestASetupAboveTheLimitIsExcluded() {
        // B's cheapest level is c=8, where 75 % failed.
        let a = Analysis(dataset(), Scenario(operatingPoint: .best))
        #expect(a.entry("B").point.concurrency == 8)
        #expect(a.entry("B").exclusion == .tooManyFailures(rate: 0.75, max: 0.05))
        #expect(Analysis(dataset(), Scenario(operatingPoint: .best, maxErrorRate: 0.8)).entry("B").rank != nil)
    }
}
