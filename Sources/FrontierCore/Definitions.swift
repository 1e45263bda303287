/// Every figure's definition, in one place: the dashboard's help and the README show these.
public enum Definitions {
    public static let all: [(term: String, definition: String)] = [
        ("Hourly cost", "per GPU: depreciation P/(Y·8760·u) + power kW·PUE·E + maintenance P·m/8760, or the rental rate; × GPU count."),
        ("Workload cost", "hourly × T / 3600, T = N / request throughput: what the N-request workload costs at that concurrency."),
        ("Cost per 1M output tokens", "hourly / (3600 × output tokens/s) × 1,000,000."),
        ("Interpolation", "between measured concurrency levels, linear in log2(c); outside them the nearest level, marked, never extrapolated."),
        ("Marginal saving", "cost at the previous level − cost at this one; diminishing marginal cost holds when each saving is smaller."),
        ("Elasticity ε", "Δln(throughput) / Δln(concurrency) between adjacent levels; < 1 diminishing returns, ≈ 0 saturated (< \(Principles.saturationElasticity) here)."),
        ("Optimal zone", "levels whose cost is within the tolerance (10%) of the minimum among levels meeting the TTFT SLO; its low end is the knee."),
        ("Production frontier", "configurations no other beats on both cost (lower) and quality (higher): the Pareto staircase."),
        ("Efficiency", "quality per dollar relative to the best at this concurrency (100 % = best)."),
        ("Ranking", "models within the budget and meeting the SLO, by the sort key; the rest are listed with the reason."),
    ]

    public static let source = "Method: Zhuang et al., \"Beyond Benchmarks: The Economics of AI Inference\", arXiv 2510.26136."
}
