import Foundation
import Testing
@testable import FrontierData
import FrontierCore

/// SemiAnalysis InferenceX: its aggregated rows (setup fields as labels, throughput per GPU)
/// and the names its scripts give result files (`…_tp8_isl1024_osl128_conc16`).
@Suite struct ImportInferenceXTests {
    static let row = "real/inferencex/agg_llama70b_fp8_vllm_tp8_isl1024_osl128_conc16.json"
    static let raw = "real/inferencex/llama70b-h200-conc16.json"

    @Test func anAggregatedRowIsARunOnItsGPUsWithItsSetupAsLabels() throws {
        let loaded = try #require(importing(Self.row, options: LoadOptions()))
        let run = try #require(loaded.dataset.runs.first)
        #expect(run.model == "meta-llama/Llama-3.3-70B-Instruct" && run.hardware == "H200" && run.gpus == 8 && run.concurrency == 16)
        // tp and ep are numbers, dp_attention the string "false": features that are off give no label.
        #expect(run.labels == [SetupLabel("ep", "1"), SetupLabel("tp", "8")])
        // 384 tok/s per GPU × 8; output 42.67 × 8 = 341.33 tok/s ÷ 128 output tokens = 2.667 req/s.
        #expect(close(run[.totalTokensPerS], 3072) && close(run[.outputTokensPerS], 1024.0 / 3))
        #expect(close(run[.requestThroughput], 1024.0 / 3 / 128))
        #expect(close(run[.meanTTFTms], 500) && close(run[.p99TTFTms], 1900) && close(run[.meanE2Ems], 5580) && close(run[.p50TPOTms], 39.8))
        #expect(run[.meanInputTokens] == 1024 && run.derived.contains(.meanInputTokens))
        let model = try #require(loaded.dataset.models.first)
        #expect(model.precision == "fp8" && model.engine == "vllm")
        #expect(run.source?.contains("InferenceX aggregated result (aggregated row, latencies in seconds (converted to ms))") == true)
    }

