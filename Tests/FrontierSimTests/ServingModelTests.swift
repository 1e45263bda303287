import Testing
@testable import FrontierSim

/// a = 10 ms, b = 1 ms, p = 0.1 ms/token, S = 2, B = 100, Q = 1: steps easy to add up by hand.
private let small = ServingModel.Parameters(stepBase: 0.010, perDecode: 0.001, perPrefillToken: 0.0001,
                                            maxRunning: 2, prefillBudget: 100, queueLimit: 1)

/// Runs the model to idle and returns each step's end with what it emitted.
private func drain(_ model: inout ServingModel, from time: Double = 0) -> [(end: Double, emissions: [ServingModel.Emission])] {
    var steps: [(Double, [ServingModel.Emission])] = []
    var end = model.beginStep(at: time)
    while let e = end {
        steps.append((e, model.endStep()))
        end = model.beginStep(at: model.now)
    }
    return steps
}

private func microseconds(_ seconds: Double) -> Double { (seconds * 1e6).rounded() }

private func emission(_ id: Int, _ tokens: Int, finished: Bool = false) -> ServingModel.Emission {
    .init(id: id, tokens: tokens, finished: finished)
}

@Suite struct ServingModelTests {
    @Test func oneRequestPrefillsThenDecodesOneTokenAStep() {
        var model = ServingModel(small)
        let accepted = model.submit(.init(id: 1, promptTokens: 50, outputTokens: 3))
        #expect(accepted)
        let steps = drain(&model)
        // Prefill: 10 + 0.1·50 = 15 ms, first token; then two decode steps of 10 + 1 = 11 ms.
        #expect(steps.map { microseconds($0.end) } == [15_000, 26_000, 37_000])
        #expect(steps.map(\.emissions) == [[emission(1, 1)], [emission(1, 2)], [emission(1, 3, finished: true)]])
        #expect(model.isIdle && model.runningCount == 0)
    }

    @Test func aPromptLongerThanTheBudgetIsPrefilledInChunks() {
        var model = ServingModel(small)
        _ = model.submit(.init(id: 1, promptTokens: 250, outputTokens: 1))
        let steps = drain(&model)
        // 100 + 100 + 50 tokens: 20 + 20 + 15 ms; the token comes with the last chunk.
        #expect(steps.map { microseconds($0.end) } == [20_000, 40_000, 55_000])
        #expect(steps.map(\.emissions) == [[], [], [emission(1, 1, finished: true)]])
    }

    @Test func theBudgetIsSharedFirstComeFirstServed() {
        var model = ServingModel(small)
        _ = model.submit(.init(id: 1, promptTokens: 80, outputTokens: 2))
        _ = model.submit(.init(id: 2, promptTokens: 80, outputTokens: 1))
        let firstEnd = model.beginStep(at: 0)
        #expect(firstEnd.map(microseconds) == 20_000)
        #expect(model.step?.prefillTokens == 100 && model.step?.decoding == 0)
        let firstTokens = model.endStep()
        #expect(firstTokens == [emission(1, 1)])
        // Request 1 decodes while request 2 prefills its last 60 tokens: 10 + 1 + 6 ms.
        let end = model.beginStep(at: model.now)
        #expect(model.step?.decoding == 1 && model.step?.prefillTokens == 60)
        #expect(end.map(microseconds) == 37_000)
        let secondTokens = model.endStep()
        #expect(secondTokens == [emission(1, 2, finished: true), emission(2, 1, finished: true)])
    }

    @Test func atMostSRunAndTheRestWaitTheirTurn() {
        var model = ServingModel(small)
        let accepted = (1...3).map { model.submit(.init(id: $0, promptTokens: 10, outputTokens: 2)) }
        #expect(accepted == [true, true, true])
        let steps = drain(&model)
        // Step 1 admits 1 and 2 (S = 2): 10 + 0.1·20 = 12 ms; step 2 decodes both: 12 ms;
        // request 3 prefills in step 3 (11 ms) and decodes in step 4 (11 ms).
        #expect(steps.map { microseconds($0.end) } == [12_000, 24_000, 35_000, 46_000])
        #expect(steps.map(\.emissions) == [
            [emission(1, 1), emission(2, 1)],
            [emission(1, 2, finished: true), emission(2, 2, finished: true)],
            [emission(3, 1)],
            [emission(3, 2, finished: true)],
        ])
    }

    @Test func pastSPlusQHeldTheNextIsRefused() {
        var model = ServingModel(small)
        let accepted = (1...3).map { model.submit(.init(id: $0, promptTokens: 10, outputTokens: 2)) }
        #expect(accepted == [true, true, true])
        let fourth = ServingModel.Request(id: 4, promptTokens: 10, outputTokens: 2)
        let whenAllWait = model.submit(fourth)
        #expect(!whenAllWait)
        #expect(model.maxInFlight == 3 && model.waitingCount == 3)
        _ = model.beginStep(at: 0)
        #expect(model.runningCount == 2 && model.waitingCount == 1)
        let whenTwoRun = model.submit(fourth)
        #expect(!whenTwoRun)
        _ = model.endStep()
        _ = model.beginStep(at: model.now)
        _ = model.endStep()
        // Requests 1 and 2 are done: room again.
        let afterTwoFinish = model.submit(fourth)
        #expect(afterTwoFinish)
    }

    @Test func anIdleModelStartsItsNextStepWhenWorkArrives() {
        var model = ServingModel(small)
        _ = model.submit(.init(id: 1, promptTokens: 10, outputTokens: 1))
        #expect(drain(&model, from: 2.0).map { microseconds($0.end) } == [2_011_000])
        #expect(microseconds(model.now) == 2_011_000)
        // A time before the model's clock never moves it back.
        _ = model.submit(.init(id: 2, promptTokens: 10, outputTokens: 1))
        let end = model.beginStep(at: 1.0)
        #expect(end.map(microseconds) == 2_022_000)
    }

    @Test func aCancelledRequestLeavesAndFreesItsSlot() {
        var model = ServingModel(small)
        for id in 1...3 { _ = model.submit(.init(id: id, promptTokens: 10, outputTokens: 5)) }
        _ = model.beginStep(at: 0)
        let first = model.cancel(id: 1), again = model.cancel(id: 1)
        #expect(first && !again)
        // The step under way keeps its length but emits nothing for request 1.
        let tokens = model.endStep()
        #expect(tokens == [emission(2, 1)])
        _ = model.beginStep(at: model.now)
        // Request 3 takes the freed slot: one decoding, 10 prefill tokens.
        #expect(model.step?.decoding == 1 && model.step?.prefillTokens == 10)
        let waiting = model.cancel(id: 3)
        #expect(waiting && model.runningCount == 1)
    }

    @Test func jitterIsSeededAndBounded() {
        var p = small
        p.jitter = 0.2
        p.seed = 7
        func stepTimes(_ p: ServingModel.Parameters) -> [Double] {
            var model = ServingModel(p)
            _ = model.submit(.init(id: 1, promptTokens: 10, outputTokens: 50))
            var last = 0.0
            return drain(&model).map { step in defer { last = step.end }; return step.end - last }
        }
        let first = stepTimes(p)
        #expect(first == stepTimes(p))
        // Decode steps are 11 ms before jitter: each within ±20 %, and not all the same.
        for time in first.dropFirst() { #expect(time >= 0.011 * 0.8 && time < 0.011 * 1.2) }
        #expect(Set(first.dropFirst()).count > 40)
        p.seed = 8
        #expect(first != stepTimes(p))
    }
}
