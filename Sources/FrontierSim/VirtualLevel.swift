/// One level of a closed-loop sweep run on the model's own clock, as `frontier bench`
/// runs it against the server (load-generation.md §3): `concurrency` clients each send
/// their next request the moment the previous answer ends; the first `warmup` answers are
/// discarded; fillers keep `concurrency` in flight until the last measured request ends.
///
/// ```swift
/// let level = VirtualLevel.run(parameters, concurrency: 50, promptTokens: 5000, outputTokens: 500)
/// level.meanTTFT   // seconds
/// ```
public struct VirtualLevel: Sendable, Equatable {
    public var concurrency: Int
    public var measured: Int
    /// Means over the measured requests, seconds.
    public var meanTTFT: Double
    public var meanTPOT: Double
    public var meanE2E: Double
    /// All completions between the first measured send and the last measured completion, per second.
    public var requestsPerSecond: Double
    public var outputTokensPerSecond: Double
    public var maxInFlight: Int

    /// Requests must fit the model (`concurrency ≤ S + Q`): a closed loop past that would be refused.
    public static func run(_ parameters: ServingModel.Parameters, concurrency: Int, promptTokens: Int, outputTokens: Int,
                           requests: Int? = nil, warmup: Int? = nil) -> VirtualLevel {
        precondition(concurrency >= 1 && concurrency <= parameters.maxRunning + parameters.queueLimit,
                     "a closed loop of \(concurrency) does not fit S + Q")
        let measured = requests ?? max(64, 8 * concurrency)
        let warmup = warmup ?? concurrency
        let measuredIDs = warmup..<(warmup + measured)
        var model = ServingModel(parameters)
        var sentAt: [Double] = [], firstAt: [Double] = [], completions: [Double] = []
        var ttft = 0.0, tpot = 0.0, e2e = 0.0, done = 0
        var windowStart = Double.infinity, windowEnd = 0.0

        func send(at time: Double) {
            let accepted = model.submit(.init(id: sentAt.count, promptTokens: promptTokens, outputTokens: outputTokens))
            precondition(accepted)
            sentAt.append(time)
            firstAt.append(.nan)
        }
        for _ in 0..<concurrency { send(at: 0) }
        var stepEnd = model.beginStep(at: 0)
        while done < measured, stepEnd != nil {
            for emission in model.endStep() {
                let id = emission.id
                if emission.tokens == 1 { firstAt[id] = model.now }
                guard emission.finished else { continue }
                completions.append(model.now)
                if measuredIDs.contains(id) {
                    done += 1
                    windowStart = min(windowStart, sentAt[id])
                    windowEnd = max(windowEnd, model.now)
                    ttft += firstAt[id] - sentAt[id]
                    e2e += model.now - sentAt[id]
                    if outputTokens > 1 { tpot += (model.now - firstAt[id]) / Double(outputTokens - 1) }
                }
                send(at: model.now)
            }
            stepEnd = model.beginStep(at: model.now)
        }
        let duration = windowEnd - windowStart
        let inWindow = completions.filter { $0 >= windowStart && $0 <= windowEnd }.count
        let n = Double(measured)
        return VirtualLevel(concurrency: concurrency, measured: measured, meanTTFT: ttft / n, meanTPOT: tpot / n,
                            meanE2E: e2e / n, requestsPerSecond: Double(inWindow) / duration,
                            outputTokensPerSecond: Double(inWindow * outputTokens) / duration,
                            maxInFlight: model.maxInFlight)
    }
}
