import Testing
@testable import FrontierCore

/// What the comparison of marked setups reads from the core: each at its best beside its
/// figures here, and its failure rate.
@Suite struct CompareFiguresTests {
    @Test func atBestIsWhatEachAtItsBestShows() {
        // The hand dataset (TestSupport) at c=1: A costs 2 there, 0.625 at its best (c=8).
        let here = Analysis(handDataset(), Scenario(concurrency: 1))
        let best = Analysis(handDataset(), Scenario(concurrency: 1, operatingPoint: .best))
        for i in here.entries.indices {
            #expect(here.atBest(i).estimate == best.entries[i].point, "\(here.entries[i].label)")
            #expect(here.atBest(i).exclusion == best.entries[i].exclusion)
        }
        let a = here.entries.firstIndex { $0.configuration.model == "A" }!
        #expect(here.atBest(a).estimate.concurrency == 8)
        #expect(close(here.atBest(a).estimate.workloadCost, 0.625))
    }

    @Test func failureRateIsFailedOverSentAcrossTheRunsThatCountThem() {
        func run(_ c: Double, requests: Double?, failed: Double?) -> Run {
            var run = Run(model: "m", hardware: "h", gpus: 1, concurrency: c)
            run[.requests] = requests
            run[.failed] = failed
            return run
        }
        // 3 + 1 failed of 97 + 3 + 99 + 1 sent = 200: 2 %; the run without a count is left out.
        let failures = Failures([run(1, requests: 97, failed: 3), run(2, requests: 99, failed: 1), run(4, requests: 50, failed: nil)])
        #expect(failures == Failures(failed: 4, completed: 196))
        #expect(close(failures?.rate, 0.02))
        #expect(Failures([run(1, requests: 10, failed: nil)]) == nil)
        #expect(Failures([run(1, requests: 0, failed: 0)])?.rate == nil)
    }
}
