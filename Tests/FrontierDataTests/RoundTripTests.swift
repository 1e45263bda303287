import Foundation
import Testing
@testable import FrontierData
import FrontierCore

/// Encodes, writes, parses and reads a dataset back.
func roundTripped(_ dataset: Dataset, pretty: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) -> Loaded? {
    let text = JSONWriter.write(NativeJSON.encode(dataset), pretty: pretty)
    return load(text, file: "round-trip.json", sourceLocation: sourceLocation)
}

@Suite struct RoundTripTests {
    static let rich = #"""
    {
      "frontier_dataset": 1,
      "name": "rich \"set\" — 中文",
      "description": "line one\nline two, with \"quotes\" and a tab\there",
      "provenance": "émigré 😀 \\ backslash",
      "workload": {"name": "WiNEval-3.0 \"full\"", "requests": 2993},
      "default_metric": "WiNEval-3.0",
      "hardware": [
        {"name": "A800-80G", "preset": "A800-80G"},
        {"name": "my-H100", "preset": "h100-80g", "price_usd": 27000.5, "utilization": 0.6},
        {"name": "rented-L40S", "gpu_type": "NVIDIA L40S 48GB", "cost": "rental", "rental_usd_per_gpu_hour": 0.99,
         "source": "our \"contract\", 2026 — ¥"},
        {"name": "custom", "price_usd": 12000, "years": 3, "utilization": 0.5, "power_kw": 0.3, "pue": 1.4,
         "electricity_usd_per_kwh": 0.123456789, "maintenance_rate": 0.07},
        {"name": "rate-only", "rental_usd_per_gpu_hour": 1.1},
        {"name": "rented-preset", "preset": "B200", "cost": "rental"}
      ],
      "models": [
        {"name": "WiNGPT-3.5", "size": "30B-A3B", "precision": "BF16", "engine": "vLLM", "notes": "say \"hi\"\nbye",
         "quality": {"WiNEval-3.0": 76.2, "other": 0.1}},
        {"name": "模型-7B", "quality": {"WiNEval-3.0": 57}}
      ],
      "runs": [
        {"model": "WiNGPT-3.5", "hardware": "A800-80G", "gpus": 2, "concurrency": 16, "requests": 2993, "duration_s": 774.7,
         "mean_input_tokens": 412, "mean_output_tokens": 298, "output_tokens_per_s": 1151.4, "mean_ttft_ms": 210.5,
         "p50_ttft_ms": 180.2, "p99_ttft_ms": 820, "mean_tpot_ms": 41.2, "mean_itl_ms": 41, "mean_e2e_ms": 4141, "failed": 0,
         "source": "run \"one\", ü"},
        {"model": "WiNGPT-3.5", "hardware": "my-H100", "concurrency": 3.7, "concurrency_estimated": true,
         "output_tokens_per_s": 123.456789, "mean_output_tokens": 301.5, "mean_e2e_ms": 9000},
        {"model": "模型-7B", "hardware": "rented-L40S", "gpus": 4, "concurrency": 1, "request_throughput": 1e-7},
        {"model": "模型-7B", "hardware": "custom", "concurrency": 8, "requests": 10, "request_throughput": 0.1},
        {"model": "unlisted", "hardware": "mi300x", "gpus": 8, "concurrency": 128, "request_throughput": 123456789.123},
        {"model": "unlisted", "hardware": "rate-only", "concurrency": 2, "request_throughput": 2},
        {"model": "unlisted", "hardware": "rented-preset", "concurrency": 2, "request_throughput": 2}
      ]
    }
    """#

    @Test func richDatasetRoundTrips() throws {
        let original = try #require(load(Self.rich, file: "rich.json"))
        let d = original.dataset
        // What the file exercises.
        #expect(d.hardware.map(\.name) == ["A800-80G", "my-H100", "rented-L40S", "custom", "rate-only", "rented-preset", "MI300X"])
        #expect(d.hardware[4].cost == .rental(1.1))
        #expect(d.hardware[5].cost == .rental(5.99))
        #expect(d.runs[1].concurrencyEstimated)
        #expect(d.runs.contains { !$0.derived.isEmpty })
        #expect(d.models.map(\.name) == ["WiNGPT-3.5", "模型-7B", "unlisted"])

        for pretty in [true, false] {
            let back = try #require(roundTripped(d, pretty: pretty))
            #expect(back.dataset == d)
            #expect(back.dataset.runs.map(\.derived) == d.runs.map(\.derived))
            #expect(back.warnings == original.warnings.map {
                DataProblem($0.severity, file: "round-trip.json", location: $0.location, field: $0.field, message: $0.message)
            })
        }
    }

    @Test func encodingIsStable() throws {
        let d = try #require(load(Self.rich, file: "rich.json")).dataset
        let once = JSONWriter.write(NativeJSON.encode(d))
        let back = try #require(load(once, file: "again.json")).dataset
        #expect(JSONWriter.write(NativeJSON.encode(back)) == once)
    }

    /// `import` writes the text run by run, without the document's value: the same text.
    @Test func textRunByRunIsTheEncodedDocument() throws {
        let d = try #require(load(Self.rich, file: "rich.json")).dataset
        #expect(d.runs.count > 1)
        #expect(String(decoding: NativeJSON.text(d), as: UTF8.self) == JSONWriter.write(NativeJSON.encode(d)))
        var empty = d
        empty.runs = []
        #expect(String(decoding: NativeJSON.text(empty), as: UTF8.self) == JSONWriter.write(NativeJSON.encode(empty)))
    }

    @Test func encodedHardwareIsComplete() throws {
        let d = try #require(load(Self.rich, file: "rich.json")).dataset
        let encoded = NativeJSON.encode(d)
        guard case .array(let hardware)? = encoded["hardware"] else {
            Issue.record("no hardware array")
            return
        }
        for entry in hardware {
            #expect(entry["preset"] == nil, "written out in full, with no preset")
            #expect(entry["cost"] != nil)
        }
        #expect(hardware[0]["price_usd"] == .number(15_000))
        #expect(hardware[0]["rental_usd_per_gpu_hour"] == .number(2.82))
        #expect(encoded["frontier_dataset"] == .number(1))
    }

    @Test func handBuiltDatasetRoundTrips() throws {
        var run = Run(model: "a \"quoted\", name", hardware: "H200", gpus: 3, concurrency: 0.5, concurrencyEstimated: true,
                      measurements: Measurements([.requestThroughput: 0.1, .meanTTFTms: 1e-7, .failed: 2]),
                      derived: [.requestThroughput], source: "line\nbreak\u{1}")
        run[.meanE2Ems] = 123456789.123
        let dataset = Dataset(name: "hand", workload: Workload(name: "w", requests: 7),
                              hardware: [HardwarePresets.named("H200")!],
                              models: [Model(name: "a \"quoted\", name", quality: ["q": 1])], runs: [run])
        let back = try #require(roundTripped(dataset))
        #expect(back.dataset == dataset)
    }
}
