import FrontierCore

extension PlanReport {
    /// The stable JSON plan (README, "frontier plan"). Money in dollars, volumes a day.
    public func json() -> JSONValue {
        let (head, tail) = jsonMembers()
        return .object(head + [.init("plan", .array(plan.rows.map(rowJSON)))] + tail)
    }

    /// The JSON plan as text, each planned setup written as it is made: the rows of a
    /// hundred thousand setups are never all in memory as values.
    func jsonBytes() -> [UInt8] {
        let (head, tail) = jsonMembers()
        return JSONWriter.bytes(object: head, then: "plan", count: plan.rows.count, tail: tail) { rowJSON(plan.rows[$0]) }
    }

    /// The members before `plan` and after it.
    private func jsonMembers() -> (head: [JSONValue.Member], tail: [JSONValue.Member]) {
        let s = analysis.scenario
        let head = JSONValue.members([
            "frontier_plan": .number(1),
            "dataset": .string(dataset.name),
            "scenario": .object([
                "volume_requests_per_day": .number(plan.requestsPerDay),
                "peak_factor": .number(plan.peak),
                "peak_requests_per_s": .number(Fleet.peakRate(requestsPerDay: plan.requestsPerDay, peak: plan.peak)),
                "hours_per_month": .number(PlanCalendar.hoursPerMonth),
                "days_per_month": .number(PlanCalendar.daysPerMonth),
                "shape": analysis.shape.map { .string($0.text) },
                "operating_point": .string(s.operatingPoint.rawValue),
                "concurrency": s.operatingPoint == .chosen ? .number(s.concurrency) : .null,
                "slos": s.slos.json,
                "max_error_rate": .number(s.maxErrorRate),
                "budget_usd": .optional(s.budget),
            ]),
        ])
        let tail = JSONValue.members([
            "not_planned": .array(plan.unplanned.map { i in
                .object(["name": .string(analysis.entries[i].label), "reason": .optional(analysis.entries[i].exclusion?.description)])
            }),
            "api": .array(plan.apis.map { api in
                .object([
                    "name": .string(api.name),
                    "input_usd_per_million": .number(api.inputPerMillion),
                    "output_usd_per_million": .number(api.outputPerMillion),
                    "source": .optional(api.source),
                ])
            }),
        ])
        return (head, tail)
    }

    func rowJSON(_ row: PlanRow) -> JSONValue {
        .object([
            "name": .string(row.label),
            "model": .string(row.configuration.model),
            "hardware": .string(row.configuration.hardware),
            "gpus_per_replica": .number(Double(row.configuration.gpus)),
            "concurrency": .number(row.concurrency),
            "request_throughput": .number(row.requestThroughput),
            "replicas": .number(Double(row.fleet.replicas)),
            "gpus": .number(Double(row.fleet.gpus)),
            "utilization": .number(row.fleet.utilization),
            "cost_model": .string(row.owned ? "owned" : "rental"),
            "gpu_hourly_usd": .number(row.gpuHourly),
            "hourly_usd": .number(row.fleet.hourly),
            "monthly_usd": .number(row.fleet.monthly),
            "cost_per_request_usd": .number(row.fleet.costPerRequest),
            "cost_per_million_output_tokens_usd": .optional(row.fleet.costPerMillionOutputTokens),
            "mean_input_tokens": .optional(row.inputTokens),
            "mean_output_tokens": .optional(row.outputTokens),
            "own_vs_rent_months": .optional(row.ownVersusRentMonths),
            "vs_api": .array(row.vsAPI.map { comparison in
                .object([
                    "name": .string(comparison.name),
                    "cost_per_request_usd": .optional(comparison.costPerRequest),
                    "monthly_usd": .optional(comparison.monthly),
                    "break_even_requests_per_day": .optional(comparison.breakEvenRequestsPerDay),
                ])
            }),
        ])
    }

    /// One row per setup and API (a setup without APIs: one row, the API columns empty).
    public func csv() -> String {
        let header = ["name", "model", "hardware", "gpus_per_replica", "concurrency", "request_throughput", "replicas", "gpus",
                      "utilization", "hourly_usd", "monthly_usd", "cost_per_request_usd", "cost_per_million_output_tokens_usd",
                      "own_vs_rent_months", "api", "api_cost_per_request_usd", "api_monthly_usd", "break_even_requests_per_day"]
        func number(_ v: Double?) -> String { v.map(JSONWriter.number) ?? "" }
        var rows: [[String]] = []
        for row in plan.rows {
            let setup = [row.label, row.configuration.model, row.configuration.hardware, String(row.configuration.gpus),
                         number(row.concurrency), number(row.requestThroughput), String(row.fleet.replicas), String(row.fleet.gpus),
                         number(row.fleet.utilization), number(row.fleet.hourly), number(row.fleet.monthly),
                         number(row.fleet.costPerRequest), number(row.fleet.costPerMillionOutputTokens), number(row.ownVersusRentMonths)]
            if row.vsAPI.isEmpty { rows.append(setup + ["", "", "", ""]) }
            for c in row.vsAPI {
                rows.append(setup + [c.name, number(c.costPerRequest), number(c.monthly),
                                     c.costPerRequest == nil ? "" : c.breakEvenRequestsPerDay.map(JSONWriter.number) ?? "never"])
            }
        }
        return ([header] + rows).map { $0.map(Report.csvField).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
}
