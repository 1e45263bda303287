import Foundation
import Testing
@testable import FrontierData
import FrontierCore

/// `;` and tab separated CSV (what spreadsheets write in many locales), told from the
/// header line, for native datasets and every CSV importer.
@Suite struct CSVSeparatorTests {
    func separator(_ text: String) -> Character {
        Character(Unicode.Scalar(Array(text.utf8).withUnsafeBufferPointer { CSVReader.separator(of: $0) }))
    }

    @Test func theHeaderLineDecides() {
        #expect(separator("model,hardware,concurrency\n") == ",")
        #expect(separator("model;hardware;concurrency\r\n1;2;3") == ";")
        #expect(separator("model\thardware\tconcurrency\n") == "\t")
        // Only outside quotes, and only on the first non-blank line.
        #expect(separator("\"a;b;c\",d\n1;2;3;4;5") == ",")
        #expect(separator("\n\nm;h\n") == ";")
        // A tie, or no separator at all, is a comma.
        #expect(separator("a;b,c\n") == ",")
        #expect(separator("model\n") == ",")
        #expect(separator("") == ",")
    }

    @Test func aSemicolonNativeCSVReadsLikeACommaOne() throws {
        let comma = try #require(load("model,hardware,gpus,concurrency,requests,duration_s\nM,H200,2,16,100,50\nM,H200,2,32,100,40\n", file: "r.csv"))
        for text in ["model;hardware;gpus;concurrency;requests;duration_s\nM;H200;2;16;100;50\nM;H200;2;32;100;40\n",
                     "model\thardware\tgpus\tconcurrency\trequests\tduration_s\r\nM\tH200\t2\t16\t100\t50\r\nM\tH200\t2\t32\t100\t40\r\n"] {
            let loaded = try #require(load(text, file: "r.csv"))
            #expect(loaded.dataset.runs == comma.dataset.runs)
            #expect(loaded.dataset.runs.map { $0[.requestThroughput] } == [2, 2.5])
        }
    }

    @Test func aQuotedFieldMayHoldTheOtherSeparators() throws {
        let loaded = try #require(load("model;hardware;concurrency;request_throughput;source\nM;H200;1;2;\"bench; run 1, a\"\n", file: "r.csv"))
        #expect(loaded.dataset.runs.first?.source == "bench; run 1, a")
    }

    @Test func aClosingQuoteMustBeFollowedByTheSeparator() {
        let problems = loadProblems("model;hardware;concurrency\n\"M\",H200;1\n", file: "r.csv")
        expectProblem(problems, file: "r.csv", at: "line 2", field: nil, "unexpected text after a closing quote; expected ';' or a line end")
    }

    @Test func aSemicolonGenAIPerfCSVIsRecognisedAndRead() throws {
        let tmp = try TempFolder()
        let text = """
            Metric;avg;min;max;p99;p50
            Time To First Token (ms);1146.31;410.22;2015.90;1998.40;1100.50
            Request Latency (ms);3502.64;2100.00;5200.00;5100.00;3450.00
            Output Sequence Length (tokens);128.40;100.00;150.00;149.00;128.00
            Input Sequence Length (tokens);550.10;540.00;560.00;559.00;550.00

            Metric;Value
            Request Throughput (per sec);1.14

            """
        let path = try tmp.write("gpt2-openai-chat-concurrency4/profile_export_genai_perf.csv", text)
        let run = try #require(importing(path)?.dataset.runs.first)
        #expect(run.model == "gpt2" && run.concurrency == 4)
        #expect(run[.meanTTFTms] == 1146.31 && run[.p99TTFTms] == 1998.4 && run[.requestThroughput] == 1.14)
    }

    @Test func aTabSeparatedQualityFileJoins() throws {
        let tmp = try TempFolder()
        let quality = try tmp.write("q.tsv", "model\tMMLU-Pro\nM\t62.5\n")
        let data = try tmp.write("r.csv", "model;hardware;concurrency;request_throughput\nM;H200;1;2\n")
        let loaded = try DatasetLoader.load(paths: [data], options: LoadOptions(quality: try QualityTable.load(path: quality)))
        #expect(loaded.dataset.models.first?.quality == ["MMLU-Pro": 62.5])
    }
}