    @Test func oneModelAtTwoPrecisionsOrOnTwoEnginesIsThatManySetups() throws {
        let tmp = try TempFolder()
        let row = String(decoding: try DataFile.read(fixture(Self.row)), as: UTF8.self)
        let fp4 = row.replacingOccurrences(of: "\"precision\": \"fp8\"", with: "\"precision\": \"fp4\"")
        let sglang = row.replacingOccurrences(of: "\"framework\": \"vllm\"", with: "\"framework\": \"sglang\"")
        #expect(fp4 != row && sglang != row)
        let path = try tmp.write("rows.json", "[\(row), \(fp4), \(sglang)]")
        let loaded = try #require(importing(path, options: LoadOptions()))
        // Three setups at one concurrency, none averaged into another.
        #expect(loaded.dataset.runs.count == 3)
        #expect(Set(loaded.dataset.runs.map { SetupLabel.text($0.labels) }) == [
            "engine=vllm, ep=1, precision=fp8, tp=8", "engine=vllm, ep=1, precision=fp4, tp=8", "engine=sglang, ep=1, precision=fp8, tp=8"])
        #expect(!loaded.warnings.contains { $0.message.contains("averaged into one") })
        let model = try #require(loaded.dataset.models.first)
        #expect(model.precision == nil && model.engine == nil, "the labels say them, run by run")
        // A name shows what differs, as engineers write it, in the labels' order.
        let analysis = Analysis(loaded.dataset, Scenario(concurrency: 16))
        #expect(Set(analysis.entries.map(\.label)) == ["meta-llama/Llama-3.3-70B-Instruct · vllm · fp8", "meta-llama/Llama-3.3-70B-Instruct · vllm · fp4",
                                         "meta-llama/Llama-3.3-70B-Instruct · sglang · fp8"])
    }

    @Test func aPrecisionGivenAsALabelWinsOverTheFiles() throws {
        let tmp = try TempFolder()
        let row = String(decoding: try DataFile.read(fixture(Self.row)), as: UTF8.self)
        let fp4 = row.replacingOccurrences(of: "\"precision\": \"fp8\"", with: "\"precision\": \"fp4\"")
        let path = try tmp.write("rows.json", "[\(row), \(fp4)]")
        let loaded = try #require(importing(path, options: LoadOptions(labels: [SetupLabel("precision", "int8")])))
        #expect(loaded.dataset.runs.count == 1, "both runs are the one setup the command line says")
        #expect(loaded.dataset.runs.first?.labels.contains(SetupLabel("precision", "int8")) == true)
    }

    @Test func aMultiNodeRowCountsPrefillAndDecodeGPUs() throws {
        let tmp = try TempFolder()
        // As process_result.py writes a disaggregated run: tput over all 12 GPUs, output over the 8 decode ones.
        let path = try tmp.write("agg_dsr1.json", """
        {"hw": "b200", "conc": 64, "model": "deepseek-ai/DeepSeek-R1", "framework": "dynamo-trt", "precision": "fp4",
         "spec_decoding": "mtp", "disagg": true, "isl": 1024, "osl": 1024, "is_multinode": true,
         "prefill_tp": 4, "prefill_ep": 4, "prefill_dp_attention": "true", "prefill_num_workers": 1,
         "decode_tp": 8, "decode_ep": 8, "decode_dp_attention": "false", "decode_num_workers": 1,
         "num_prefill_gpu": 4, "num_decode_gpu": 8, "tput_per_gpu": 100.0, "output_tput_per_gpu": 75.0, "input_tput_per_gpu": 75.0,
         "mean_ttft": 0.8, "mean_e2el": 60.0}
        """)
        let run = try #require(onlyRun(path, options: LoadOptions()))
        #expect(run.gpus == 12 && run.hardware == "B200")
        // 100 × 12 = 1,200 tok/s in all; 75 × 8 = 600 output tok/s ÷ 1,024 = 0.586 req/s.
        #expect(close(run[.totalTokensPerS], 1200) && close(run[.outputTokensPerS], 600) && close(run[.requestThroughput], 600.0 / 1024))
        #expect(run.labels == [SetupLabel("decode_ep", "8"), SetupLabel("decode_tp", "8"), SetupLabel("disagg", "true"),
                               SetupLabel("prefill_dp_attention", "true"), SetupLabel("prefill_ep", "4"), SetupLabel("prefill_tp", "4"),
                               SetupLabel("spec_decoding", "mtp")])
        #expect(run.source?.contains("aggregated row, multi-node") == true)
    }

    @Test func rowsInAnArrayAreRunsEach() throws {
        let tmp = try TempFolder()
        let row = String(decoding: try DataFile.read(fixture(Self.row)), as: UTF8.self)
        let path = try tmp.write("rows.json", "[\(row), \(row.replacingOccurrences(of: "\"conc\": 16", with: "\"conc\": 32"))]")
        let runs = try #require(importing(path, options: LoadOptions())?.dataset.runs)
        #expect(runs.map(\.concurrency).sorted() == [16, 32])
        #expect(runs.allSatisfy { $0.source?.contains("$[") == true })
    }

    @Test func inAFolderTheRawResultBesideItsRowIsSkipped() throws {
        let tmp = try TempFolder()
        let raw = try tmp.write("llama70b_fp8_vllm_tp8_isl1024_osl128_conc16.json", String(decoding: try DataFile.read(fixture(Self.raw)), as: UTF8.self))
        _ = try tmp.write("agg_llama70b_fp8_vllm_tp8_isl1024_osl128_conc16.json", String(decoding: try DataFile.read(fixture(Self.row)), as: UTF8.self))
        let loaded = try #require(importing(tmp.path, options: LoadOptions()))
        #expect(loaded.dataset.runs.count == 1 && loaded.dataset.runs[0].gpus == 8)
        #expect(loaded.warnings.contains { $0.file == raw && $0.message == "skipped: the run of the InferenceX aggregated row agg_llama70b_fp8_vllm_tp8_isl1024_osl128_conc16.json beside it, which is read instead" })
    }

    @Test func aRowWhoseTPIsNoCountIsAnError() throws {
        let tmp = try TempFolder()
        let row = String(decoding: try DataFile.read(fixture(Self.row)), as: UTF8.self)
        let path = try tmp.write("row.json", row.replacingOccurrences(of: "\"tp\": 8", with: "\"tp\": \"eight\""))
        expectProblem(importProblems([path], options: LoadOptions()), file: path, at: "$", field: "tp", "expected a whole number ≥ 1")
    }

    @Test func theFileNameSaysWhatTheContentDoesNot() throws {
        let named = FileNameSetup("out/dsr1_fp8_sglang_tp8-pp1-ep8-dpatrue_conc64_h200.json")
        #expect(named.labels == [SetupLabel("tp", "8"), SetupLabel("pp", "1"), SetupLabel("ep", "8"), SetupLabel("dp_attention", "true")])
        #expect(named.concurrency == 64)
        #expect(named.gpus == 8, "tp × pp; ep and dp-attention share the tp GPUs")
        #expect(FileNameSetup("m_tp4-pp2-dp2_conc8.json").gpus == 16)
        #expect(FileNameSetup("m_tp9223372036854775807-pp2_conc8.json").gpus == nil, "a product past Int is no count")
        #expect(FileNameSetup("results/bench-serve.json") == FileNameSetup(""))
        #expect(FileNameSetup("x_tpot_conc_c16.json").labels.isEmpty)

        let tmp = try TempFolder()
        let text = String(decoding: try DataFile.read(fixture(Self.raw)), as: UTF8.self)
        let path = try tmp.write("llama70b_fp8_tp8_isl1024_osl128_conc32.json", text)
        let run = try #require(onlyRun(path))
        // The name's tp is taken; its concurrency is not, as the content states 16.
        #expect(run.labels == [SetupLabel("tp", "8")] && run.concurrency == 16)
        #expect(run.source?.contains("tp=8 from the file name") == true)
        // Nor does it state GPUs: the tensor-parallel size is the count, not 1 assumed.
        #expect(run.gpus == 8)
        #expect(run.source?.contains("GPU count 8 from the file name (tp × pp × dp)") == true, "\(run.source ?? "")")
    }
}
