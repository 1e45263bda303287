import Testing

/// A cost input set on the command line and the same value reached with its slider give
/// the same scenario: one definition of the input behind both.
@Suite("cost input parity")
struct CostInputParityTests {
    @Test func gpuPriceOptionEqualsTheSliderAtTheSameValue() {
        let option = frontier("snapshot", "--size", "80x24", "--gpu-price", "30000")
        // Down to the GPU price slider, then three coarse steps of $5,000 from $15,000.
        let slider = frontier("snapshot", "--size", "80x24", "--keys", "Down Down Down Down S-Right S-Right S-Right")
        #expect(option.status == 0 && slider.status == 0)
        #expect(option.output.contains("$30,000") && slider.output.contains("$30,000"))
        let ranking = { (screen: String) in Array(screen.split(separator: "\n").drop { !$0.contains("Ranking at") }) }
        #expect(!ranking(option.output).isEmpty)
        #expect(ranking(option.output) == ranking(slider.output))
        let plain = frontier("snapshot", "--size", "80x24")
        #expect(ranking(plain.output) != ranking(option.output), "the price moves the workload costs")
    }
}
