import Foundation
import Testing

/// `frontier sensitivity` and `frontier report --draws` through the built binary.
@Suite struct SensitivityCommandTests {
    static func json(_ arguments: String...) throws -> [String: Any] {
        let (status, output) = spawn([frontierBinary] + arguments)
        #expect(status == 0, "\(output)")
        return try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    }

    @Test func theJSONCarriesTheDocumentedKeysInDescendingSwing() throws {
        let root = try Self.json("sensitivity", "--model", "WiNGPT-3.5", "--concurrency", "64", "--format", "json")
        #expect(root["model"] as? String == "WiNGPT-3.5")
        #expect(abs((root["base_usd"] as? Double ?? 0) - 0.340011) < 1e-5)
        let inputs = try #require(root["inputs"] as? [[String: Any]])
        #expect(Set(inputs.compactMap { $0["input"] as? String })
                == ["gpu_price", "years", "utilization", "power_kw", "pue", "electricity", "maintenance", "throughput"])
        for input in inputs {
            for key in ["input", "low_value", "high_value", "low_usd", "high_usd", "swing_usd"] {
                #expect(input[key] != nil, "inputs[] lacks \(key)")
            }
        }
        let swings = inputs.compactMap { $0["swing_usd"] as? Double }
        #expect(swings == swings.sorted(by: >))
        #expect(inputs.first?["input"] as? String == "throughput")
        #expect(root["flips"] as? [Any] != nil)
    }

    @Test func aBudgetGivesTheGPUPriceFlipSolvedByHand() throws {
        // At c = 64 WiNGPT-3.5 costs (P·(1/26280 + 0.1/8760) + 0.048)·k, k = 2·774.7/3600;
        // it passes the $0.50 budget, and loses first place, at P = (0.5/k − 0.048) / 4.946727e-5 = $22,514.6.
        let root = try Self.json("sensitivity", "--model", "WiNGPT-3.5", "--concurrency", "64", "--budget", "0.5", "--format", "json")
        let flips = try #require(root["flips"] as? [[String: Any]])
        let price = try #require(flips.first { $0["input"] as? String == "gpu_price" })
        let k = 2 * 774.7 / 3600
        let solved = (0.5 / k - 0.048) / (1.0 / 26280 + 0.1 / 8760)
        #expect(abs((price["value"] as? Double ?? 0) / solved - 1) < 1e-6)
        #expect(price["new_leader"] as? String != nil && price["new_leader"] as? String != "WiNGPT-3.5")
        for flip in flips { #expect(Set(flip.keys) == ["input", "value", "new_leader"]) }
    }

    @Test func theTextSaysWhatMovesTheCostAndWhenNoFlipIsInRange() {
        let (status, output) = frontier("sensitivity", "--model", "WiNGPT-3.5", "--concurrency", "64", "--budget", "0.5")
        #expect(status == 0)
        #expect(output.contains("Frontier sensitivity — wineval-a800"))
        #expect(output.contains("What moves the cost, largest swing first"))
        let words = output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("GPU price: WiNGPT-3.5 stays first until GPU price passes $22,515 (today $15,000), then moe-30B-A3B."))
        // Electricity at ×4 ($0.40/kWh) adds 0.144 $/GPU-hour, $0.062: never past the budget; power and PUE likewise.
        #expect(words.contains("None in range: Power, Electricity, PUE."))
        #expect(output.split(separator: "\n").allSatisfy { $0.count <= 80 })
    }

    @Test func csvHasOneRowAnInput() {
        let (status, output) = frontier("sensitivity", "--model", "dense-7B", "--format", "csv")
        #expect(status == 0)
        let lines = output.split(separator: "\n")
        #expect(lines.first?.hasPrefix("input,base_value,low_value,high_value,low_usd,high_usd,swing_usd,flip_up_value") == true)
        #expect(lines.count == 9)
    }

    @Test(arguments: [
        (["sensitivity", "--model", "nope"], "no setup of model \"nope\"; expected one of: "),
        (["sensitivity"], "Missing expected argument '--model <name>'"),
        (["sensitivity", "--model", "dense-7B", "--swing", "1.5"], "--swing must be a fraction between 0 and 1"),
        (["sensitivity", "--model", "dense-7B", "--swing", "0"], "--swing must be a fraction between 0 and 1"),
        (["sensitivity", "--model", "dense-7B", "--format", "ndjson"], "--format must be text, markdown, json or csv"),
        (["sensitivity", "--model", "dense-7B", "--utilization", "2"], "--utilization must be in (0, 1]"),
        (["report", "--draws", "0"], "--draws must be between 1 and 1,000,000"),
    ])
    func badInputIsRefusedPrecisely(arguments: [String], message: String) {
        let (status, output) = spawn([frontierBinary] + arguments)
        #expect(status != 0)
        #expect(output.contains(message), "\(output)")
    }

    @Test func reportDrawsAddRobustnessReproduciblyWithASeed() throws {
        let one = try Self.json("report", "--format", "json", "--sort", "cost", "--draws", "300", "--seed", "5")
        let again = try Self.json("report", "--format", "json", "--sort", "cost", "--draws", "300", "--seed", "5")
        let shares = try #require(one["robustness"] as? [[String: Any]])
        #expect(!shares.isEmpty)
        #expect(shares.allSatisfy { $0["name"] != nil && $0["first_share"] is Double })
        #expect(abs(shares.compactMap { $0["first_share"] as? Double }.reduce(0, +) - 1) < 1e-9)
        #expect((one["robustness"] as? NSArray) == (again["robustness"] as? NSArray))
        // Without --draws, no robustness at all.
        #expect(try Self.json("report", "--format", "json")["robustness"] == nil)
        let (status, text) = frontier("report", "--draws", "200", "--seed", "1")
        #expect(status == 0)
        // Ranked by quality, costs never move first place. (Words compared across the text's line wrap.)
        #expect(text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                    .contains("First with every cost input drawn within ±20%: WiNGPT-3.5 in 100% of 200 draws (seed 1)."))
    }
}
