import Foundation
import FrontierCore
import Testing
@testable import FrontierSim

/// The preset against the sweep it was fitted to, on the model's own clock, with the
/// protocol `frontier bench` uses (warm-up c, max(64, 8c) measured, fillers).
@Suite struct CalibrationTests {
    struct Measured {
        var concurrency: Int
        var ttftMs: Double
        var itlMs: Double
        var outputTokensPerSecond: Double
    }

    /// NVIDIA NIM's published Llama-3.3-70B sweep on 2 x H100, as the sample data holds it.
    static func nimSweep() throws -> [Int: Measured] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let data = try Data(contentsOf: root.appendingPathComponent("sample-data/llama-3.3-70b-2xh100.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let runs = try #require(json["runs"] as? [[String: Any]])
        var sweep: [Int: Measured] = [:]
        for run in runs {
            let c = try #require(run["concurrency"] as? Int)
            sweep[c] = Measured(concurrency: c, ttftMs: try #require(run["mean_ttft_ms"] as? Double),
                                itlMs: try #require(run["mean_itl_ms"] as? Double),
                                outputTokensPerSecond: try #require(run["output_tokens_per_s"] as? Double))
        }
        return sweep
    }

    static func simulated(_ c: Int) -> Measured {
        let level = VirtualLevel.run(SimConfig.preset("h100x2-llama70b")!.parameters, concurrency: c, promptTokens: 5000, outputTokens: 500)
        return Measured(concurrency: c, ttftMs: level.meanTTFT * 1e3, itlMs: level.meanTPOT * 1e3,
                        outputTokensPerSecond: level.outputTokensPerSecond)
    }

    /// The levels load-generation.md §5 tabulates.
    @Test(arguments: [1, 50, 100, 250])
    func thePresetMatchesTheNIMSweepWithin15Percent(concurrency c: Int) throws {
        let nim = try #require(try Self.nimSweep()[c])
        let sim = Self.simulated(c)
        func within(_ simulated: Double, _ measured: Double, _ tolerance: Double) -> Bool {
            abs(simulated / measured - 1) <= tolerance
        }
        // At c = 100 the queue has just formed (S = 90): the model's TTFT is 23 % short of NIM's,
        // as the reference's own fit is (6,175 vs 7,996 ms); the preset's provenance says so.
        #expect(within(sim.ttftMs, nim.ttftMs, c == 100 ? 0.25 : 0.15), "TTFT at c=\(c): \(sim.ttftMs) vs \(nim.ttftMs) ms")
        #expect(within(sim.itlMs, nim.itlMs, 0.15), "ITL at c=\(c): \(sim.itlMs) vs \(nim.itlMs) ms")
        #expect(within(sim.outputTokensPerSecond, nim.outputTokensPerSecond, 0.15),
                "tok/s at c=\(c): \(sim.outputTokensPerSecond) vs \(nim.outputTokensPerSecond)")
    }

    @Test func atConcurrencyOneTheFiguresAreTheFormula() {
        // TTFT = a + p·5000 = 18.5 + 387.5 ms; each further token one decode step, a + b.
        let level = VirtualLevel.run(SimConfig.preset("h100x2-llama70b")!.parameters, concurrency: 1, promptTokens: 5000,
                                     outputTokens: 500, requests: 3, warmup: 0)
        #expect(abs(level.meanTTFT - 0.406) < 1e-9)
        #expect(abs(level.meanTPOT - 0.01859) < 1e-9)
        #expect(abs(level.meanE2E - (0.406 + 499 * 0.01859)) < 1e-9)
        #expect(level.maxInFlight == 1)
    }

    @Test func theKneeIsAtS() {
        // S = 4 with little interference between sequences: throughput grows with c up to 4, then stops.
        let parameters = ServingModel.Parameters(stepBase: 0.010, perDecode: 0.0001, perPrefillToken: 0.00001,
                                                 maxRunning: 4, prefillBudget: 2048, queueLimit: 64)
        let levels = [1, 2, 4, 8, 16]
        let throughput = levels.map {
            VirtualLevel.run(parameters, concurrency: $0, promptTokens: 100, outputTokens: 50).requestsPerSecond
        }
        let epsilon = Principles.elasticities(levels: levels.map(Double.init), throughputs: throughput)
        for i in 1...2 { #expect(epsilon[i]! >= 0.8, "ε from c=\(levels[i - 1]) to \(levels[i]): \(epsilon[i]!)") }
        for i in 3...4 { #expect(epsilon[i]! < 0.1, "ε from c=\(levels[i - 1]) to \(levels[i]): \(epsilon[i]!)") }
        #expect(Principles.saturationLevel(levels: levels.map(Double.init), elasticities: epsilon) == 4)
    }

    @Test func pastSTheQueueShowsInTTFTAndInFlight() {
        let parameters = ServingModel.Parameters(stepBase: 0.010, perDecode: 0.0001, perPrefillToken: 0.00001,
                                                 maxRunning: 4, prefillBudget: 2048, queueLimit: 64)
        let at4 = VirtualLevel.run(parameters, concurrency: 4, promptTokens: 100, outputTokens: 50)
        let at16 = VirtualLevel.run(parameters, concurrency: 16, promptTokens: 100, outputTokens: 50)
        // Sixteen clients on four slots: each waits about three answers' time for its turn.
        #expect(at16.meanTTFT >= 3 * at4.meanTTFT)
        #expect(at16.maxInFlight == 16 && at4.maxInFlight == 4)
        // Little's law holds in a closed loop: c ≈ req/s × mean E2E.
        #expect(abs(at16.requestsPerSecond * at16.meanE2E / 16 - 1) < 0.05)
    }
}
