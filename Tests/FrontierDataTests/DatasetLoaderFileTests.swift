import Foundation
import Testing
@testable import FrontierData
import FrontierCore

@Suite struct DatasetLoaderFileTests {
    @Test func loadsAFileByPath() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("d.json", dataset(runs: [run()]))
        let loaded = try DatasetLoader.load(path: path)
        #expect(loaded.dataset.runs.count == 1)
    }

    @Test func problemsNameThePath() throws {
        let tmp = try TempFolder()
        let path = try tmp.write("bad.json", dataset(runs: [run(concurrency: 0)]))
        do {
            _ = try DatasetLoader.load(path: path)
            Issue.record("expected a DataError")
        } catch {
            expectProblem(error.problems, file: path, at: "$.runs[0]", field: "concurrency", "found 0")
        }
    }

    @Test func missingFileAndFolder() throws {
        let tmp = try TempFolder()
        for (path, message) in [(tmp.path + "/none.json", "no such file"), (tmp.path, "is a folder")] {
            do {
                _ = try DatasetLoader.load(path: path)
                Issue.record("expected a DataError for \(path)")
            } catch {
                #expect(error.problems.count == 1)
                #expect(error.problems.first?.file == path)
                #expect(error.problems.first?.message.contains(message) == true)
            }
        }
    }

    @Test func severalFilesMerge() throws {
        let tmp = try TempFolder()
        let a = try tmp.write("a.json", dataset(runs: [run(), run(concurrency: 32)]))
        let b = try tmp.write("b.csv", "model,hardware,gpus,concurrency,request_throughput,quality:score\nM,A800-80G,2,64,5,71\nN,H200,1,4,1,50\n")
        let merged = try DatasetLoader.load(paths: [a, b])
        let d = merged.dataset
        #expect(d.name == "test + b")
        #expect(d.workload.requests == 100, "the first file's workload stands")
        #expect(d.runs.count == 4)
        #expect(d.hardware.map(\.name) == ["A800-80G", "H200"])
        #expect(d.models.map(\.name) == ["M", "N"])
        #expect(d.model(named: "M")?.quality == ["score": 70], "the first file's score stands")
    }

    @Test func severalFilesReportEveryFilesProblems() throws {
        let tmp = try TempFolder()
        let a = try tmp.write("a.json", dataset(runs: [run(concurrency: -1)]))
        let b = try tmp.write("b.json", dataset(runs: [run()]))
        let c = try tmp.write("c.csv", "model\n")
        do {
            _ = try DatasetLoader.load(paths: [a, b, c])
            Issue.record("expected a DataError")
        } catch {
            #expect(Set(error.errors.map(\.file)) == [a, c])
        }
    }
}
