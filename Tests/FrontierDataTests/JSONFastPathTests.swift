import Testing
@testable import FrontierData
import FrontierCore

/// The native JSON reader's fast path (runs read from their bytes, `FlatObject`) gives
/// exactly what the general path (each run parsed into a value first) gives.
@Suite struct JSONFastPathTests {
    /// The object at the start of `text` scanned with keys `a`, `b`, `c`: its values by key,
    /// or nil when the scan gives up.
    static func scan(_ text: String) -> [String: FlatObject.Value]? {
        let bytes = Array(text.utf8), keys = JSONKeys(["a", "b", "c"])
        return bytes.withUnsafeBufferPointer { buffer in
            var object = FlatObject(bytes: buffer, keys: keys, index: 0, line: 1, lineStart: 0)
            guard object.scan() else { return nil }
            var values: [String: FlatObject.Value] = [:]
            for (id, key) in ["a", "b", "c"].enumerated() { values[key] = object[id] }
            return values
        }
    }

    @Test func plainObjectsAreReadInPlace() throws {
        let read = try #require(Self.scan(#"{"a": -0.5e3, "b" : "x y","c":null }"#))
        #expect(read["a"] == .number(-500))
        #expect(read["b"] == .string(start: 21, end: 24))
        #expect(read["c"] == .null)
        #expect(Self.scan("{}") == [:])
        #expect(Self.scan(#"{"c": true, "a": false}"#) == ["c": .bool(true), "a": .bool(false)])
    }

    /// Each of these the parser reads differently or refuses: the scan leaves them to it.
    @Test func anythingElseIsLeftToTheParser() {
        for text in [#"{"a": 01}"#, #"{"a": 1,}"#, #"{"a": "\u0041"}"#, #"{"a": "é"}"#, #"{"a": [1]}"#, #"{"a": {}}"#,
                     #"{"a": 1, "a": 2}"#, #"{"d": 1}"#, #"{"a": tru}"#, #"{"a": 1e999}"#, #"{"a": -}"#, #"{"a": 1."#,
                     #"{"a": NaN}"#, #"{"a" 1}"#, #"{"a": 1 "b": 2}"#, #"{"a": 1"#, "{\"a\": \"x\ty\"}", #"{a: 1}"#] {
            #expect(Self.scan(text) == nil, "\(text)")
        }
    }

    /// The run with an empty `derived` list, which only the general path reads.
    static func general(_ run: String) -> String { String(run.dropLast()) + #", "derived": []}"# }

    /// A random sweep written twice: plain, and with an empty `derived` list in every run,
    /// which only the general path reads. Both must give the same dataset and problems,
    /// bad runs included.
    @Test func plainAndGeneralRunsGiveTheSameDataset() throws {
        var rng = SplitMix64(seed: 11)
        var runs: [String] = []
        for i in 0..<400 {
            let n = 100 + rng.int(900), rps = rng.uniform(0.1, 50)
            var members = [#""model": "m\#(i / 8)""#, #""hardware": "\#(i % 3 == 0 ? "a800-80g" : "H200")""#,
                           #""concurrency": \#(1 << (i % 8))"#, #""requests": \#(n)"#]
            if i % 2 == 0 { members.append(#""gpus": \#(1 + i % 4)"#) }
            if i % 4 != 0 || i % 8 == 0 { members.append(#""duration_s": \#(Double(n) / rps)"#) }
            if i % 4 == 0 { members.append(#""request_throughput": \#(rps)"#) }
            if i % 6 == 0 { members.append(#""p99_ttft_ms": \#(rng.uniform(10, 900)), "mean_ttft_ms": null"#) }
            if i % 7 == 0 { members.append(#""concurrency_estimated": true"#) }
            if i % 9 == 0 { members.append(#""labels": "tp=\#(i % 2 + 1), deployment=base""#) }
            if i % 11 == 0 { members.append(#""source": "bench \#(i)""#) }
            // Runs the general path must speak about (or trims): each a different reason.
            switch i % 50 {
            case 3: members.append(#""failed": -1"#)
            case 13: members.append(#""mean_output_tokens": "300""#)
            case 23: members[0] = #""model": " m\#(i / 8) ""#
            case 33: members[2] = #""concurrency": null"#
            case 43: members.append(#""labels": "tp""#)
            default: break
            }
            runs.append("{" + members.joined(separator: ", ") + "}")
        }
        let models = "[" + (0..<50).map { #"{"name": "m\#($0)", "quality": {"q": \#(50 + $0)}}"# }.joined(separator: ", ") + "]"
        let plain = dataset(runs: runs, models: models)
        let general = dataset(runs: runs.map(Self.general), models: models)
        let a = NativeJSON.readText(plain, file: "s.json"), b = NativeJSON.readText(general, file: "s.json")
        #expect(a.problems == b.problems)
        #expect(!errors(a.problems).isEmpty)
        #expect(a.dataset == b.dataset)
        // Without the bad runs both load, to the same runs.
        let good = runs.enumerated().filter { [3, 13, 33, 43].contains($0.offset % 50) == false }.map(\.element)
        let c = NativeJSON.readText(dataset(runs: good, models: models), file: "s.json")
        let d = NativeJSON.readText(dataset(runs: good.map(Self.general), models: models), file: "s.json")
        #expect(c.problems == d.problems)
        let loaded = try #require(c.dataset)
        #expect(loaded == d.dataset)
        #expect(loaded.runs.count == good.count)
    }

    /// A plain run is read by the fast path, to the run the general path reads.
    @Test func aPlainRunIsReadFromItsBytes() throws {
        let text = #"{"model": "M", "hardware": "A800-80G", "gpus": 2, "concurrency": 16, "requests": 100, "duration_s": 50, "labels": "tp=2"}"#
        let bytes = Array(text.utf8), keys = JSONKeys(JSONRunMembers.keys)
        var labels: [String: [SetupLabel]] = [:]
        let fast = try #require(bytes.withUnsafeBufferPointer { buffer -> Run? in
            var object = FlatObject(bytes: buffer, keys: keys, index: 0, line: 1, lineStart: 0)
            guard object.scan() else { return nil }
            return JSONRunMembers.run(object, options: LoadOptions(), labels: &labels)
        })
        var log = ProblemLog(file: "r.json")
        let general = try #require(RunReader.read(NativeJSON.record(JSONParser.parse(bytes), at: "$"), options: LoadOptions(), log: &log))
        #expect(RunReader.finish(fast, at: "$", log: &log) == general)
        #expect(labels["tp=2"] == [SetupLabel("tp", "2")])
    }

    /// Runs written over several lines are read in place, and a later syntax error is still
    /// placed on its line.
    @Test func linesAreCountedInsideRunsReadInPlace() {
        let runs = (0..<3).map { #"{"model": "M",\#n "hardware": "A800-80G",\#n "concurrency": \#(1 << $0), "requests": 100, "duration_s": 50}"# }
        let text = dataset(runs: runs).dropLast(2) + "\n x}\n"
        let problems = loadProblems(String(text), file: "l.json")
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix(" x") }! + 1
        #expect(problems.first?.location == "line \(line), column 2", "\(problems)")
    }
}

extension NativeJSON {
    /// `read` of text, its dataset and problems.
    static func readText(_ text: String, file: String) -> (dataset: Dataset?, problems: [DataProblem]) {
        do {
            let (dataset, problems) = try read(Array(text.utf8), file: file, options: LoadOptions())
            return (dataset, problems)
        } catch {
            return (nil, [error.problem(file: file)])
        }
    }
}
