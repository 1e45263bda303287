import Foundation
import Testing

/// Workload shapes through the binary: an InferenceX sweep of 9 input lengths compares
/// one shape at a time, the one asked for.
@Suite struct ShapeCommandTests {
    static let sweep = repositoryRoot + "/Tests/FrontierDataTests/Fixtures/real/inferencex/sweep"
    /// The sweep's hardware, and a score for its model so that nothing is warned about.
    static let setup = ["--hardware", "H200", "--gpus", "8",
                        "--quality", repositoryRoot + "/Tests/FrontierDataTests/Fixtures/quality-inferencex-sweep.csv"]
    static let shapes = "1k→128 (6 runs), 2k→128 (6 runs), 4k→128 (6 runs), 6k→128 (6 runs), 8k→128 (6 runs), 12k→128 (6 runs), 16k→128 (6 runs), 24k→128 (6 runs), 32k→128 (6 runs)"

    @Test func theReportComparesTheShapeAskedForInEveryForm() throws {
        let (status, report) = spawn([frontierBinary, "report", Self.sweep] + Self.setup)
        #expect(status == 0, "\(report)")
        #expect(report.contains("Shape:     1k→128 tokens in→out: the setups of this workload shape are\n           compared (of 1k→128, 2k→128"), "\(report)")
        for form in ["8k→128", "8k->128", "8192x128"] {
            let (shown, json) = spawn([frontierBinary, "report", Self.sweep, "--shape", form, "--format", "json"] + Self.setup)
            #expect(shown == 0, "\(json)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let scenario = try #require(object["scenario"] as? [String: Any])
            #expect(scenario["shape"] as? String == "8k→128", "\(form)")
            let models = try #require(object["models"] as? [[String: Any]])
            #expect(models.count == 1 && models[0]["shape"] as? String == "8k→128", "\(form)")
        }
    }

    @Test func anUnknownShapeIsAnErrorListingTheShapes() {
        let (status, output) = spawn([frontierBinary, "report", Self.sweep, "--shape", "2k→64"] + Self.setup)
        #expect(status != 0)
        #expect(output.contains("--shape 2k→64: no workload shape \"2k→64\" in the data; the shapes: \(Self.shapes)"), "\(output)")
        let (_, bad) = spawn([frontierBinary, "report", Self.sweep, "--shape", "long"] + Self.setup)
        #expect(bad.contains("--shape long: \"long\" is not a workload shape: expected input→output tokens such as 1k→128"), "\(bad)")
        // Data of one shape has none to choose.
        let (one, sample) = frontier("report", "--shape", "1k→128")
        #expect(one != 0)
        #expect(sample.contains("--shape 1k→128: the data is not split by workload shape: no model was measured at more than one"), "\(sample)")
    }

    @Test func theDashboardSaysTheShapeAndWCyclesThem() {
        // Down Up: a key that clears the load's notice, so that the key hints show.
        let (status, first) = spawn([frontierBinary, "snapshot", Self.sweep, "--size", "160x40", "--keys", "Down Up"] + Self.setup)
        #expect(status == 0, "\(first)")
        #expect(first.contains("1k→128 (1 of 9, w: next)"), "\(first)")
        #expect(first.contains("Enter detail w shape / filter"), "the footer lists w\n\(first)")
        let (_, help) = spawn([frontierBinary, "snapshot", Self.sweep, "--size", "160x40", "--keys", "?"] + Self.setup)
        #expect(help.contains("compare the setups of the next workload shape"), "\(help)")
        let (_, next) = spawn([frontierBinary, "snapshot", Self.sweep, "--size", "160x40", "--keys", "w w"] + Self.setup)
        #expect(next.contains("4k→128 (3 of 9, w: next)"), "\(next)")
        let (_, ascii) = spawn([frontierBinary, "snapshot", Self.sweep, "--size", "160x40", "--ascii", "--keys", "w"] + Self.setup)
        #expect(ascii.contains("2k>128 (2 of 9, w: next)"), "\(ascii)")
        // The bundled sample varies no shape: neither title nor footer says one.
        let (_, sample) = frontier("snapshot", "--size", "160x40", "--keys", "Down Up")
        #expect(!sample.contains("w shape") && !sample.contains("w: next"), "\(sample)")
        #expect(!frontier("snapshot", "--size", "160x40", "--keys", "?").output.contains("workload shape"))
    }

    @Test func importThenValidateKeepsTheShapes() throws {
        let out = NSTemporaryDirectory() + "frontier-shapes-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).json"
        defer { unlink(out) }
        let (status, output) = spawn([frontierBinary, "import", Self.sweep, "--out", out] + Self.setup)
        #expect(status == 0, "\(output)")
        #expect(output.contains("54 runs"), "\(output)")
        let (valid, validated) = frontier("validate", out)
        #expect(valid == 0, "\(validated)")
        let (_, fromFolder) = spawn([frontierBinary, "report", Self.sweep, "--shape", "32k→128", "--format", "csv"] + Self.setup)
        let (_, fromImport) = spawn([frontierBinary, "report", out, "--shape", "32k→128", "--format", "csv", "--quality", Self.setup[5]])
        #expect(fromImport == fromFolder)
    }
}
