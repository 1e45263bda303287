import FrontierCore

extension Report {
    /// The stable JSON report (README, "JSON report") as a value: its text read back, so that
    /// its members are defined once, where they are written. Money in dollars, times in ms.
    public func json() -> JSONValue {
        do { return try JSONParser.parse(bytes(.json)) } catch { preconditionFailure("the JSON report does not read back: \(error)") }
    }

    /// The JSON report as text handed to `sink` in pieces of about `piece` bytes, each setup
    /// written straight into the text: a million setups are never all in memory, as values or as text.
    func writeJSON<E: Error>(piece: Int, to sink: ([UInt8]) throws(E) -> Void) throws(E) {
        guard case .object(let head) = jsonHead() else { return }
        let entries = ordered
        try JSONWriter.write(object: head, then: "models", count: entries.count, pretty: !options.compact, piece: piece,
                             writing: { k, out, indent in writeModel(at: entries[k], to: &out, indent: indent) }, to: sink)
        if options.compact { try sink([0x0A]) }
    }

    /// One line of compact JSON per setup, the members of `models[]` in the JSON report.
    func writeNDJSON<E: Error>(piece: Int, to sink: ([UInt8]) throws(E) -> Void) throws(E) {
        let entries = ordered
        try JSONWriter.lines(count: entries.count, piece: piece, writing: { k, out in writeModel(at: entries[k], to: &out, indent: nil) },
                             to: sink)
    }

    /// Every member of the report but `models`.
    private func jsonHead() -> JSONValue {
        let s = analysis.scenario
        let setups = self.setups   // a look at every entry: once
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

    /// The figures of one setup, members of its `models[]` object.
    func writeFigures(_ e: Entry, to out: inout JSONWriter.Output) {
        out.member("name", e.label)
        out.member("model", e.configuration.model)
        out.member("hardware", e.configuration.hardware)
        out.member("gpus", Double(e.configuration.gpus))
        if let shape = e.configuration.shape { out.member("shape", shape.text) }
        out.member("hourly_usd", e.hourly.total)
        out.member("quality", e.quality)
        out.member("concurrency", e.point.concurrency)
        out.member("clamped", e.point.isClamped)
        out.member("workload_cost_usd", e.point.workloadCost)
        out.member("cost_per_request_usd", e.point.costPerRequest)
        out.member("cost_per_million_output_tokens_usd", e.point.costPerMillionOutputTokens)
        out.member("mean_ttft_ms", e.point.meanTTFTms)
        out.member("output_tokens_per_s", e.point.outputTokensPerS)
        out.member("request_throughput", e.point.requestThroughput)
        out.member("failure_rate", e.point.failureRate)
        out.member("on_frontier", e.onFrontier)
        out.member("efficiency", e.efficiency)
        out.member("frontier_gap", e.gap) { gap, g in
            gap.member("cost_excess", g.costExcess)
            gap.member("quality_gap", g.qualityGap)
        }
        out.member("rank", e.rank.map { Double($0) })
        out.member("excluded_reason", e.exclusion?.description)
        out.member("zone", e.zone) { zone, z in
            zone.member("low", z.low)
            zone.member("high", z.high)
            zone.member("knee", z.knee)
        }
        out.member("marginal_cost_diminishes", e.marginalCostDiminishes)
        out.member("saturation_concurrency", e.saturation)
        guard showsCurves else { return }
        out.member("curve")
        out.array(count: e.curve.count, indent: out.valueIndent) { k, curve, indent in
            let p = e.curve[k]
            curve.object(indent: indent) { point in
                point.member("concurrency", p.concurrency)
                point.member("workload_cost_usd", p.estimate.workloadCost)
                point.member("cost_per_request_usd", p.estimate.costPerRequest)
                point.member("request_throughput", p.estimate.requestThroughput)
                point.member("output_tokens_per_s", p.estimate.outputTokensPerS)
                point.member("mean_ttft_ms", p.estimate.meanTTFTms)
                point.member("failure_rate", p.estimate.failureRate)
                point.member("marginal_saving_usd", p.marginalSaving)
                point.member("elasticity", p.elasticity)
                point.member("meets_slo", p.meetsSLO)
            }
        }
    }
}
