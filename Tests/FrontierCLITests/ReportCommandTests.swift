import Foundation
import Testing

@Suite struct ReportCommandTests {
    /// Well-formed options that the data cannot answer: the problem, exit 1, no usage text;
    /// a malformed option still gets the usage and exit 64.
    @Test func aProblemWithTheDataIsNotAUsageError() {
        for arguments in [["report", "--metric", "nope"], ["sensitivity", "--model", "nope"], ["plan", "--volume", "2e6", "--hardware", "nope", "--gpu-price", "1000"]] {
            let (status, output) = spawn([frontierBinary] + arguments)
            #expect(status == 1, "\(arguments): \(output)")
            #expect(output.hasPrefix("Error: ") && !output.contains("Usage:"), "\(arguments): \(output)")
        }
        let (status, output) = frontier("report", "--zone-tolerance", "-1")
        #expect(status == 64 && output.contains("Usage: frontier report"), "\(output)")
    }

    @Test func defaultReportShowsThePapersFigures() {
        let (status, output) = frontier("report")
        #expect(status == 0)
        #expect(output.contains("Frontier report — wineval-a800"))
        #expect(output.contains("2×A800-80G: $1.58/h ($0.79 per GPU-hour"))
        // WiNGPT-3.5: 76.2 at $0.34; WiNGPT-3.0: $3.47 (arXiv 2510.26136).
        #expect(output.contains("1  WiNGPT-3.5         76.2     $0.34"))
        #expect(output.contains("WiNGPT-3.0") && output.contains("$3.47"))
        #expect(output.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func findsTheSampleDataFromAnyWorkingDirectory() {
        let (status, output) = frontier("report", "--format", "csv", directory: "/")
        #expect(status == 0)
        #expect(output.hasPrefix("rank,name,model,hardware,gpus,quality,concurrency"))
    }

    @Test func jsonReportCarriesTheDocumentedKeys() throws {
        let (status, output) = frontier("report", "--format", "json", "--concurrency", "64", "--budget", "0.5")
        #expect(status == 0)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let hardware = try #require(root["hardware"] as? [String: Any])
        #expect(hardware["name"] as? String == "A800-80G")
        #expect(hardware["gpus"] as? Int == 2)
        #expect(abs((hardware["hourly_usd"] as? Double ?? 0) - 1.58) < 0.005)
        let models = try #require(root["models"] as? [[String: Any]])
        let wingpt = try #require(models.first { $0["name"] as? String == "WiNGPT-3.5" })
        #expect(abs((wingpt["workload_cost_usd"] as? Double ?? 0) - 0.34) < 0.005)
        #expect(wingpt["rank"] as? Int != nil)
        let expensive = try #require(models.first { $0["name"] as? String == "WiNGPT-3.0" })
        #expect(expensive["rank"] is NSNull)
        #expect((expensive["excluded_reason"] as? String)?.hasPrefix("over budget") == true)
    }

    @Test func costOptionsChangeTheHourlyCost() {
        // Rented at $2.82 per GPU-hour, two GPUs cost $5.64/h.
        let (status, output) = frontier("report", "--rental", "2.82")
        #expect(status == 0)
        #expect(output.contains("2×A800-80G: $5.64/h"))
    }

    @Test func rejectsNonsenseOptionsWithAUsefulMessage() {
        let (status, output) = frontier("report", "--concurrency", "0")
        #expect(status != 0)
        #expect(output.contains("--concurrency must be a number > 0"))
        let metric = frontier("report", "--metric", "nope")
        #expect(metric.status != 0)
        #expect(metric.output.contains("no model has a \"nope\" score"))
    }

    @Test func brokenFileIsReportedPreciselyAndNothingIsPrinted() {
        let path = temporaryFile("model,hardware,concurrency,requests,duration_s\nm,A800-80G,4,100,abc\n", suffix: ".csv")
        defer { unlink(path) }
        let (status, output) = frontier("report", path)
        #expect(status == 1)
        #expect(output.contains("\(path): line 2: duration_s: expected a number > 0, found \"abc\""))
        #expect(!output.contains("Frontier report"))
    }
}

/// The report's scaling options through the binary.
@Suite struct ReportScalingCommandTests {
    @Test func defaultTextHasNoCurvesAndCurvesBringThem() {
        let (status, plain) = frontier("report")
        #expect(status == 0)
        #expect(!plain.contains("Per model, across concurrency"))
        let (_, curves) = frontier("report", "--curves")
        #expect(curves.contains("Per model, across concurrency"))
        let (_, one) = frontier("report", "--model", "WiNGPT-3.5")
        #expect(one.contains("Per model, across concurrency") && one.contains("WiNGPT-3.5 — "))
    }

    @Test func topAndNDJSON() {
        let (status, top) = frontier("report", "--top", "2")
        #expect(status == 0)
        #expect(top.contains("Not shown: "))
        let (_, lines) = frontier("report", "--format", "ndjson", "--top", "3")
        #expect(lines.split(separator: "\n").count == 3)
        let (_, compact) = frontier("report", "--format", "json", "--compact")
        #expect(compact.split(separator: "\n").count == 1)
    }

    @Test func unknownModelAndBadTopAreRefused() {
        let (status, output) = frontier("report", "--model", "nope")
        #expect(status != 0)
        #expect(output.contains("no setup of model \"nope\"; expected one of:"))
        let (bad, message) = frontier("report", "--top", "0")
        #expect(bad != 0 && message.contains("--top must be at least 1"))
    }
}
