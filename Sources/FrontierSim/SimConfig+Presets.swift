extension SimConfig {
    /// Latency models fitted to public sweeps, by name.
    public static func preset(_ name: String) -> SimConfig? {
        presets.first { $0.name == name }?.config
    }

    public static var presetNames: [String] { presets.map(\.name) }

    private static let presets: [(name: String, config: SimConfig)] = [
        ("h100x2-llama70b", SimConfig(
            modelName: "sim-llama-3.3-70b-2xh100",
            stepBase: 18.5e-3, perDecode: 0.09e-3, perPrefillToken: 0.0775e-3,
            maxRunning: 90, prefillBudget: 8192, queueLimit: 4096, maxModelLength: 131_072,
            provenance: """
            Simulated Llama-3.3-70B-Instruct on 2 x H100-80G, fitted to NVIDIA NIM 1.8.0's published \
            sweep (FP8, tensor parallel 2, 5000 in / 500 out; sample-data/llama-3.3-70b-2xh100.json). \
            On its own clock the model is within 15 % of that sweep in TTFT, ITL and output tok/s at \
            c = 1, 50, 100 and 250, except TTFT at c = 100 (23 % short: NIM's queue there grows faster \
            than S = 90 slots predict). Tested by FrontierSimTests' CalibrationTests.
            """
        )),
    ]
}
