import Foundation
import Testing
import FrontierCore
@testable import FrontierData

/// Setup labels read from result files and kept through the native formats.
@Suite struct SetupLabelFormatTests {
    static let deployments = "real/vllm-bench-automation/three-deployments.json"

    @Test func threeDeploymentsAreThreeSetups() throws {
        // One model on 4×L40S under three --metadata deployment= values, 10/30/inf QPS each.
        let loaded = try #require(importing(Self.deployments, options: LoadOptions()))
        let setups = Dictionary(grouping: loaded.dataset.runs, by: \.configuration)
        #expect(setups.count == 3)
        #expect(Set(setups.keys.map { $0.labels.map(\.text) }) == [["deployment=base"], ["deployment=kvcache"], ["deployment=no-features"]])
        #expect(setups.values.allSatisfy { $0.count == 3 })
    }

    @Test func nativeJSONKeepsLabels() throws {
        let loaded = try #require(importing(Self.deployments, options: LoadOptions()))
        let bytes = Array(JSONWriter.write(NativeJSON.encode(loaded.dataset)).utf8)
        let (read, problems) = try NativeJSON.read(bytes, file: "d.json", options: LoadOptions())
        #expect(!problems.contains { $0.severity == .error }, "\(problems)")
        #expect(try #require(read).runs.map(\.labels) == loaded.dataset.runs.map(\.labels))
    }

    static let csvHeader = "model,hardware,gpus,concurrency,request_throughput,labels\n"

    @Test func nativeCSVReadsLabelsOnBothPaths() throws {
        // the second row is quoted (text path), the first plain (bytes path)
        let text = Self.csvHeader + "m,H200,8,16,4,deployment=base\nm,H200,8,16,5,\"tp=8, deployment=spec\"\n"
        let (dataset, problems) = NativeCSV.read(Array(text.utf8), file: "s.csv", options: LoadOptions())
        #expect(!problems.contains { $0.severity == .error }, "\(problems)")
        let runs = try #require(dataset).runs
        #expect(runs.map { SetupLabel.text($0.labels) } == ["deployment=base", "deployment=spec, tp=8"])
    }

    @Test func aLabelWithoutAValueIsAPreciseError() {
        let text = Self.csvHeader + "m,H200,8,16,4,deployment\n"
        let (_, problems) = NativeCSV.read(Array(text.utf8), file: "s.csv", options: LoadOptions())
        #expect(problems.contains { $0.field == "labels" && $0.message.contains("expected KEY=VALUE pairs separated by commas") && $0.message.contains("\"deployment\"") },
                "\(problems)")
    }
}
