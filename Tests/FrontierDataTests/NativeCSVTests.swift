import Testing
@testable import FrontierData
import FrontierCore

@Suite struct NativeCSVTests {
    @Test func headerInAnyOrder() throws {
        let text = "concurrency,duration_s,hardware,requests,model,gpus\n16,50,A800-80G,100,M,2\n8, 80 ,a800-80g,100,M,\n"
        let loaded = try #require(load(text, file: "runs.csv"))
        let d = loaded.dataset
        #expect(d.runs.map(\.concurrency) == [16, 8])
        #expect(d.runs.map(\.gpus) == [2, 1])
        #expect(d.runs.map(\.hardware) == ["A800-80G", "A800-80G"])
        #expect(d.runs[0][.requestThroughput] == 2)
        #expect(d.runs[1][.durationS] == 80)
        #expect(d.hardware.map(\.name) == ["A800-80G"])
        #expect(d.name == "runs")
        #expect(d.provenance == "read from runs.csv")
        // No quality column: the model is warned about, not refused.
        expectProblem(loaded.warnings, .warning, file: "runs.csv", at: nil, field: "quality", #"model "M" has no quality score"#)
    }

    @Test func qualityColumns() throws {
        let text = #"""
            model,hardware,concurrency,request_throughput,quality,quality:MMLU-Pro,source
            A,H200,1,2,70,60,"bench, run 1"
            A,H200,2,3,70,,"said ""fast"""
            B,H200,1,1,,55,
            """#
        let loaded = try #require(load(text, file: "q.csv"))
        let d = loaded.dataset
        #expect(d.models == [Model(name: "A", quality: ["quality": 70, "MMLU-Pro": 60]), Model(name: "B", quality: ["MMLU-Pro": 55])])
        #expect(d.defaultMetric == "MMLU-Pro")
        #expect(d.runs.map(\.source) == ["bench, run 1", #"said "fast""#, nil])
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
    }

    @Test func singleQualityColumnIsTheDefaultMetric() throws {
        let d = try #require(load("model,hardware,concurrency,request_throughput,quality\nA,H200,1,2,70\n", file: "q.csv")).dataset
        #expect(d.defaultMetric == "quality")
        #expect(d.models[0].quality == ["quality": 70])
    }

    @Test func hardwareFromLoadOptions() throws {
        let loaded = try #require(load("model,concurrency,request_throughput\nM,4,2\nM,8,3\n", file: "h.csv", options: LoadOptions(hardware: "B200")))
        #expect(loaded.dataset.runs.map(\.hardware) == ["B200", "B200"])
        #expect(loaded.dataset.hardware.map(\.name) == ["B200"])
        // An empty hardware cell also falls back to the option.
        let mixed = try #require(load("model,hardware,concurrency,request_throughput\nM,,4,2\nM,H200,8,3\n", file: "h.csv", options: LoadOptions(hardware: "B200")))
        #expect(mixed.dataset.runs.map(\.hardware) == ["B200", "H200"])
    }

    @Test func missingRequiredColumns() {
        let problems = loadProblems("hardware,requests,duration_s\nA800-80G,10,5\n", file: "m.csv")
        expectProblem(problems, file: "m.csv", at: "line 1", field: "model", "required column missing")
        expectProblem(problems, file: "m.csv", at: "line 1", field: "concurrency", "required column missing")
        #expect(errors(problems).count == 2)
        let noHardware = loadProblems("model,concurrency,request_throughput\nM,4,2\n", file: "m.csv")
        expectProblem(noHardware, file: "m.csv", at: "line 1", field: "hardware", "required column missing (or give --hardware)")
    }

    @Test func emptyHardwareCellWithoutOption() {
        let problems = loadProblems("model,hardware,concurrency,request_throughput\nM,,4,2\n", file: "m.csv")
        expectProblem(problems, file: "m.csv", at: "line 2", field: "hardware", "missing; expected a hardware profile or preset name (or --hardware)")
    }

    @Test func columnNamedTwice() {
        let problems = loadProblems("model,hardware,concurrency,model\nM,H200,4,M\n", file: "m.csv")
        expectProblem(problems, file: "m.csv", at: "line 1", field: "model", "column named twice")
    }

    @Test func wrongFieldCount() {
        let text = "model,hardware,concurrency,request_throughput\nM,H200,1,2\n\"multi\nline\",H200,2,3\nM,H200,4\nM,H200,8,5,extra\n"
        let problems = loadProblems(text, file: "f.csv")
        expectProblem(problems, file: "f.csv", at: "line 5", field: nil, "has 3 fields; expected 4 as in the header")
        expectProblem(problems, file: "f.csv", at: "line 6", field: nil, "has 5 fields; expected 4 as in the header")
        #expect(errors(problems).count == 2)
    }

    @Test func nonNumericCell() {
        let text = "model,hardware,concurrency,requests,duration_s\nM,H200,1,10,5\nM,H200,2,10,abc\nM,H200,four,10,5\n"
        let problems = loadProblems(text, file: "n.csv")
        expectProblem(problems, file: "n.csv", at: "line 3", field: "duration_s", #"expected a number > 0, found "abc""#)
        expectProblem(problems, file: "n.csv", at: "line 4", field: "concurrency", #"expected a number > 0, found "four""#)
        #expect(errors(problems).count == 2)
    }

    @Test(arguments: ["nan", "NaN", "inf", "Infinity", "-inf", "+nan", "1e999", "0x10"])
    func nonFiniteCellsAreRejected(_ cell: String) {
        let text = "model,hardware,concurrency,request_throughput,mean_ttft_ms\nM,H200,1,2,\(cell)\n"
        let problems = loadProblems(text, file: "x.csv")
        #expect(errors(problems).count == 1)
        #expect(problems.first?.location == "line 2" && problems.first?.field == "mean_ttft_ms", "\(problems)")
        #expect(problems.first?.message.contains("expected a number ≥ 0") == true)
    }

    @Test func negativeAndFractionalCells() {
        let text = "model,hardware,gpus,concurrency,requests,duration_s,failed\nM,H200,1.5,1,10,5,0\nM,H200,1,2,10,5,-1\nM,H200,1,4,2.5,5,0\n"
        let problems = loadProblems(text, file: "x.csv")
        expectProblem(problems, file: "x.csv", at: "line 2", field: "gpus", "expected a whole number ≥ 1, found 1.5")
        expectProblem(problems, file: "x.csv", at: "line 3", field: "failed", "expected a whole number ≥ 0, found -1")
        expectProblem(problems, file: "x.csv", at: "line 4", field: "requests", "expected a whole number ≥ 1, found 2.5")
    }

    @Test func conflictingQuality() {
        let text = "model,hardware,concurrency,request_throughput,quality:MMLU\nA,H200,1,2,70\nA,H200,2,3,70\nA,H200,4,4,71\n"
        let problems = loadProblems(text, file: "c.csv")
        expectProblem(problems, file: "c.csv", at: "line 4", field: "quality:MMLU", #""A" scores 71 here but 70 at line 3; expected one score per model"#)
        #expect(errors(problems).count == 1)
    }

    @Test func badQualityCell() {
        let problems = loadProblems("model,hardware,concurrency,request_throughput,quality\nA,H200,1,2,great\n", file: "c.csv")
        expectProblem(problems, file: "c.csv", at: "line 2", field: "quality", #"expected a number ≥ 0, found "great""#)
    }

    @Test func unknownColumnWarns() throws {
        let loaded = try #require(load("model,hardware,concurrency,request_throughput,quality,colour,\nA,H200,1,2,70,red,\n", file: "u.csv"))
        expectProblem(loaded.warnings, .warning, file: "u.csv", at: "line 1", field: "colour", "unknown column, ignored")
        expectProblem(loaded.warnings, .warning, file: "u.csv", at: "line 1", field: "column 7", "unknown column, ignored")
        #expect(loaded.warnings.count == 2)
    }

    @Test func workloadIsTheCommonRequestCount() throws {
        let common = try #require(load("model,hardware,concurrency,requests,duration_s\nM,H200,1,500,50\nM,H200,2,500,30\n", file: "w.csv")).dataset
        #expect(common.workload == Workload(name: "the runs' workload", requests: 500))
        let differing = try #require(load("model,hardware,concurrency,requests,duration_s\nM,H200,1,500,50\nM,H200,2,600,30\n", file: "w.csv")).dataset
        #expect(differing.workload == Workload(name: "a nominal workload", requests: 1000))
        let none = try #require(load("model,hardware,concurrency,request_throughput\nM,H200,1,2\n", file: "w.csv")).dataset
        #expect(none.workload.requests == 1000)
    }

    @Test func emptyFile() {
        let problems = loadProblems("", file: "e.csv")
        #expect(problems == [DataProblem(.error, file: "e.csv", message: "the file is empty; expected a header row naming the columns")])
        let blank = loadProblems("\n\n", file: "e.csv")
        #expect(blank.first?.message.contains("the file is empty") == true)
    }

    @Test func headerOnly() {
        let problems = loadProblems("model,hardware,concurrency,request_throughput\n", file: "h.csv")
        #expect(problems == [DataProblem(.error, file: "h.csv", message: "no runs: the file has a header but no rows")])
    }

    @Test func syntaxErrorsCarryTheLine() {
        let problems = loadProblems("model,hardware,concurrency\nM,H200,1\n\"M,H200,2\n", file: "s.csv")
        #expect(problems == [DataProblem(.error, file: "s.csv", location: "line 3", message: "quoted field never closed (truncated file?)")])
    }

    @Test func lineNumbersAfterMultilineCells() {
        let text = "model,hardware,concurrency,request_throughput,source\nM,H200,1,2,\"a\nb\nc\"\nM,H200,2,x,\n"
        expectProblem(loadProblems(text, file: "l.csv"), file: "l.csv", at: "line 5", field: "request_throughput", #"found "x""#)
    }

    @Test func duplicateRowsReportTheFirst() {
        let text = "model,hardware,concurrency,request_throughput\nM,H200,1,2\nM,H200,2,3\nM,h200,1,4\n"
        expectProblem(loadProblems(text, file: "d.csv"), file: "d.csv", at: "line 4", field: "concurrency", "already at line 2")
    }

    @Test func concurrencyEstimatedColumn() throws {
        let d = try #require(load("model,hardware,concurrency,request_throughput,concurrency_estimated\nM,H200,1,2,yes\nM,H200,2,3,\nM,H200,4,3,0\n", file: "e.csv")).dataset
        #expect(d.runs.map(\.concurrencyEstimated) == [true, false, false])
        expectProblem(loadProblems("model,hardware,concurrency,request_throughput,concurrency_estimated\nM,H200,1,2,maybe\n", file: "e.csv"),
                      file: "e.csv", at: "line 2", field: "concurrency_estimated", "expected true or false")
    }

    @Test func crlfAndByteOrderMark() throws {
        // Excel's "CSV UTF-8" starts with a byte order mark and ends lines with CRLF.
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("model,hardware,concurrency,request_throughput\r\nM,H200,1,2\r\n".utf8)
        let loaded = try DatasetLoader.parse(bytes, file: "excel.csv")
        #expect(loaded.dataset.runs.count == 1)
        #expect(loaded.warnings.allSatisfy { $0.field == "quality" }, "\(loaded.warnings)")
    }

    @Test func fileWithoutExtensionIsSniffed() throws {
        let csv = try #require(load("model,hardware,concurrency,request_throughput\nM,H200,1,2\n", file: "noext"))
        #expect(csv.dataset.runs.count == 1)
        let json = try #require(load("  " + dataset(runs: [run()]), file: "noext"))
        #expect(json.dataset.name == "test")
    }

    @Test func invalidUTF8() {
        let problems = loadProblems(Array("model,hardware\n".utf8) + [0xC3, 0x28], file: "bad.csv")
        #expect(problems == [DataProblem(.error, file: "bad.csv", message: "not valid UTF-8 text; expected a CSV file")])
    }
}
