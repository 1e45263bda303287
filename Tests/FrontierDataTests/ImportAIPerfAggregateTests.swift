import Foundation
import Testing
@testable import FrontierData
import FrontierCore

/// AIPerf's aggregates over repeated trials: the sweep aggregate (one run per swept
/// combination, its stated 95 % intervals kept) and the per-setup confidence aggregate; in a
/// folder, a benchmark's trials count once.
@Suite struct ImportAIPerfAggregateTests {
    static let sweep = "real/aiperf-sweep/sweep_aggregate/profile_export_aiperf_sweep.json"
    static let perRun = "real/aiperf-0.10/profile_export_aiperf.json"

    static var named: LoadOptions {
        var options = onH100
        options.model = "Qwen/Qwen3-8B"
        return options
    }

    @Test func eachCombinationIsARunWithTheIntervalTheFileStates() throws {
        let loaded = try #require(importing(Self.sweep, options: Self.named))
        let runs = loaded.dataset.runs.sorted { $0.concurrency < $1.concurrency }
        #expect(runs.map(\.concurrency) == [8, 16, 32])
        #expect(runs.allSatisfy { $0.model == "Qwen/Qwen3-8B" && $0.labels.isEmpty && !$0.concurrencyEstimated })
        let first = runs[0]
        // Means over 3 trials; counts and duration their totals: 3 × 240 requests in 3 × 60 s.
        #expect(first[.requests] == 720 && first[.durationS] == 180 && first[.failed] == 0)
        #expect(close(first[.requestThroughput], 4) && close(first[.meanTTFTms], 80) && close(first[.meanE2Ems], 2000))
        let rps = try #require(first.intervals[.requestThroughput])
        #expect(rps == Interval(low: 3.7516, high: 4.2484, method: .stated, samples: 3))
        #expect(first.intervals[.meanTTFTms] == Interval(low: 70.0626, high: 89.9374, method: .stated, samples: 3))
        // 0.3333 failed requests a trial at concurrency 32: one in all.
        #expect(runs[2][.failed] == 1 && runs[2][.requests] == 1800)
        let source = try #require(first.source)
        #expect(source.contains("$.per_combination_metrics[0]: AIPerf aggregate (profile_export_aiperf_sweep.json, _aggregate.json) (sweep aggregate, 3 trial(s) per combination)"), "\(source)")
        #expect(source.contains("figures the means over 3 trials; counts and duration their totals; model from --run-model"), "\(source)")
    }

    @Test func theSweepNamesNoModelSoTheCommandLineMust() {
        let path = fixture(Self.sweep)
        let problems = importProblems([path])
        expectProblem(problems, file: path, at: "$.per_combination_metrics[0]", field: "model", "the file names no model; give --run-model NAME")
    }

    @Test func inAFolderThePerRunExportsAreReadAndTheSweepSkipped() throws {
        let tmp = try TempFolder()
        let sweep = try tmp.write("bench/sweep_aggregate/profile_export_aiperf_sweep.json",
                                  String(decoding: try DataFile.read(fixture(Self.sweep)), as: UTF8.self))
        _ = try tmp.write("bench/concurrency_16/profile_runs/trial_0001/profile_export_aiperf.json",
                          String(decoding: try DataFile.read(fixture(Self.perRun)), as: UTF8.self))
        let loaded = try #require(importing(tmp.path, options: Self.named))
        #expect(loaded.dataset.runs.count == 1 && loaded.dataset.runs[0].concurrency == 16)
        #expect(loaded.warnings.contains { $0.file == sweep && $0.message.hasPrefix("skipped: an AIPerf sweep aggregate of the per-run exports below") && $0.message.hasSuffix("which are read instead") })
        // Named on its own, the same sweep file is read.
        #expect(importing(sweep, options: Self.named)?.dataset.runs.count == 3)
    }

    @Test func otherSweptParametersAreLabelsAndARequestRateLeavesTheConcurrencyToEstimate() throws {
        let tmp = try TempFolder()
        let metrics = #""metrics": {"request_throughput_avg": {"mean": 4.0, "unit": "requests/sec"}, "request_latency_avg": {"mean": 2000.0, "unit": "ms"}}"#
        let path = try tmp.write("sweep.json", """
        {"aggregation_type": "sweep", "num_profile_runs": 2, "num_successful_runs": 2, "failed_runs": [],
         "metadata": {"sweep_parameters": [], "num_combinations": 2},
         "per_combination_metrics": [
          {"parameters": {"phases.profiling.concurrency": 8, "datasets.main.prompts.isl": 512, "odd key\\u001b": 3}, \(metrics)},
          {"parameters": {"request_rate": 4, "isl": 1024}, \(metrics)}]}
        """)
        let runs = try #require(importing(path, options: Self.named)?.dataset.runs).sorted { $0.concurrency < $1.concurrency }
        #expect(runs.count == 2)
        #expect(runs[0].concurrency == 8 && runs[0].labels == [SetupLabel("isl", "512")] && runs[0].intervals.isEmpty)
        // 4 req/s × 2 s mean latency: Little's law gives 8.
        #expect(runs[1].concurrency == 8 && runs[1].concurrencyEstimated && runs[1].labels == [SetupLabel("isl", "1024")])
        #expect(runs[1].source?.contains("no concurrency among the swept parameters") == true)
    }

