import Foundation
import ArgumentParser
import FrontierCore
import FrontierData
import FrontierTUI

extension SortKey: ExpressibleByArgument {}

/// The scenario: what the dashboard's sliders set. A scenario file (`--scenario`) sets
/// the same; an option given on the command line wins over the file.
struct ScenarioOptions: ParsableArguments {
    @Option(name: .customLong("scenario"), help: ArgumentHelp("Read the scenario from this TOML file (README, Scenario files); options given here win over it. Repeated, the dashboard loads each with the keys 1–9; the other commands read the first.", valueName: "file"))
    var files: [String] = []

    @Option(help: ArgumentHelp("Write the scenario the command ran with to this TOML file.", valueName: "file"))
    var saveScenario: String?

    @Option(help: ArgumentHelp("Concurrency to compare models at, interpolated between measured levels (default: the level in most models' optimal zone).", valueName: "c"))
    var concurrency: Double?

    @Option(help: ArgumentHelp("Where setups are compared: best (each at its cheapest measured concurrency meeting the SLO and the budget) or a concurrency (all at it).", valueName: "best|c"))
    var at: String?

    @Option(help: ArgumentHelp("Budget for the whole workload, in US dollars.", valueName: "usd"))
    var budget: Double?

    @Option(help: ArgumentHelp("Requests in the workload (default: the dataset's workload).", valueName: "n"))
    var requests: Int?

    @Option(name: .customLong("slo-ttft"), help: ArgumentHelp("Largest acceptable mean time to first token, ms.", valueName: "ms"))
    var sloTTFT: Double?

    @Option(help: ArgumentHelp("Latency SLOs a setup must all meet: METRIC-STATISTIC=MS, comma-separated; METRIC ttft|tpot|itl|e2e, STATISTIC mean|p50|p90|p95|p99 (e.g. ttft-p99=2000,tpot-mean=50). A setup whose data lacks the statistic is excluded.", valueName: "list"))
    var slo: String?

    @Option(help: ArgumentHelp("Largest share of failed requests a setup may have and be ranked, 0–1 (1 accepts any; default: \(Format.number(Scenario.defaultMaxErrorRate, decimals: 2))).", valueName: "fraction"))
    var maxErrorRate: Double?

    @Option(help: ArgumentHelp("The workload shape whose setups are compared, as input→output tokens: 1k→128, 1k->128 or 1024x128 (default: the shape with the most runs; only for data measured at several).", valueName: "shape"))
    var shape: String?

    @Option(help: ArgumentHelp("Ranking order (default: quality).", valueName: "key"))
    var sort: SortKey?

    @Option(help: ArgumentHelp("Quality metric (default: the dataset's).", valueName: "name"))
    var metric: String?

    @Option(help: ArgumentHelp("Optimal-zone tolerance over the minimum cost, as a fraction (default: \(Format.number(Principles.defaultZoneTolerance, decimals: 2))).", valueName: "fraction"))
    var zoneTolerance: Double?

    @Option(help: ArgumentHelp("GPU purchase price, $ (owned cost model).", valueName: "usd"))
    var gpuPrice: Double?

    @Option(help: ArgumentHelp("Depreciation period, years.", valueName: "years"))
    var years: Double?

    @Option(help: ArgumentHelp("Utilization, 0–1.", valueName: "u"))
    var utilization: Double?

    @Option(help: ArgumentHelp("Average power draw per GPU, kW.", valueName: "kw"))
    var powerKw: Double?

    @Option(help: ArgumentHelp("Data-centre PUE (≥ 1).", valueName: "pue"))
    var pue: Double?

    @Option(help: ArgumentHelp("Electricity price, $ per kWh.", valueName: "usd-per-kwh"))
    var electricity: Double?

    @Option(help: ArgumentHelp("Annual maintenance rate, fraction of the price.", valueName: "m"))
    var maintenance: Double?

    @Option(help: ArgumentHelp("Rent instead of own: $ per GPU-hour.", valueName: "usd"))
    var rental: Double?

