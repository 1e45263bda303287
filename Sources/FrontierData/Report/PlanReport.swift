import FrontierCore

/// What `frontier plan` prints: for a volume, each setup's fleet and month, set against
/// hosted APIs — as text, Markdown, JSON or CSV.
public struct PlanReport: Sendable {
    public let dataset: Dataset
    public let analysis: Analysis
    public let plan: Plan
    /// At most this many setups in the text and Markdown tables (and as many not planned):
    /// nil for all. JSON and CSV list every one.
    public let top: Int?

    public init(dataset: Dataset, analysis: Analysis, plan: Plan, top: Int? = nil) {
        self.dataset = dataset
        self.analysis = analysis
        self.plan = plan
        self.top = top
    }

    /// The planned setups the tables show, cheapest first.
    var shownRows: ArraySlice<PlanRow> { plan.rows.prefix(top ?? plan.rows.count) }
    var shownUnplanned: ArraySlice<Int> { plan.unplanned.prefix(top ?? plan.unplanned.count) }

    public func render(_ format: ReportFormat) -> String {
        switch format {
        case .text: Block.text(blocks())
        case .markdown: Block.markdown(blocks())
        case .csv: csv()
        case .json, .ndjson: String(decoding: bytes(format), as: UTF8.self)
        }
    }

    /// The plan as UTF-8 bytes: a JSON plan is written out as it was built, without a copy
    /// as a string.
    public func bytes(_ format: ReportFormat) -> [UInt8] {
        switch format {
        case .json: jsonBytes()
        // One planned setup a line, as in `plan[]`.
        case .ndjson: JSONWriter.lines(count: plan.rows.count) { rowJSON(plan.rows[$0]) }
        case .text, .markdown, .csv: Array(render(format).utf8)
        }
    }

    /// "each at its best" or "at concurrency 16".
    var operatingPoint: String {
        analysis.scenario.operatingPoint == .best
            ? "each setup at its cheapest measured concurrency meeting the SLO and the budget"
            : "every setup at concurrency \(Format.concurrency(analysis.scenario.concurrency))"
    }