    @Test func theSweepsCSVIsNotReadAndSaysWhy() throws {
        let tmp = try TempFolder()
        _ = try tmp.write("bench/sweep_aggregate/profile_export_aiperf_sweep.json",
                          String(decoding: try DataFile.read(fixture(Self.sweep)), as: UTF8.self))
        // The layout of AggregateSweepCsvExporter: parameters, then five columns a metric.
        let csv = try tmp.write("bench/sweep_aggregate/profile_export_aiperf_sweep.csv", """
        concurrency,request_throughput_avg_mean,request_throughput_avg_std,request_throughput_avg_min,request_throughput_avg_max,request_throughput_avg_cv
        8,4.00,0.10,3.89,4.11,0.0250

        Best Configurations
        """)
        let loaded = try #require(importing(tmp.path, options: Self.named))
        #expect(loaded.dataset.runs.count == 3)
        let reason = "an AIPerf sweep CSV, which holds neither units nor intervals; read the profile_export_aiperf_sweep.json beside it"
        #expect(loaded.warnings.contains { $0.file == csv && $0.message == "skipped: " + reason })
        expectProblem(importProblems([csv], options: Self.named), file: csv, at: "line 1", field: nil, reason)
    }

    @Test func aConfidenceAggregateIsOneSetupWithItsModel() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("aggregate/concurrency_8/profile_export_aiperf_aggregate.json", Self.confidence(level: 0.95, trials: 3))
        let run = try #require(onlyRun(path))
        #expect(run.model == "Qwen/Qwen3-8B" && run.concurrency == 8)
        #expect(run.intervals[.requestThroughput] == Interval(low: 3.75, high: 4.25, method: .stated, samples: 3))
        #expect(run.source?.contains("(confidence aggregate, 3 trial(s))") == true)
    }

    @Test func besideItsProfileRunsAConfidenceAggregateIsSkipped() throws {
        let tmp = try TempFolder()
        let run = String(decoding: try DataFile.read(fixture(Self.perRun)), as: UTF8.self)
        for trial in ["run_0001", "run_0002"] { _ = try tmp.write("bench/profile_runs/\(trial)/profile_export_aiperf.json", run) }
        let aggregate = try tmp.write("bench/aggregate/profile_export_aiperf_aggregate.json", Self.confidence(level: 0.95, trials: 2))
        let loaded = try #require(importing(tmp.path))
        // The two trials merge as repeated runs; the aggregate of them is not a third.
        #expect(loaded.dataset.runs.count == 1 && loaded.dataset.runs[0].intervals[.requestThroughput]?.method == .repeatedRuns)
        #expect(loaded.warnings.contains { $0.file == aggregate && $0.message.hasPrefix("skipped: an AIPerf confidence aggregate of the per-run exports below") })
    }

    @Test func intervalsAtAnotherLevelOrOfOneTrialAreLeftOut() throws {
        let tmp = try TempFolder()
        let ninety = try tmp.write("a.json", Self.confidence(level: 0.9, trials: 3))
        let loaded = try #require(importing(ninety))
        #expect(loaded.dataset.runs[0].intervals.isEmpty)
        #expect(loaded.warnings.contains { $0.field == "confidence_level" && $0.message.contains("at 90% confidence; Frontier's are 95 %, so they are left out") })
        let single = try tmp.write("b.json", Self.confidence(level: 0.95, trials: 1))
        #expect(onlyRun(single)?.intervals.isEmpty == true)
    }

    @Test func theEarlierPerValueLayoutIsRefusedWithWhatToDo() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("sweep.json", """
        {"metadata": {"aggregation_type": "sweep", "parameter_name": "concurrency", "parameter_values": [10]},
         "per_value_metrics": {"10": {"request_throughput_avg": {"mean": 100.5, "unit": "requests/sec"}}}}
        """)
        expectProblem(importProblems([path], options: Self.named), file: path, at: "$", field: "per_value_metrics",
                      "the earlier per_value_metrics layout, which is not read; import the per-run profile_export_aiperf.json files of the sweep instead")
    }

    @Test func anIntervalThatMissesItsMeanIsAnError() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("a.json", Self.confidence(level: 0.95, trials: 3).replacingOccurrences(of: "\"ci_high\": 4.25", with: "\"ci_high\": 3.9"))
        expectProblem(importProblems([path]), file: path, at: "$.metrics.request_throughput_avg", field: "ci_low",
                      "expected ci_low ≤ mean ≤ ci_high, all numbers; found ci_low 3.75, mean 4, ci_high 3.9")
    }

    /// A per-setup confidence aggregate as AIPerf writes it beside a sweep's trials.
    static func confidence(level: Double, trials: Int) -> String {
        """
        {"schema_version": "1.0", "aiperf_version": "0.8.0",
         "metadata": {"aggregation_type": "confidence", "num_profile_runs": \(trials), "num_successful_runs": \(trials),
                      "failed_runs": [], "confidence_level": \(level), "variation_label": "concurrency=8",
                      "variation_values": {"phases.profiling.concurrency": 8}, "model": "Qwen/Qwen3-8B"},
         "metrics": {
          "request_throughput_avg": {"mean": 4.0, "std": 0.1, "ci_low": 3.75, "ci_high": 4.25, "t_critical": 4.303, "unit": "requests/sec"},
          "request_latency_avg": {"mean": 2000.0, "std": 40.0, "ci_low": 1900.6, "ci_high": 2099.4, "t_critical": 4.303, "unit": "ms"},
          "time_to_first_token_avg": {"mean": 80.0, "std": 4.0, "ci_low": 70.06, "ci_high": 89.94, "t_critical": 4.303, "unit": "ms"},
          "output_sequence_length_avg": {"mean": 128.0, "unit": "tokens"}
         }}
        """
    }
}