    func validate() throws {
        if let concurrency, !(concurrency > 0 && concurrency.isFinite) { throw ValidationError("--concurrency must be a number > 0") }
        if let at, at != "best", !(Double(at).map { $0 > 0 && $0.isFinite } ?? false) {
            throw ValidationError("--at must be best or a concurrency > 0, not \"\(at)\"")
        }
        if let at, at != "best", concurrency != nil { throw ValidationError("give the concurrency once: --at \(at) or --concurrency, not both") }
        if let budget, !(budget > 0) { throw ValidationError("--budget must be a number of dollars > 0") }
        if let requests, requests < 1 { throw ValidationError("--requests must be at least 1") }
        if let sloTTFT, !(sloTTFT > 0) { throw ValidationError("--slo-ttft must be a number of ms > 0") }
        _ = try slos()
        if let maxErrorRate, !(maxErrorRate >= 0 && maxErrorRate <= 1) { throw ValidationError("--max-error-rate must be a fraction from 0 to 1, such as 0.05") }
        if let zoneTolerance, !(zoneTolerance >= 0) { throw ValidationError("--zone-tolerance must be a fraction ≥ 0, such as 0.1") }
        let given = costValues
        for input in CostInput.allCases {
            if let value = given[input], !input.accepts(value) { throw ValidationError("\(input.option) must be \(input.expected)") }
        }
    }

    /// `--slo-ttft` (a mean-TTFT SLO) first, then `--slo`'s list; each statistic once.
    func slos() throws -> [LatencySLO] {
        do {
            let listed = try slo.map(LatencySLO.parseList) ?? []
            guard let sloTTFT else { return listed }
            if listed.contains(where: { $0.field == .meanTTFTms }) {
                throw ValidationError("give the mean TTFT SLO once: --slo-ttft \(Format.concurrency(sloTTFT)) or ttft-mean in --slo, not both")
            }
            return [.meanTTFT(sloTTFT)] + listed
        } catch let error as SLOParseError {
            throw ValidationError("--slo: \(error)")
        }
    }

    /// The cost inputs given, by input (`CostInput`).
    var costValues: [CostInput: Double] {
        let given: [CostInput: Double?] = [.gpuPrice: gpuPrice, .years: years, .utilization: utilization, .powerKW: powerKw,
                                           .pue: pue, .electricity: electricity, .maintenance: maintenance, .rental: rental]
        return given.compactMapValues { $0 }
    }

    var changesCost: Bool { !costValues.isEmpty }

    /// Where setups are compared when `--at` is not given: one concurrency for the report
    /// and the dashboard, each at its best for the plan.
    func operatingPoint(default point: OperatingPoint) -> OperatingPoint {
        switch at {
        case "best"?: .best
        case .some: .chosen
        case nil: point
        }
    }

    /// The scenario for `dataset`: the options given, then the scenario file's settings,
    /// then the defaults; cost options apply to `hardware`, or to the dataset's only
    /// profile, over the file's. Written to `--save-scenario` when given.
    /// The saved file carries the plan's volume and peak: `plan`'s options, else the file's.
    func scenario(for prepared: PreparedDataset, hardware: String?, point: OperatingPoint = .chosen, plan: PlanOptions? = nil) throws -> Scenario {
        let file = try firstFile()
        let scenario = try scenario(for: prepared, hardware: hardware, point: point, file: file)
        if let saveScenario {
            let saved = ScenarioFile(scenario, volume: plan?.volume ?? file.volume, peak: plan?.peak ?? file.peak)
            try writeAtomically(saved.text, to: saveScenario)
        }
        return scenario
    }

    /// The first scenario file, or none. Every file is read, so that one broken is said
    /// before anything runs.
    func firstFile() throws -> ScenarioFile {
        try files.map(Self.read).first ?? ScenarioFile()
    }

