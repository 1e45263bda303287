import Foundation
import Testing

/// `frontier plan` through the built binary, and its errors.
@Suite struct PlanCommandTests {
    @Test func planForTwoMillionRequestsADayOnTheSample() {
        let (status, output) = frontier("plan", "--volume", "2e6")
        #expect(status == 0, "\(output)")
        // dense-7B at its best, c=128: 11.1 req/s a replica, ⌈46.3 / 11.1⌉ = 5 replicas of 2 A800s;
        // 10 GPUs × $0.6473 × 730 h = $4725.40 a month.
        #expect(output.contains("dense-7B        128   11.1     5    10   42%  $4725.40"))
        #expect(output.contains("each setup at its cheapest measured concurrency"))
        #expect(output.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func jsonCarriesTheStableKeys() throws {
        let (status, output) = frontier("plan", "--volume", "60M/month", "--peak", "3", "--api", "gpt-4o-mini",
                                        "--api", "mine=0.1:0.4", "--format", "json")
        #expect(status == 0, "\(output)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let scenario = try #require(root["scenario"] as? [String: Any])
        #expect(abs((scenario["volume_requests_per_day"] as? Double ?? 0) - 60e6 / (730.0 / 24)) < 1e-6)
        #expect(scenario["peak_factor"] as? Double == 3)
        #expect(scenario["hours_per_month"] as? Int == 730)
        let apis = try #require(root["api"] as? [[String: Any]])
        #expect(apis.map { $0["name"] as? String } == ["gpt-4o-mini", "mine"])
        #expect(apis[1]["source"] is NSNull)
        let plan = try #require(root["plan"] as? [[String: Any]])
        let first = try #require(plan.first)
        for key in ["name", "model", "hardware", "concurrency", "request_throughput", "replicas", "gpus", "utilization",
                    "hourly_usd", "monthly_usd", "cost_per_request_usd", "cost_per_million_output_tokens_usd", "vs_api"] {
            #expect(first[key] != nil, "plan[0] lacks \(key)")
        }
        let versus = try #require(first["vs_api"] as? [[String: Any]])
        #expect(versus.count == 2)
        #expect(Set(versus[0].keys) == ["name", "cost_per_request_usd", "monthly_usd", "break_even_requests_per_day"])
    }

    @Test func atAConcurrencyPlansEverySetupThere() {
        let (status, output) = frontier("plan", "--volume", "1e6", "--at", "16", "--format", "csv")
        #expect(status == 0, "\(output)")
        let rows = output.split(separator: "\n").dropFirst()
        #expect(!rows.isEmpty && rows.allSatisfy { $0.split(separator: ",")[4] == "16" })
    }

    @Test func aRealSweepComparesOneModelOnFourGPUs() {
        let (status, output) = frontier("plan", repositoryRoot + "/sample-data/gpt-oss-20b-1gpu.csv", "--volume", "1.5e9tok/month", "--format", "markdown")
        #expect(status == 0, "\(output)")
        #expect(output.contains("## Same model, several setups"))
        for gpu in ["H100-PCIe", "H200", "B200", "MI300X"] { #expect(output.contains(gpu)) }
    }

    @Test(arguments: [
        (["plan"], "give the volume to plan for"),
        (["plan", "--volume", "lots"], "volume \"lots\": expected a number > 0"),
        (["plan", "--volume", "2e6/week"], "volume \"2e6/week\""),
        (["plan", "--volume", "2e6", "--peak", "0.5"], "--peak must be a number ≥ 1"),
        (["plan", "--volume", "2e6", "--api", "nope"], "--api \"nope\": no such preset"),
        (["plan", "--volume", "2e6", "--api", "x=1"], "expected a preset name or NAME=IN:OUT"),
        (["plan", "--volume", "2e6", "--at", "fast"], "--at must be best or a concurrency > 0"),
        (["plan", "--volume", "2e6", "--at", "16", "--concurrency", "8"], "give the concurrency once"),
        (["report", "--at", "0"], "--at must be best or a concurrency > 0"),
    ])
    func brokenFlagsArePreciseErrors(_ arguments: [String], _ message: String) {
        let (status, output) = spawn([frontierBinary] + arguments)
        #expect(status != 0, "\(arguments)")
        #expect(output.contains(message), "\(arguments): \(output)")
    }

    @Test func aBadPricesFileNamesItsEntry() throws {
        let path = temporaryFile(#"{"api": [{"name": "x", "input_usd_per_million": "cheap", "output_usd_per_million": 1, "source": "s", "date": "d"}]}"#,
                                 suffix: ".json")
        defer { unlink(path) }
        let (status, output) = frontier("plan", "--volume", "2e6", "--api-prices", path)
        #expect(status == 1)
        #expect(output.contains("\(path): $.api[0]: input_usd_per_million"))
    }

    @Test func reportAtBestShowsEachModelsLevel() {
        let (status, output) = frontier("report", "--at", "best", "--format", "csv")
        #expect(status == 0)
        let dense7B = output.split(separator: "\n").first { $0.contains(",dense-7B,") }
        #expect(dense7B?.split(separator: ",")[6] == "128")
    }
}