    func blocks() -> [Block] {
        let v = plan.requestsPerDay
        var blocks: [Block] = [.title("Frontier plan — \(dataset.name)")]
        blocks.append(.fields([
            ("Volume", "\(Format.grouped(Int(v.rounded()))) requests a day; peak ×\(Format.number(plan.peak, decimals: 2)) = \(Format.number(Fleet.peakRate(requestsPerDay: v, peak: plan.peak), decimals: 1)) req/s"),
            ("Month", "\(Format.number(PlanCalendar.hoursPerMonth, decimals: 0)) h (\(Format.number(PlanCalendar.daysPerMonth, decimals: 4)) days): \(Format.grouped(Int((v * PlanCalendar.daysPerMonth).rounded()))) requests"),
            ("Setups", operatingPoint),
            ("SLO", analysis.scenario.slos.summary),
            ("Failures", "at most \(FailureRate.text(analysis.scenario.maxErrorRate)) of requests; costs count successful requests only"),
        ] + (analysis.shape.map { [("Shape", Report.shapeLine($0, of: analysis.shapes))] } ?? [])))

        blocks.append(.heading("Fleet for \(Format.grouped(Int(v.rounded()))) requests a day, cheapest month first"))
        var fleet = Table([("Setup", .left), ("c", .right), ("req/s", .right), ("Repl", .right), ("GPUs", .right),
                           ("Util", .right), ("$/month", .right), ("$/request", .right), ("$/1M out", .right)])
        for row in shownRows {
            fleet.add([row.label, Format.concurrency(row.concurrency), Format.significant(row.requestThroughput, digits: 3),
                       Format.grouped(row.fleet.replicas), Format.grouped(row.fleet.gpus), Format.percent(row.fleet.utilization),
                       Format.dollars(row.fleet.monthly), Format.dollars(row.fleet.costPerRequest),
                       row.fleet.costPerMillionOutputTokens.map(Format.dollars) ?? "—"])
        }
        blocks.append(plan.rows.isEmpty ? .paragraph("No setup meets the SLO and the budget.") : .table(fleet))
        blocks.append(.paragraph("c = the concurrency each replica runs at; req/s = one replica's throughput there; Repl = replicas for the peak; Util = the average load's share of the fleet's capacity. The fleet is paid for every hour of the month: see `frontier plan --help` for how this differs from the workload cost."))
        let unshown = (plan.rows.count - shownRows.count, plan.unplanned.count - shownUnplanned.count)
        if unshown != (0, 0) {
            blocks.append(.paragraph("Not shown: \(Format.grouped(unshown.0)) more planned and \(Format.grouped(unshown.1)) more not planned setups (--top N shows more; --format json or csv lists every one)."))
        }
        if !plan.unplanned.isEmpty {
            var left = Table([("Not planned", .left), ("Reason", .left)])
            for i in shownUnplanned { left.add([analysis.entries[i].label, analysis.entries[i].exclusion?.description ?? ""]) }
            blocks.append(.table(left))
        }

        if !plan.apis.isEmpty && !plan.rows.isEmpty {
            blocks.append(.heading("Against hosted APIs, at each setup's mean input and output tokens"))
            var api = Table([("Setup", .left), ("API", .left), ("API $/req", .right), ("API $/month", .right),
                             ("Self-host from", .right)])
            for row in shownRows {
                for comparison in row.vsAPI {
                    api.add([row.label, comparison.name, comparison.costPerRequest.map(Format.dollars) ?? "—",
                             comparison.monthly.map(Format.dollars) ?? "—", breakEven(comparison)])
                }
            }
            blocks.append(.table(api))
            blocks.append(.paragraph("Self-host from = the daily volume from which the fleet costs less than the API at every larger volume; \"never\" when one replica at full peak load costs no less a request than the API; \"—\" when the runs state no mean input or output tokens."))
        }

        let byModel = Dictionary(grouping: shownRows, by: \.configuration.model).filter { $0.value.count > 1 }
        if !byModel.isEmpty {
            blocks.append(.heading("Same model, several setups"))
            var side = Table([("Model", .left), ("Setup", .left), ("c", .right), ("GPUs", .right), ("$/month", .right),
                              ("× cheapest", .right)])
            for model in byModel.keys.sorted() {
                let rows = byModel[model]!
                for row in rows {
                    side.add([model, row.configuration.hardwareLabel, Format.concurrency(row.concurrency), Format.grouped(row.fleet.gpus),
                              Format.dollars(row.fleet.monthly), Format.number(row.fleet.monthly / rows[0].fleet.monthly, decimals: 2)])
                }
            }
            blocks.append(.table(side))
        }

        let hardware = Set(plan.rows.map(\.configuration.hardware)).sorted()
        if !hardware.isEmpty {
            blocks.append(.heading("Own or rent"))
            var own = Table([("Hardware", .left), ("Paid", .left), ("$/GPU-h", .right), ("Rent $/GPU-h", .right),
                             ("Buying beats renting after", .right)])
            for name in hardware {
                let row = plan.rows.first { $0.configuration.hardware == name }!
                let rent = analysis.hardware.first { $0.name == name }?.rentalPerGPUHour
                own.add([name, row.owned ? "owned" : "rented", Format.dollars(row.gpuHourly),
                         row.owned ? rent.map(Format.dollars) ?? "—" : Format.dollars(row.gpuHourly),
                         row.ownVersusRentMonths.map { Format.number($0, decimals: 1) + " months" } ?? "—"])
            }
            blocks.append(.table(own))
            blocks.append(.paragraph("$/GPU-h = one GPU's hour in the plan (owned: depreciation P/(Y·8760), not divided by the utilization, + power + maintenance). \"—\": no purchase price or rental rate to compare, or renting costs no more than running."))
        }

        if !plan.apis.isEmpty {
            blocks.append(.heading("API prices"))
            if plan.apis.contains(where: { $0.source != nil }) {
                blocks.append(.paragraph("The presets are sample list prices as quoted by the pages named, on the dates given, not checked against the providers' own pages: check them before deciding."))
            }
            for api in plan.apis {
                blocks.append(.paragraph("\(api.name): \(Format.dollars(api.inputPerMillion)) per 1M input, \(Format.dollars(api.outputPerMillion)) per 1M output tokens — \(api.source ?? "given on the command line")."))
            }
        }
        return blocks
    }

    func breakEven(_ comparison: APIComparison) -> String {
        guard comparison.costPerRequest != nil else { return "—" }
        return comparison.breakEvenRequestsPerDay.map { Format.grouped(Int($0.rounded(.up))) + "/day" } ?? "never"
    }
}
