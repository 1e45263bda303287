import Testing
@testable import FrontierData
import FrontierCore

/// Every rule of the native JSON format: each reported with file, JSON path, field and message.
@Suite struct NativeJSONValidationTests {
    // MARK: Runs: required fields

    @Test func missingModel() {
        let problems = loadProblems(dataset(runs: [run(), bareRun(#""hardware": "A800-80G", "concurrency": 4, "request_throughput": 1"#)]))
        expectProblem(problems, at: "$.runs[1]", field: "model", "missing; expected a name")
        #expect(errors(problems).count == 1)
    }

    @Test func emptyModelName() {
        expectProblem(loadProblems(dataset(runs: [run(model: "  ")])), at: "$.runs[0]", field: "model", "empty; expected a name")
    }

    @Test func missingConcurrency() {
        let problems = loadProblems(dataset(runs: [bareRun(#""model": "M", "hardware": "A800-80G", "request_throughput": 1"#)]))
        expectProblem(problems, at: "$.runs[0]", field: "concurrency", "missing; expected a number > 0")
    }

    @Test func missingHardware() {
        let problems = loadProblems(dataset(runs: [bareRun(#""model": "M", "concurrency": 4, "request_throughput": 1"#)]))
        expectProblem(problems, at: "$.runs[0]", field: "hardware", "missing; expected a hardware profile or preset name")
    }

    @Test func emptyHardwareIsReportedNotDropped() {
        let problems = loadProblems(dataset(runs: [run(), bareRun(#""model": "M", "hardware": " ", "concurrency": 4, "request_throughput": 1"#)]))
        expectProblem(problems, at: "$.runs[1]", field: "hardware", "missing")
    }

    @Test func hardwareOfTheWrongKind() {
        let problems = loadProblems(dataset(runs: [bareRun(#""model": "M", "hardware": 7, "concurrency": 4, "request_throughput": 1"#)]))
        expectProblem(problems, at: "$.runs[0]", field: "hardware", "expected a string, found the number 7")
        #expect(errors(problems).count == 1)
    }

    @Test(arguments: [
        #""model": "M", "hardware": "A800-80G", "concurrency": 4"#,
        #""model": "M", "hardware": "A800-80G", "concurrency": 4, "requests": 100"#,
        #""model": "M", "hardware": "A800-80G", "concurrency": 4, "duration_s": 10"#,
        #""model": "M", "hardware": "A800-80G", "concurrency": 4, "output_tokens_per_s": 100"#,
        #""model": "M", "hardware": "A800-80G", "concurrency": 4, "output_tokens_per_s": 100, "mean_output_tokens": 0"#,
    ])
    func missingThroughputSources(_ members: String) {
        expectProblem(loadProblems(dataset(runs: [bareRun(members)])), at: "$.runs[0]", field: "request_throughput",
                      "missing; expected requests with duration_s, or request_throughput, or output_tokens_per_s with mean_output_tokens")
    }

    @Test(arguments: [
        #""model": "M", "hardware": "A800-80G", "concurrency": 4, "request_throughput": 0.5"#,
        #""model": "M", "hardware": "A800-80G", "concurrency": 4, "requests": 10, "duration_s": 5"#,
        #""model": "M", "hardware": "A800-80G", "concurrency": 4, "output_tokens_per_s": 100, "mean_output_tokens": 50"#,
    ])
    func eachThroughputSourceSuffices(_ members: String) throws {
        let loaded = try #require(load(dataset(runs: [bareRun(members)])))
        #expect(loaded.dataset.runs[0][.requestThroughput] != nil)
    }

    // MARK: Values

    @Test func stringWhereANumberIsExpected() {
        let problems = loadProblems(dataset(runs: [run(#""mean_ttft_ms": "210""#)]))
        expectProblem(problems, at: "$.runs[0]", field: "mean_ttft_ms", #"expected a number ≥ 0, found the string "210""#)
    }

    @Test func stringNaNIsReported() {
        let problems = loadProblems(dataset(runs: [run(#""output_tokens_per_s": "NaN""#)]))
        expectProblem(problems, at: "$.runs[0]", field: "output_tokens_per_s", #"expected a number > 0, found the string "NaN""#)
    }

    @Test func otherKindsWhereANumberIsExpected() {
        let problems = loadProblems(dataset(runs: [run(#""mean_ttft_ms": [1], "p50_ttft_ms": true, "p99_ttft_ms": {}"#)]))
        expectProblem(problems, at: "$.runs[0]", field: "mean_ttft_ms", "found an array")
        expectProblem(problems, at: "$.runs[0]", field: "p50_ttft_ms", "found true")
        expectProblem(problems, at: "$.runs[0]", field: "p99_ttft_ms", "found an object")
    }

    @Test func negativeValues() {
        let problems = loadProblems(dataset(runs: [run(#""mean_ttft_ms": -5, "mean_input_tokens": -0.5, "failed": -1"#)]))
        expectProblem(problems, at: "$.runs[0]", field: "mean_ttft_ms", "expected a number ≥ 0, found -5")
        expectProblem(problems, at: "$.runs[0]", field: "mean_input_tokens", "expected a number ≥ 0, found -0.5")
        expectProblem(problems, at: "$.runs[0]", field: "failed", "expected a whole number ≥ 0, found -1")
        #expect(errors(problems).count == 3)
    }

    @Test func zeroDuration() {
        let problems = loadProblems(dataset(runs: [bareRun(#""model": "M", "hardware": "A800-80G", "concurrency": 4, "requests": 10, "duration_s": 0"#)]))
        expectProblem(problems, at: "$.runs[0]", field: "duration_s", "expected a number > 0, found 0")
    }

    @Test func zeroOrNegativeConcurrency() {
        expectProblem(loadProblems(dataset(runs: [run(concurrency: 0)])), at: "$.runs[0]", field: "concurrency", "expected a number > 0, found 0")
        expectProblem(loadProblems(dataset(runs: [run(concurrency: -2)])), at: "$.runs[0]", field: "concurrency", "expected a number > 0, found -2")
    }

    @Test func fractionalConcurrencyIsAllowed() throws {
        let loaded = try #require(load(dataset(runs: [run(concurrency: 2.5)])))
        #expect(loaded.dataset.runs[0].concurrency == 2.5)
    }

    @Test func nonIntegerGPUs() {
        let problems = loadProblems(dataset(runs: [bareRun(#""model": "M", "hardware": "A800-80G", "gpus": 1.5, "concurrency": 4, "request_throughput": 1"#)]))
        expectProblem(problems, at: "$.runs[0]", field: "gpus", "expected a whole number ≥ 1, found 1.5")
        let zero = loadProblems(dataset(runs: [bareRun(#""model": "M", "hardware": "A800-80G", "gpus": 0, "concurrency": 4, "request_throughput": 1"#)]))
        expectProblem(zero, at: "$.runs[0]", field: "gpus", "expected a whole number ≥ 1, found 0")
    }

    @Test func nonIntegerRequests() {
        let problems = loadProblems(dataset(runs: [bareRun(#""model": "M", "hardware": "A800-80G", "concurrency": 4, "requests": 10.5, "duration_s": 5"#)]))
        expectProblem(problems, at: "$.runs[0]", field: "requests", "expected a whole number ≥ 1, found 10.5")
    }

    @Test func hugeCountsAreRejectedNotCrashed() {
        // Converting 1e30 to Int would trap; such counts must be reported instead.
        let gpus = loadProblems(dataset(runs: [bareRun(#""model": "M", "hardware": "A800-80G", "gpus": 1e30, "concurrency": 4, "request_throughput": 1"#)]))
        expectProblem(gpus, at: "$.runs[0]", field: "gpus", "expected a whole number ≥ 1", "too large")
        let workload = loadProblems(dataset(runs: [run()]).replacingOccurrences(of: #""requests": 100}"#, with: #""requests": 1e300}"#))
        expectProblem(workload, at: "$.workload", field: "requests", "too large")
        let version = loadProblems(dataset(runs: [run()]).replacingOccurrences(of: #""frontier_dataset": 1"#, with: #""frontier_dataset": 1e20"#))
        expectProblem(version, at: "$", field: "frontier_dataset", "too large")
    }

    // MARK: Duplicates and hardware

    @Test func duplicateRunsReportTheFirst() {
        let problems = loadProblems(dataset(runs: [run(), run(concurrency: 32), run(#""mean_ttft_ms": 5"#)]))
        expectProblem(problems, at: "$.runs[2]", field: "concurrency", "duplicate run: M on 2×A800-80G at concurrency 16 is already at $.runs[0]")
        #expect(errors(problems).count == 1)
    }

    @Test func sameLevelOnOtherGPUCountIsNoDuplicate() throws {
        let loaded = try #require(load(dataset(runs: [run(), run().replacingOccurrences(of: #""gpus": 2"#, with: #""gpus": 4"#)])))
        #expect(loaded.dataset.runs.count == 2)
    }

    @Test func unknownHardwareListsThePresets() {
        let problems = loadProblems(dataset(runs: [bareRun(#""model": "M", "hardware": "Z9000", "concurrency": 4, "request_throughput": 1"#)]))
        let presets = HardwarePresets.builtIn.map(\.name).joined(separator: ", ")
        expectProblem(problems, at: "$.runs[0]", field: "hardware", #"unknown hardware "Z9000""#, presets)
        #expect(presets.contains("A800-80G") && presets.contains("MI300X"))
    }

    @Test func unknownPresetInAHardwareEntry() {
        let problems = loadProblems(dataset(runs: [run()], hardware: #"[{"name": "mine", "preset": "Q100"}]"#))
        expectProblem(problems, at: "$.hardware[0]", field: "preset", #"unknown preset "Q100"; expected one of A800-80G, A100-80G"#)
    }

    @Test func ownedProfileMissingInputs() {
        let problems = loadProblems(dataset(runs: [run()], hardware: #"[{"name": "custom", "price_usd": 10000, "pue": 1.3}]"#))
        expectProblem(problems, at: "$.hardware[0]", field: "years",
                      "missing; an owned profile without a preset needs years, utilization, power_kw, electricity_usd_per_kwh, maintenance_rate")
    }

    @Test func rentalProfileMissingRate() {
        let problems = loadProblems(dataset(runs: [run()], hardware: #"[{"name": "cloud", "cost": "rental"}]"#))
        expectProblem(problems, at: "$.hardware[0]", field: "rental_usd_per_gpu_hour", "missing; a rental profile needs its rate")
    }

    @Test func hardwareEntryWithoutName() {
        let problems = loadProblems(dataset(runs: [run()], hardware: #"[{"preset": "A800-80G"}]"#))
        expectProblem(problems, at: "$.hardware[0]", field: "name", "missing; expected a name")
    }

    @Test func pueBelowOne() {
        let problems = loadProblems(dataset(runs: [run()], hardware: #"[{"name": "A800-80G", "preset": "A800-80G", "pue": 0.9}]"#))
        expectProblem(problems, at: "$.hardware[0]", field: "pue", "expected a number ≥ 1, found 0.9")
    }

    @Test func utilizationAboveOne() {
        let problems = loadProblems(dataset(runs: [run()], hardware: #"[{"name": "A800-80G", "preset": "A800-80G", "utilization": 1.5}]"#))
        expectProblem(problems, at: "$.hardware[0]", field: "utilization", "expected a number in (0, 1], found 1.5")
        let zero = loadProblems(dataset(runs: [run()], hardware: #"[{"name": "A800-80G", "preset": "A800-80G", "utilization": 0}]"#))
        expectProblem(zero, at: "$.hardware[0]", field: "utilization", "expected a number in (0, 1], found 0")
    }

    @Test func badCostKind() {
        let problems = loadProblems(dataset(runs: [run()], hardware: #"[{"name": "A800-80G", "preset": "A800-80G", "cost": "leased"}]"#))
        expectProblem(problems, at: "$.hardware[0]", field: "cost", #"expected "owned" or "rental", found "leased""#)
    }

    @Test func badHardwareValues() {
        let problems = loadProblems(dataset(runs: [run()], hardware: #"[{"name": "A800-80G", "preset": "A800-80G", "price_usd": 0, "power_kw": -1, "rental_usd_per_gpu_hour": "cheap"}]"#))
        expectProblem(problems, at: "$.hardware[0]", field: "price_usd", "expected a number > 0, found 0")
        expectProblem(problems, at: "$.hardware[0]", field: "power_kw", "expected a number ≥ 0, found -1")
        expectProblem(problems, at: "$.hardware[0]", field: "rental_usd_per_gpu_hour", #"found the string "cheap""#)
    }

    // MARK: Models

    @Test func modelWithoutQualityIsAWarning() throws {
        let loaded = try #require(load(dataset(runs: [run()], models: #"[{"name": "M"}]"#)))
        #expect(loaded.dataset.runs.count == 1)
        #expect(loaded.warnings.count == 1)
        expectProblem(loaded.warnings, .warning, at: nil, field: "quality",
                      #"model "M" has no quality score: it is costed but cannot be on the frontier"#)
        #expect(loaded.warnings[0].description == #"data.json: quality: warning: model "M" has no quality score: it is costed but cannot be on the frontier"#)
    }

    @Test func badQuality() {
        let problems = loadProblems(dataset(runs: [run()], models: #"[{"name": "M", "quality": {"a": "high", "b": -1}}, {"name": "N", "quality": 5}, {"size": "7B"}]"#))
        expectProblem(problems, at: "$.models[0].quality", field: "a", #"expected a number ≥ 0, found the string "high""#)
        expectProblem(problems, at: "$.models[0].quality", field: "b", "expected a number ≥ 0, found -1")
        expectProblem(problems, at: "$.models[1]", field: "quality", "expected an object of metric name → score, found a number")
        expectProblem(problems, at: "$.models[2]", field: "name", "missing; expected a name")
    }

    // MARK: Top level

    @Test func wrongFormatVersion() {
        let text = dataset(runs: [run()]).replacingOccurrences(of: #""frontier_dataset": 1"#, with: #""frontier_dataset": 2"#)
        expectProblem(loadProblems(text), at: "$", field: "frontier_dataset", "format version 2 is not supported; expected 1")
    }

    @Test func missingTopLevelMembers() {
        let problems = loadProblems(#"{"hardware": []}"#)
        expectProblem(problems, at: "$", field: "frontier_dataset", "missing")
        expectProblem(problems, at: "$", field: "name", "missing; expected a name")
        expectProblem(problems, at: "$", field: "workload", "missing; expected")
        expectProblem(problems, at: "$", field: "runs", "missing; expected an array of runs")
        #expect(errors(problems).count == 4)
    }

    @Test func badWorkload() {
        let text = dataset(runs: [run()]).replacingOccurrences(of: #"{"name": "w", "requests": 100}"#, with: #"{"name": "w", "requests": 0}"#)
        expectProblem(loadProblems(text), at: "$.workload", field: "requests", "expected a whole number ≥ 1, found 0")
        let notObject = dataset(runs: [run()]).replacingOccurrences(of: #"{"name": "w", "requests": 100}"#, with: "100")
        expectProblem(loadProblems(notObject), at: "$", field: "workload", "expected an object")
    }

    @Test(arguments: [("[1, 2]", "an array"), (#""text""#, "a string"), ("42", "a number"), ("null", "null"), ("true", "a boolean")])
    func topLevelNotAnObject(_ text: String, _ kind: String) {
        let problems = loadProblems(text)
        expectProblem(problems, at: "$", field: nil, "expected a JSON object (a Frontier dataset), found \(kind)")
        #expect(problems.count == 1)
    }

    @Test func runsNotAnArray() {
        let text = #"{"frontier_dataset": 1, "name": "t", "workload": {"name": "w", "requests": 10}, "runs": {"model": "M"}}"#
        expectProblem(loadProblems(text), at: "$", field: "runs", "expected an array, found an object")
        let hardware = dataset(runs: [run()], hardware: #""A800-80G""#)
        expectProblem(loadProblems(hardware), at: "$", field: "hardware", "expected an array, found a string")
    }

    @Test func itemNotAnObject() {
        let problems = loadProblems(dataset(runs: [run(), "42", #""x""#]))
        expectProblem(problems, at: "$.runs[1]", field: nil, "expected an object, found a number")
        expectProblem(problems, at: "$.runs[2]", field: nil, "expected an object, found a string")
        #expect(errors(problems).count == 2)
    }

    @Test func derivedMustNameFields() {
        let problems = loadProblems(dataset(runs: [run(#""derived": ["request_throughput", "speed"]"#), run(concurrency: 8, #""derived": "x""#)]))
        expectProblem(problems, at: "$.runs[0]", field: "derived", "expected measured field names")
        expectProblem(problems, at: "$.runs[1]", field: "derived", "expected an array of field names, found a string")
    }

    // MARK: All problems in one pass, all or nothing

    @Test func everyProblemOfAFileInOnePass() {
        let problems = loadProblems(dataset(runs: [
            run(),
            bareRun(#""hardware": "A800-80G", "concurrency": 8, "request_throughput": 1"#),   // no model
            run(concurrency: 32),
            run(concurrency: 64, #""duration_s": "long""#).replacingOccurrences(of: #", "duration_s": 50"#, with: ""),
            bareRun(#""model": "M", "hardware": "A800-80G", "concurrency": 0, "request_throughput": 1"#),
        ]), file: "three.json")
        #expect(errors(problems).count == 3, "\(problems.map(\.description))")
        expectProblem(problems, file: "three.json", at: "$.runs[1]", field: "model", "missing")
        expectProblem(problems, file: "three.json", at: "$.runs[3]", field: "duration_s", #"found the string "long""#)
        expectProblem(problems, file: "three.json", at: "$.runs[4]", field: "concurrency", "found 0")
    }

    @Test func problemsAcrossSectionsInOnePass() {
        let problems = loadProblems(dataset(runs: [run(concurrency: 0), bareRun(#""model": "M", "hardware": "nope", "concurrency": 2, "request_throughput": 1"#)],
                                            hardware: #"[{"name": "x", "pue": 0.5}]"#,
                                            models: #"[{"name": "M", "quality": {"s": -3}}]"#))
        expectProblem(problems, at: "$.hardware[0]", field: "pue", "expected a number ≥ 1")
        expectProblem(problems, at: "$.models[0].quality", field: "s", "found -3")
        expectProblem(problems, at: "$.runs[0]", field: "concurrency", "found 0")
        expectProblem(problems, at: "$.runs[1]", field: "hardware", #"unknown hardware "nope""#)
    }

    @Test func anErrorYieldsNoDataset() throws {
        // One bad run among good ones: a DataError, not a partial dataset.
        do {
            _ = try DatasetLoader.parse(Array(dataset(runs: [run(), run(concurrency: 8), run(concurrency: -1)]).utf8), file: "data.json")
            Issue.record("expected a DataError")
        } catch {
            #expect(error.errors.count == 1)
            #expect(error.description.contains("data.json: $.runs[2]: concurrency: expected a number > 0, found -1"))
        }
    }

    @Test func warningsTravelWithErrors() {
        let problems = loadProblems(dataset(runs: [run(), run(model: "Unscored", concurrency: 8), run(concurrency: -1)]))
        #expect(errors(problems).count == 1)
        #expect(warnings(problems).count == 1)
    }

    @Test func syntaxErrorsCarryLineAndColumn() {
        let problems = loadProblems("{\n  \"frontier_dataset\": 1,\n  \"name\": tru\n}", file: "broken.json")
        #expect(problems == [DataProblem(.error, file: "broken.json", location: "line 3, column 11",
                                         message: "unexpected 't'; expected a value")])
    }
}
