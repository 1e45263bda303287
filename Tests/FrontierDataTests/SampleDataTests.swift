import Foundation
import Testing
@testable import FrontierData
import FrontierCore

@Suite struct SampleDataTests {
    static let files: [String] = {
        let folder = sampleDataFolder()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") || $0.hasSuffix(".csv") }.sorted()
    }()

    @Test func sampleFolderIsFound() {
        #expect(Self.files.contains("wineval-a800.json"))
        #expect(Self.files.contains { $0.hasSuffix(".csv") })
        #expect(Self.files.count >= 4)
    }

    @Test(arguments: files)
    func loadsWithoutErrorsAndRoundTrips(_ name: String) throws {
        let loaded = try #require(loadSample(name))
        #expect(loaded.warnings.allSatisfy { $0.severity == .warning })
        #expect(!loaded.dataset.runs.isEmpty)
        let back = try #require(roundTripped(loaded.dataset))
        #expect(back.dataset == loaded.dataset)
        #expect(back.warnings.count == loaded.warnings.count)
        // Every run has a request throughput, so every run can be costed.
        #expect(loaded.dataset.runs.allSatisfy { ($0[.requestThroughput] ?? 0) > 0 })
        #expect(PreparedDataset(loaded.dataset).series.reduce(0) { $0 + $1.levels.count } == loaded.dataset.runs.count)
    }

    @Test func winevalShape() throws {
        let d = try #require(loadSample("wineval-a800.json")).dataset
        #expect(d.models.count == 9)
        #expect(d.hardware.map(\.name) == ["A800-80G"])
        #expect(d.runs.allSatisfy { $0.hardware == "A800-80G" && $0.gpus == 2 })
        #expect(d.workload.requests == 2993)
        #expect(d.workload.name == "WiNEval-3.0")
        #expect(d.defaultMetric == "WiNEval-3.0")
        #expect(cents(d.hardware[0].hourlyCost(gpus: 2).total) == 1.58)
    }

    @Test func winevalAnalysisMatchesThePaper() throws {
        let d = try #require(loadSample("wineval-a800.json")).dataset
        let analysis = Analysis(d, Scenario())
        func entry(_ model: String) -> Entry? { analysis.entries.first { $0.configuration.model == model } }
        let wingpt35 = try #require(entry("WiNGPT-3.5"))
        let wingpt30 = try #require(entry("WiNGPT-3.0"))
        #expect(analysis.metric == "WiNEval-3.0")
        #expect(analysis.requests == 2993)
        #expect(wingpt35.quality == 76.2)
        let cheapest35 = try #require(wingpt35.curve.map(\.estimate.workloadCost).min())
        let cheapest30 = try #require(wingpt30.curve.map(\.estimate.workloadCost).min())
        #expect(cents(cheapest35) == 0.34)
        #expect(cents(cheapest30) == 3.47)
        #expect(cheapest30 > 10 * cheapest35)
        #expect(analysis.entries.count == 9)
    }

    @Test func csvSampleIsNamedAfterItsFile() throws {
        let name = try #require(Self.files.first { $0.hasSuffix(".csv") })
        let d = try #require(loadSample(name)).dataset
        #expect(d.name == String(name.dropLast(4)))
        #expect(d.provenance == "read from \(name)")
    }

    @Test func allSamplesLoadTogether() throws {
        let paths = Self.files.map { sampleDataFolder().appendingPathComponent($0).path }
        let merged = try DatasetLoader.load(paths: paths)
        var runs = 0
        for path in paths { runs += try DatasetLoader.load(path: path).dataset.runs.count }
        #expect(merged.dataset.runs.count == runs)
        #expect(merged.dataset.name.contains(" + "))
    }
}
