import Foundation
import Testing

@Suite struct ValidateCommandTests {
    @Test func everySampleFileValidates() throws {
        let folder = repositoryRoot + "/sample-data"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".json") || $0.hasSuffix(".csv") }.sorted().map { folder + "/" + $0 }
        #expect(files.count >= 4)
        let (status, output) = spawn([frontierBinary, "validate"] + files)
        #expect(status == 0, "\(output)")
        #expect(output.split(separator: "\n").filter { $0.contains(": ok: ") }.count == files.count)
    }

    @Test func reportsEveryProblemAndExitsNonZero() {
        let path = temporaryFile("""
        {"frontier_dataset": 1, "name": "broken", "workload": {"requests": 10},
         "runs": [
          {"model": "a", "hardware": "A800-80G", "concurrency": 0, "request_throughput": 1},
          {"model": "b", "hardware": "Z9000", "concurrency": 2, "request_throughput": 1},
          {"model": "c", "hardware": "A800-80G", "concurrency": 2, "requests": 10, "duration_s": 0}
         ]}
        """, suffix: ".json")
        defer { unlink(path) }
        let (status, output) = frontier("validate", path)
        #expect(status == 1)
        #expect(output.contains("\(path): $.runs[0]: concurrency: expected a number > 0, found 0"))
        #expect(output.contains("\(path): $.runs[1]: hardware: unknown hardware \"Z9000\""))
        #expect(output.contains("\(path): $.runs[2]: duration_s: expected a number > 0, found 0"))
        #expect(output.contains("3 error(s)"))
    }

    @Test func truncatedJSONGivesLineAndColumn() {
        let path = temporaryFile("{\"frontier_dataset\": 1,\n \"runs\": [\n  {\"model\": \"a\"", suffix: ".json")
        defer { unlink(path) }
        let (status, output) = frontier("validate", path)
        #expect(status == 1)
        #expect(output.contains("\(path): line 3, column 16: the file ends inside an object (truncated?)"))
    }

    @Test func missingFileIsAnError() {
        let (status, output) = frontier("validate", "/nonexistent/data.json")
        #expect(status == 1)
        #expect(output.contains("/nonexistent/data.json: no such file"))
    }

    @Test func escapeSequencesInNamesNeverReachTheOutput() {
        let path = temporaryFile("model,hardware,concurrency,request_throughput\n\"evil\u{1B}]0;pwned\u{07}\u{1B}[31m\",A800-80G,4,1\n", suffix: ".csv")
        defer { unlink(path) }
        let (status, output) = frontier("report", path)
        #expect(status == 0)
        #expect(!output.contains("\u{1B}") && !output.contains("\u{07}"))
        #expect(output.contains("evil"))
    }
}
