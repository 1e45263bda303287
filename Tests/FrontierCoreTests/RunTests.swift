import Testing
@testable import FrontierCore

/// Runs, their measurements and what follows from them.
@Suite struct RunTests {
    @Test func paperRunDerivesItsThroughput() {
        // the doc example: 2993 requests in 774.7 s → 2993 / 774.7 = 3.863431 req/s
        var run = Run(model: "WiNGPT-3.5", hardware: "A800-80G", gpus: 2, concurrency: 16)
        run[.requests] = 2993
        run[.durationS] = 774.7
        run.deriveMissing()
        #expect(close(run[.requestThroughput], 3.863_431_005_550_535_4))
        #expect(run.derived == [.requestThroughput])
    }

    @Test func derivesTokensAndDuration() {
        var run = Run(model: "m", hardware: "h", gpus: 1, concurrency: 8)
        run[.requests] = 100
        run[.outputTokensPerS] = 1000
        run[.meanOutputTokens] = 250
        run[.meanInputTokens] = 150
        run.deriveMissing()
        // rps = 1000 / 250 = 4; total = 4 · (150 + 250) = 1600; duration = 100 / 4 = 25
        #expect(run[.requestThroughput] == 4)
        #expect(run[.totalTokensPerS] == 1600)
        #expect(run[.durationS] == 25)
        #expect(run[.outputTokensPerS] == 1000)
        #expect(run.derived == [.requestThroughput, .totalTokensPerS, .durationS])
        // Little's law is not derived
        #expect(run[.meanE2Ems] == nil)
    }

    @Test func derivesOutputTokensFromRequests() {
        var run = Run(model: "m", hardware: "h", gpus: 1, concurrency: 8)
        run[.requestThroughput] = 2
        run[.meanOutputTokens] = 300
        run.deriveMissing()
        // 2 · 300 = 600 tok/s
        #expect(run[.outputTokensPerS] == 600)
        #expect(run.derived == [.outputTokensPerS])
    }

    @Test func measuredFiguresAreNeverOverwritten() {
        var run = Run(model: "m", hardware: "h", gpus: 1, concurrency: 8)
        run[.requests] = 100
        run[.durationS] = 50
        run[.requestThroughput] = 3   // inconsistent with 100 / 50 = 2, but measured
        run.deriveMissing()
        #expect(run[.requestThroughput] == 3)
        #expect(run.derived.isEmpty)
    }

    @Test func zeroDurationDerivesNothing() {
        var run = Run(model: "m", hardware: "h", gpus: 1, concurrency: 8)
        run[.requests] = 100
        run[.durationS] = 0
        run.deriveMissing()
        #expect(run[.requestThroughput] == nil)
        #expect(run.derived.isEmpty)
    }

    @Test func littlesLaw() {
        var run = Run(model: "m", hardware: "h", gpus: 1, concurrency: 16)
        #expect(run.littlesLawConcurrency == nil)
        #expect(run.littlesLawDiscrepancy == nil)
        run[.requestThroughput] = 4
        run[.meanE2Ems] = 2000
        // L = 4 req/s · 2 s = 8; stated 16 → 16 / 8 = 2
        #expect(run.littlesLawConcurrency == 8)
        #expect(run.littlesLawDiscrepancy == 2)
        run.concurrency = 4
        // 8 / 4 = 2 either way round
        #expect(run.littlesLawDiscrepancy == 2)
        run.concurrency = 8
        #expect(run.littlesLawDiscrepancy == 1)
    }

    @Test func measurementsStoreOptionals() {
        var m = Measurements()
        #expect(RunField.allCases.allSatisfy { m[$0] == nil })
        m[.meanTTFTms] = 120
        #expect(m[.meanTTFTms] == 120)
        m[.meanTTFTms] = nil
        #expect(m[.meanTTFTms] == nil)
        #expect(m == Measurements())
        #expect(Measurements([.requests: 10, .failed: 0]) != Measurements([.requests: 10]))
        #expect(Measurements([.requests: 10, .failed: 0])[.failed] == 0)
    }

    @Test func runFieldKeys() {
        #expect(RunField(key: "duration_s") == .durationS)
        #expect(RunField(key: "mean_ttft_ms") == .meanTTFTms)
        #expect(RunField(key: "nope") == nil)
        for field in RunField.allCases { #expect(RunField(key: field.key) == field) }
        #expect(Set(RunField.allCases.map(\.key)).count == RunField.allCases.count)
        #expect(RunField.allCases.filter(\.isCount) == [.requests, .failed])
        #expect(RunField.requests < RunField.failed)
    }

    @Test func configurations() {
        let run = Run(model: "m", hardware: "A800-80G", gpus: 2, concurrency: 4)
        #expect(run.configuration == Configuration(model: "m", hardware: "A800-80G", gpus: 2))
        #expect(run.configuration.hardwareLabel == "2×A800-80G")
        // ordered by model, then hardware, then GPU count
        let sorted = [Configuration(model: "b", hardware: "a", gpus: 1), Configuration(model: "a", hardware: "b", gpus: 1),
                      Configuration(model: "a", hardware: "a", gpus: 2), Configuration(model: "a", hardware: "a", gpus: 1)].sorted()
        #expect(sorted.map { "\($0.model)\($0.hardware)\($0.gpus)" } == ["aa1", "aa2", "ab1", "ba1"])
    }

    @Test func datasetLookupsAndMetrics() {
        let data = Dataset(
            name: "d", workload: Workload(name: "w", requests: 1),
            hardware: [HardwareProfile(name: "h", gpuType: "g", cost: .rental(1))],
            models: [Model(name: "x", quality: ["z": 1, "b": 2]), Model(name: "y", quality: ["a": 3, "b": 4])],
            runs: [], defaultMetric: "b")
        // default first, then each model's in name order, once each
        #expect(data.metrics == ["b", "z", "a"])
        #expect(data.profile(named: "h")?.gpuType == "g")
        #expect(data.profile(named: "none") == nil)
        #expect(data.model(named: "y")?.quality["a"] == 3)
        var noDefault = data
        noDefault.defaultMetric = nil
        #expect(noDefault.metrics == ["b", "z", "a"])
        noDefault.models.reverse()
        #expect(noDefault.metrics == ["a", "b", "z"])
    }

    /// Each field has a place of its own: inline for those nearly every run has, in the
    /// percentiles otherwise; set alone, it reads back alone.
    @Test func measurementsKeepEachFieldApart() {
        #expect(Set(RunField.allCases.map(\.slot)).count == RunField.allCases.count)
        for field in RunField.allCases {
            let inline = field.latency.map { $0.statistic == .mean } ?? true
            #expect((field.slot >= 0) == inline, "\(field)")
            #expect(field.slot >= 0 ? field.slot < 12 : ~field.slot < RunField.percentileCount, "\(field)")
            var m = Measurements()
            m[field] = Double(field.rawValue) + 0.5
            #expect(RunField.allCases.filter { m[$0] != nil } == [field])
            #expect(m[field] == Double(field.rawValue) + 0.5)
            m[field] = nil
            #expect(m == Measurements())
        }
        // 12 inline figures and one array reference; a run in 192 bytes.
        #expect(MemoryLayout<Measurements>.size == 12 * 8 + 8)
        #expect(MemoryLayout<Run>.stride == 192)
    }
}