    /// The scenario with `file`'s settings under the options given.
    func scenario(for prepared: PreparedDataset, hardware: String?, point: OperatingPoint, file: ScenarioFile) throws -> Scenario {
        let dataset = prepared.dataset
        let listed = try slos()
        var scenario = Scenario(budget: budget ?? file.budget, requests: requests ?? file.requests,
                                slos: slo == nil && sloTTFT == nil ? file.slos ?? [] : listed,
                                metric: metric ?? file.metric, sortKey: sort ?? file.sort ?? .quality,
                                zoneTolerance: zoneTolerance ?? file.zoneTolerance ?? Principles.defaultZoneTolerance,
                                maxErrorRate: maxErrorRate ?? file.maxErrorRate ?? Scenario.defaultMaxErrorRate)
        if let text = shape ?? file.shape {
            do { scenario.shape = try prepared.shapes.find(text).text } catch {
                throw ValidationError(shape == nil ? "\(files.first ?? "the scenario file"): shape: \(error)" : "--shape \(text): \(error)")
            }
        } else {
            scenario.shape = prepared.shapes.mostMeasured?.text
        }
        scenario.concurrency = concurrency ?? at.flatMap(Double.init) ?? file.concurrency
            ?? prepared.compared(scenario).suggestedConcurrency(scenario) ?? scenario.concurrency
        scenario.operatingPoint = operatingPoint(default: file.operatingPoint ?? point)
        if let metric = scenario.metric, !dataset.metrics.contains(metric) {
            throw ValidationError("no model has a \"\(metric)\" score; metrics in the data: \(dataset.metrics.joined(separator: ", "))")
        }
        for (name, values) in file.costs {
            guard let profile = dataset.profile(named: name) else {
                throw ValidationError("\(files.first ?? "the scenario file"): [cost.\"\(name)\"]: no runs on this hardware; hardware in the data: \(dataset.hardware.map(\.name).joined(separator: ", "))")
            }
            guard let cost = profile.cost.setting(values) else {
                throw ValidationError("\(files.first ?? "the scenario file"): [cost.\"\(name)\"]: \(name) is costed as rented; give rental, or only the inputs of an owned GPU")
            }
            scenario.costOverrides[name] = cost
        }
        guard changesCost else { return scenario }
        let profile: HardwareProfile
        if let hardware {
            guard let named = dataset.profile(named: hardware) else {
                throw ValidationError("--hardware \(hardware): no runs on it; hardware in the data: \(dataset.hardware.map(\.name).joined(separator: ", "))")
            }
            profile = named
        } else if dataset.hardware.count == 1 {
            profile = dataset.hardware[0]
        } else {
            throw ValidationError("the data has several hardware profiles (\(dataset.hardware.map(\.name).joined(separator: ", "))); name the one the cost options apply to with --hardware")
        }
        scenario.costOverrides[profile.name] = try cost(from: scenario.profile(profile))
        return scenario
    }

    /// The dashboard's key `number`: scenario file `number` read again (an operator may edit
    /// it during a demo), under the options given; what is wrong with it, or that there is
    /// no such file, as the status line says it.
    func loading(_ number: Int, for session: Session, hardware: String?) -> Result<(Scenario, PlanSettings?, String), Dashboard.ReloadError> {
        guard number <= files.count else {
            return .failure(.init(files.isEmpty ? "no scenario files: --scenario FILE (repeated) gives the keys 1–9 theirs"
                                                : "no scenario file \(number): \(files.count) given with --scenario"))
        }
        let path = files[number - 1]
        do {
            let file = try ScenarioFile.load(path: path)
            let scenario = try scenario(for: session.prepared, hardware: hardware, point: session.state.scenario.operatingPoint, file: file)
            return .success((scenario, try Self.plan(file, over: session), "\(number) (\(path))"))
        } catch let error as ScenarioFileError {
            return .failure(.init("scenario \(number) not loaded: \(error)"))
        } catch let error as ValidationError {
            return .failure(.init("scenario \(number) not loaded: \(error.message)"))
        } catch {
            return .failure(.init("scenario \(number) not loaded: \(error)"))
        }
    }

    /// The Plan view's volume and peak with the file's over them; nil when it gives neither.
    private static func plan(_ file: ScenarioFile, over session: Session) throws -> PlanSettings? {
        guard file.volume != nil || file.peak != nil else { return nil }
        let current = session.state.plan
        var requestsPerDay = current.requestsPerDay
        if let volume = file.volume {
            let tokens = TokenMeans(session.prepared.dataset, shapes: session.prepared.shapes)
            do { requestsPerDay = try Volume.parse(volume).requestsPerDay(meanOutputTokens: tokens.workloadOutput) } catch {
                throw ValidationError("volume: \(error.description)")
            }
        }
        var plan = PlanSettings(requestsPerDay: requestsPerDay, peak: file.peak ?? current.peak)
        plan.slider = current.slider
        return plan
    }

    /// A scenario file, or exit 1 with what is wrong with it.
    static func read(_ path: String) throws -> ScenarioFile {
        do throws(ScenarioFileError) { return try ScenarioFile.load(path: path) } catch {
            Output.error("frontier: \(error)")
            throw ExitCode(1)
        }
    }

    private func cost(from profile: HardwareProfile) throws -> CostModel {
        guard let cost = profile.cost.setting(costValues) else {
            throw ValidationError("\(profile.name) is costed as rented; give --rental, or use a profile with an owned cost model")
        }
        return cost
    }
}
