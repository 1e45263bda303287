import Testing
@testable import FrontierSim

private func config(failRate: Double = 0, failMode: SimConfig.FailMode = .http500, seed: UInt64 = 42,
                    eos: SimConfig.EOS = .geometric(meanTokens: 100)) -> SimConfig {
    var c = SimConfig.preset("h100x2-llama70b")!
    c.failRate = failRate
    c.failMode = failMode
    c.seed = seed
    c.eos = eos
    return c
}

@Suite struct RequestPlanTests {
    @Test func failuresAreSeededPerRequestNumber() {
        let tenPercent = config(failRate: 0.1)
        let failing = (1...10_000).filter(tenPercent.fails(requestNumber:))
        // The same seed replays the same requests, in any order of asking.
        #expect(failing == (1...10_000).reversed().filter(tenPercent.fails(requestNumber:)).reversed())
        // Binomial(10,000, 0.1): mean 1,000, σ 30.
        #expect(abs(failing.count - 1000) < 120)
        #expect(failing != (1...10_000).filter(config(failRate: 0.1, seed: 43).fails(requestNumber:)))
        #expect((1...1000).filter(config(failRate: 0).fails(requestNumber:)).isEmpty)
        #expect((1...1000).allSatisfy(config(failRate: 1).fails(requestNumber:)))
    }

    @Test func aFailingAnswerBreaksHalfway() throws {
        let n = try #require((1...100).first(where: config(failRate: 0.5).fails(requestNumber:)))
        let midstream = config(failRate: 0.5, failMode: .midstream).plan(requestNumber: n, maxTokens: 40, minTokens: 0, ignoreEOS: true)
        #expect(midstream.failure == .midstream(afterTokens: 20) && midstream.tokensToRun == 20 && midstream.outputTokens == 40)
        let event = config(failRate: 0.5, failMode: .errorEvent).plan(requestNumber: n, maxTokens: 1, minTokens: 0, ignoreEOS: true)
        #expect(event.failure == .errorEvent(afterTokens: 1) && event.tokensToRun == 1)
        let http = config(failRate: 0.5).plan(requestNumber: n, maxTokens: 40, minTokens: 0, ignoreEOS: true)
        #expect(http.failure == .http500)
    }

    @Test func geometricLengthsByHand() {
        // Mean 2: each token ends the answer with probability 1/2, so P(length > k) = 2^-k.
        #expect(SimConfig.geometric(mean: 2, unit: 0) == 1)
        #expect(SimConfig.geometric(mean: 2, unit: 0.49) == 1)
        #expect(SimConfig.geometric(mean: 2, unit: 0.51) == 2)
        #expect(SimConfig.geometric(mean: 2, unit: 0.76) == 3)
        #expect(SimConfig.geometric(mean: 1, unit: 0.99) == 1)
    }

    @Test func eosLengthsHaveTheirMeanAndHonourTheLimits() {
        let c = config(eos: .geometric(meanTokens: 100))
        let lengths = (1...20_000).map { c.plan(requestNumber: $0, maxTokens: 100_000, minTokens: 0, ignoreEOS: false).outputTokens }
        let mean = Double(lengths.reduce(0, +)) / Double(lengths.count)
        #expect(abs(mean / 100 - 1) < 0.03, "mean \(mean)")
        for n in 1...2000 {
            let plan = c.plan(requestNumber: n, maxTokens: 150, minTokens: 20, ignoreEOS: false)
            #expect((20...150).contains(plan.outputTokens))
            #expect(plan.finishReason == (plan.outputTokens < 150 ? .stop : .length))
        }
        let ignoring = c.plan(requestNumber: 1, maxTokens: 150, minTokens: 0, ignoreEOS: true)
        #expect(ignoring == RequestPlan(outputTokens: 150, finishReason: .length, failure: nil))
        #expect(config(eos: .never).plan(requestNumber: 1, maxTokens: 150, minTokens: 0, ignoreEOS: false).outputTokens == 150)
    }

    @Test func settingsOutOfRangeAreNamed() {
        var c = config()
        #expect(c.problems.isEmpty)
        c.timeScale = 0
        c.failRate = 1.5
        c.maxRunning = 0
        c.tokensPerChunk = 0
        c.modelName = "two words"
        #expect(c.problems == [
            "model name must be printable ASCII without spaces (got \"two words\")",
            "max running S must be ≥ 1 (got 0)",
            "time scale must be > 0 (got 0.0)",
            "fail rate must be in [0, 1] (got 1.5)",
            "tokens per chunk must be ≥ 1 (got 0)",
        ])
    }
}
