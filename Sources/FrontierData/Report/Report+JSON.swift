import FrontierCore

extension Report {
    /// The stable JSON report (README, "JSON report"). Money in dollars, times in ms.
    public func json() -> JSONValue {
        guard case .object(let head) = jsonHead() else { return .null }
        return .object(head + [.init("models", .array(ordered.map { modelJSON(at: $0) }))])
    }

    /// The JSON report as text handed to `sink` in pieces of about `piece` bytes, each setup
    /// written as it is made: a million setups are never all in memory, as values or as text.
    func writeJSON<E: Error>(piece: Int, to sink: ([UInt8]) throws(E) -> Void) throws(E) {
        guard case .object(let head) = jsonHead() else { return }
        let entries = ordered
        try JSONWriter.write(object: head, then: "models", count: entries.count, pretty: !options.compact, piece: piece,
                             item: { modelJSON(at: entries[$0]) }, to: sink)
        if options.compact { try sink([0x0A]) }
    }

    /// One line of compact JSON per setup, the members of `models[]` in the JSON report.
    func writeNDJSON<E: Error>(piece: Int, to sink: ([UInt8]) throws(E) -> Void) throws(E) {
        let entries = ordered
        try JSONWriter.lines(count: entries.count, piece: piece, item: { modelJSON(at: entries[$0]) }, to: sink)
    }

    /// Every member of the report but `models`.
    private func jsonHead() -> JSONValue {
        let s = analysis.scenario
        let head: JSONValue = .object([
            "frontier_report": .number(1),
            "dataset": .string(dataset.name),
            "scenario": .object([
                "concurrency": .number(s.concurrency),
                "budget_usd": .optional(s.budget),
                "requests": .number(Double(analysis.requests)),
                "workload": .string(dataset.workload.name),
                "shape": analysis.shape.map { .string($0.text) },
                "slos": s.slos.json,
                "max_error_rate": .number(s.maxErrorRate),
                "costs_count": .string("successful requests"),
                "metric": .optional(analysis.metric),
                "sort": .string(s.sortKey.rawValue),
                "zone_tolerance": .number(s.zoneTolerance),
                "filter": options.filter.map { .string($0) },
                "marked": options.marked.isEmpty ? nil : .array(options.marked.map { .string($0) }),
            ]),
            "hardware": setups.first.map { hardwareJSON($0.profile, gpus: $0.gpus) } ?? .null,
            "hardware_setups": .array(setups.map { hardwareJSON($0.profile, gpus: $0.gpus) }),
            "frontier": .array(analysis.frontier.map { .string(analysis.entries[$0].label) }),
            "frontier_all_levels": .array(analysis.globalFrontier.map { point in
                .object([
                    "name": .string(analysis.entries[point.entry].label),
                    "concurrency": .number(point.concurrency),
                    "workload_cost_usd": .number(point.workloadCost),
                    "quality": .number(point.quality),
                ])
            }),
        ])
        guard case .object(var members) = head else { return head }
        if !notLoaded.isEmpty {
            members.append(.init("not_loaded", .array(notLoaded.map { problem in
                .object(["file": .string(problem.file), "message": .string(problem.detail)])
            })))
        }
        guard let robustness else { return .object(members) }
        return .object(members + [.init("robustness", .array(robustness.shares.map { share in
            .object(["name": .optional(share.label), "first_share": .number(share.share)])
        }))])
    }

    func hardwareJSON(_ profile: HardwareProfile, gpus: Int) -> JSONValue {
        let breakdown = profile.cost.perGPUHour
        let price: Double? = if case .owned(let gpu) = profile.cost { gpu.price } else { nil }
        return .object([
            "name": .string(profile.name),
            "gpu_type": .string(profile.gpuType),
            "gpus": .number(Double(gpus)),
            "cost_model": .string(price == nil ? "rental" : "owned"),
            "gpu_price_usd": .optional(price),
            "hourly_per_gpu_usd": .number(breakdown.total),
            "hourly_usd": .number(profile.hourlyCost(gpus: gpus).total),
            "breakdown": .object([
                "depreciation": .number(breakdown.depreciation),
                "power": .number(breakdown.power),
                "maintenance": .number(breakdown.maintenance),
                "rental": .number(breakdown.rental),
            ]),
            "source": .optional(profile.source),
        ])
    }

    func modelJSON(_ e: Entry) -> JSONValue {
        .object([
            "name": .string(e.label),
            "model": .string(e.configuration.model),
            "hardware": .string(e.configuration.hardware),
            "gpus": .number(Double(e.configuration.gpus)),
            "shape": e.configuration.shape.map { .string($0.text) },
            "hourly_usd": .number(e.hourly.total),
            "quality": .optional(e.quality),
            "concurrency": .number(e.point.concurrency),
            "clamped": .bool(e.point.isClamped),
            "workload_cost_usd": .number(e.point.workloadCost),
            "cost_per_request_usd": .number(e.point.costPerRequest),
            "cost_per_million_output_tokens_usd": .optional(e.point.costPerMillionOutputTokens),
            "mean_ttft_ms": .optional(e.point.meanTTFTms),
            "output_tokens_per_s": .optional(e.point.outputTokensPerS),
            "request_throughput": .number(e.point.requestThroughput),
            "failure_rate": .optional(e.point.failureRate),
            "on_frontier": .bool(e.onFrontier),
            "efficiency": .optional(e.efficiency),
            "frontier_gap": e.gap.map { .object(["cost_excess": .number($0.costExcess), "quality_gap": .number($0.qualityGap)]) } ?? .null,
            "rank": e.rank.map { .number(Double($0)) } ?? .null,
            "excluded_reason": .optional(e.exclusion?.description),
            "zone": e.zone.map { .object(["low": .number($0.low), "high": .number($0.high), "knee": .number($0.knee)]) } ?? .null,
            "marginal_cost_diminishes": e.marginalCostDiminishes.map(JSONValue.bool) ?? .null,
            "saturation_concurrency": .optional(e.saturation),
            "curve": !showsCurves ? nil : .array(e.curve.map { p in
                .object([
                    "concurrency": .number(p.concurrency),
                    "workload_cost_usd": .number(p.estimate.workloadCost),
                    "cost_per_request_usd": .number(p.estimate.costPerRequest),
                    "request_throughput": .number(p.estimate.requestThroughput),
                    "output_tokens_per_s": .optional(p.estimate.outputTokensPerS),
                    "mean_ttft_ms": .optional(p.estimate.meanTTFTms),
                    "failure_rate": .optional(p.estimate.failureRate),
                    "marginal_saving_usd": .optional(p.marginalSaving),
                    "elasticity": .optional(p.elasticity),
                    "meets_slo": .bool(p.meetsSLO),
                ])
            }),
        ])
    }
}
