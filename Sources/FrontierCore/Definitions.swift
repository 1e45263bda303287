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

    /// The plan's figures (`frontier plan`, the Plan view's help) and `b`'s ranking.
    public static let plan: [(term: String, definition: String)] = [
        ("At its best (b)", "each model at its cheapest measured concurrency meeting the SLO and the budget, instead of all at one concurrency; the frontier over these points is the frontier over every configuration."),
        ("Fleet", "peak λp = k·V/86,400 req/s for V requests a day and peak factor k; replicas R = ⌈λp / X(c)⌉ of a setup's g GPUs each serving X(c) req/s; utilization = V/86,400 / (R·X)."),
        ("Plan cost", "the fleet is paid for every hour of a 730-hour month: R·g·hourly·730, hourly per GPU P/(Y·8760) + P·m/8760 + kW·PUE·E owned (depreciation not divided by u: utilization is an output here) or the rental rate; per request ÷ (V·30.4167)."),
        ("Plan vs workload cost", "the workload cost prices GPU-hours at an assumed utilization u: the right question for comparing models and for a share of a busy cluster. The plan cost pays a whole fleet sized for the peak, idle hours included: the right question for what to deploy, and what it costs, for a volume of your own."),
        ("API cost", "a = (in·p_in + out·p_out)/10⁶ a request at the setup's mean input and output tokens; a month V·30.4167·a."),
        ("Break-even", "self-hosting is cheaper from V* = g·hourly·24/a requests a day on (later where an added replica lets the API win again), and only if one replica at full peak load is cheaper a request, g·hourly·k/(3600·X) < a; else never at this concurrency."),
        ("Own vs rent", "months after which buying the fleet's GPUs beats renting them: P / ((rent − power − maintenance)·730)."),
    ]

    public static let source = "Method: Zhuang et al., \"Beyond Benchmarks: The Economics of AI Inference\", arXiv 2510.26136."
}
