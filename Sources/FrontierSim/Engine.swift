import NIOCore

/// Drives the `ServingModel` in real time on one event loop, which every connection of
/// the server shares, so the model, the listeners and the counters need no lock.
///
/// Model time maps onto the loop's clock as `origin + t · timeScale`. Each step is
/// scheduled for its modelled end, computed from the model's clock rather than from when
/// the previous timer fired, so late timers never add up to drift.
final class Engine {
    enum Admission {
        case accepted(number: Int, plan: RequestPlan)
        /// The plan fails at once (`http500`).
        case failed(number: Int)
        /// The queue is full: HTTP 429.
        case rejected(waiting: Int)
    }

    let config: SimConfig
    let text: ResponseText
    private let loop: any EventLoop
    private let origin = NIODeadline.now()
    private let published: MetricsBox
    private var model: ServingModel
    private var counts = SimMetrics()
    private var nextNumber = 1
    private var listeners: [Int: (plan: RequestPlan, deliver: (ServingModel.Emission) -> Void)] = [:]

    init(config: SimConfig, loop: any EventLoop, published: MetricsBox, created: Int) {
        self.config = config
        self.loop = loop
        self.published = published
        model = ServingModel(config.parameters)
        text = ResponseText(config: config, created: created)
    }

    var metrics: SimMetrics {
        var m = counts
        m.running = model.runningCount
        m.waiting = model.waitingCount
        m.maxInFlight = model.maxInFlight
        return m
    }

    /// Numbers the request, plans it and queues it; `deliver` then gets its tokens, the
    /// last with `finished` set, unless it is cancelled first.
    func admit(_ request: GenerationRequest, deliver: @escaping (ServingModel.Emission) -> Void) -> Admission {
        let number = nextNumber
        nextNumber += 1
        counts.received += 1
        defer { publish() }
        let plan = config.plan(requestNumber: number, maxTokens: request.maxTokens, minTokens: request.minTokens,
                               ignoreEOS: request.ignoreEOS)
        if plan.failure == .http500 {
            counts.failed += 1
            return .failed(number: number)
        }
        guard model.submit(.init(id: number, promptTokens: request.promptTokens, outputTokens: plan.tokensToRun)) else {
            counts.rejected += 1
            return .rejected(waiting: model.waitingCount)
        }
        listeners[number] = (plan, deliver)
        if let end = model.beginStep(at: modelNow()) { schedule(end) }
        return .accepted(number: number, plan: plan)
    }

    /// The client went away: its sequence leaves the model.
    func cancel(number: Int) {
        guard listeners.removeValue(forKey: number) != nil else { return }
        model.cancel(id: number)
        counts.cancelled += 1
        publish()
    }

    /// Counts and plans the next step before delivering, so that a client which sees its
    /// answer end also sees it in `/metrics`.
    private func stepEnded() {
        let emissions = model.endStep()
        let deliveries = emissions.compactMap { emission in listeners[emission.id].map { ($0.deliver, emission) } }
        for emission in emissions where emission.finished {
            guard let listener = listeners.removeValue(forKey: emission.id) else { continue }
            if listener.plan.failure == nil { counts.completed += 1 } else { counts.failed += 1 }
        }
        if let end = model.beginStep(at: model.now) { schedule(end) }
        publish()
        for (deliver, emission) in deliveries { deliver(emission) }
    }

    private func schedule(_ end: Double) {
        let deadline = origin + .nanoseconds(Int64(end * config.timeScale * 1e9))
        loop.assumeIsolated().scheduleTask(deadline: deadline) { self.stepEnded() }
    }

    private func modelNow() -> Double {
        Double(NIODeadline.now().uptimeNanoseconds - origin.uptimeNanoseconds) / 1e9 / config.timeScale
    }

    private func publish() { published.value = metrics }
}
