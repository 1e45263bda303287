import Testing
@testable import FrontierData
import FrontierCore

@Suite struct DerivationTests {
    @Test func requestThroughputFromRequestsAndDuration() throws {
        let loaded = try #require(load(dataset(runs: [bareRun(#""model": "M", "hardware": "A800-80G", "concurrency": 16, "requests": 2993, "duration_s": 774.7"#)])))
        let run = loaded.dataset.runs[0]
        #expect(run[.requestThroughput] == 2993 / 774.7)
        #expect(run.derived == [.requestThroughput])
        #expect(loaded.warnings.isEmpty)
    }

    @Test func requestThroughputFromOutputTokens() throws {
        let loaded = try #require(load(dataset(runs: [bareRun(#""model": "M", "hardware": "A800-80G", "concurrency": 16, "output_tokens_per_s": 1151.4, "mean_output_tokens": 298"#)])))
        let run = loaded.dataset.runs[0]
        #expect(run[.requestThroughput] == 1151.4 / 298)
        #expect(run.derived.contains(.requestThroughput))
        #expect(!run.derived.contains(.outputTokensPerS))
        #expect(run[.durationS] == nil, "no requests, so no duration")
    }

    @Test func durationAndTokensFromRequestThroughput() throws {
        let loaded = try #require(load(dataset(runs: [bareRun(#""model": "M", "hardware": "A800-80G", "concurrency": 8, "requests": 100, "request_throughput": 4, "mean_input_tokens": 10, "mean_output_tokens": 30"#)])))
        let run = loaded.dataset.runs[0]
        #expect(run[.durationS] == 25)
        #expect(run[.outputTokensPerS] == 120)
        #expect(run[.totalTokensPerS] == 160)
        #expect(run.derived == [.durationS, .outputTokensPerS, .totalTokensPerS])
    }

    @Test func measuredFieldsAreNotDerived() throws {
        let loaded = try #require(load(dataset(runs: [bareRun(#""model": "M", "hardware": "A800-80G", "concurrency": 8, "requests": 100, "duration_s": 25, "request_throughput": 4"#)])))
        #expect(loaded.dataset.runs[0].derived.isEmpty)
        #expect(loaded.warnings.isEmpty)
    }

    @Test func derivedListInTheFileIsKept() throws {
        let loaded = try #require(load(dataset(runs: [bareRun(#""model": "M", "hardware": "A800-80G", "concurrency": 8, "request_throughput": 4, "duration_s": 25, "derived": ["duration_s"]"#)])))
        #expect(loaded.dataset.runs[0].derived == [.durationS])
    }

    @Test func littlesLawContradictionWarns() throws {
        // 2 req/s × 1 s per request is about 2 requests in flight, not 16.
        let loaded = try #require(load(dataset(runs: [bareRun(#""model": "M", "hardware": "A800-80G", "concurrency": 16, "request_throughput": 2, "mean_e2e_ms": 1000"#)])))
        #expect(loaded.dataset.runs.count == 1)
        expectProblem(loaded.warnings, .warning, at: "$.runs[0]", field: "concurrency",
                      "contradicts Little's law: request_throughput × mean_e2e_ms implies 2.00, not 16")
    }

    @Test func littlesLawAgreementIsQuiet() throws {
        let loaded = try #require(load(dataset(runs: [bareRun(#""model": "M", "hardware": "A800-80G", "concurrency": 16, "request_throughput": 2, "mean_e2e_ms": 7000"#)])))
        #expect(loaded.warnings.isEmpty)
    }

    @Test func inconsistentRequestThroughputWarns() throws {
        let loaded = try #require(load(dataset(runs: [bareRun(#""model": "M", "hardware": "A800-80G", "concurrency": 16, "requests": 100, "duration_s": 50, "request_throughput": 3"#)])))
        expectProblem(loaded.warnings, .warning, at: "$.runs[0]", field: "request_throughput",
                      "3 req/s disagrees with requests / duration_s = 2.000 req/s")
        #expect(loaded.dataset.runs[0][.requestThroughput] == 3, "the measured figure is kept")
    }

    @Test func smallDisagreementIsTolerated() throws {
        let loaded = try #require(load(dataset(runs: [bareRun(#""model": "M", "hardware": "A800-80G", "concurrency": 16, "requests": 100, "duration_s": 50, "request_throughput": 2.02"#)])))
        #expect(loaded.warnings.isEmpty)
    }

    @Test func csvRunsAreDerivedToo() throws {
        let loaded = try #require(load("model,hardware,concurrency,requests,duration_s,quality\nM,A800-80G,4,200,100,50\n", file: "d.csv"))
        #expect(loaded.dataset.runs[0][.requestThroughput] == 2)
        #expect(loaded.dataset.runs[0].derived == [.requestThroughput])
    }
}
