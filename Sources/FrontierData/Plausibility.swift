import FrontierCore

/// The ranges an input plausibly falls in. A value outside is not an error (a new GPU, a
/// strange unit), but one so far out that it is more likely a typo, and one that can make
/// a cost overflow: validation says so in a sentence. The bounds are generous: a tenth or
/// ten times the most extreme real value.
enum Plausibility {
    struct Bound {
        let range: ClosedRange<Double>
        /// What the value is, for the sentence: "a GPU's average power draw".
        let what: String
        let unit: String
    }

    static let hardware: [String: Bound] = [
        "price_usd": Bound(range: 10...10_000_000, what: "a GPU's purchase price", unit: "$"),
        "years": Bound(range: 0.1...50, what: "a depreciation period", unit: "years"),
        "utilization": Bound(range: 0.001...1, what: "a utilization", unit: ""),
        "power_kw": Bound(range: 0...100, what: "a GPU's average power draw", unit: "kW"),
        "pue": Bound(range: 1...10, what: "a data centre's PUE", unit: ""),
        "electricity_usd_per_kwh": Bound(range: 0...100, what: "an electricity price", unit: "$ per kWh"),
        "maintenance_rate": Bound(range: 0...10, what: "an annual maintenance rate", unit: "of the price"),
        "rental_usd_per_gpu_hour": Bound(range: 0.001...10_000, what: "a rental price", unit: "$ per GPU-hour"),
    ]

    /// In the order a run's figures are checked; a list, not a table: every run of a
    /// million is checked, and hashing the fields cost more than the checks.
    static let run: [(field: RunField, bound: Bound)] = [
        (.requestThroughput, Bound(range: 1e-6...1e7, what: "a request throughput", unit: "req/s")),
        (.outputTokensPerS, Bound(range: 1e-3...1e9, what: "an output token throughput", unit: "tok/s")),
        (.totalTokensPerS, Bound(range: 1e-3...1e10, what: "a total token throughput", unit: "tok/s")),
        (.durationS, Bound(range: 1e-3...1e9, what: "a run's duration", unit: "s")),
    ]

    /// Warns about each cost input of `profile` outside its plausible range, and about an
    /// hourly cost that is not a finite number.
    static func check(_ profile: HardwareProfile, at location: String, log: inout ProblemLog) {
        switch profile.cost {
        case .owned(let gpu):
            let values = [gpu.price, gpu.years, gpu.utilization, gpu.powerKW, gpu.pue, gpu.electricityPerKWh, gpu.maintenanceRate]
            for (key, value) in zip(HardwareReader.ownedKeys, values) {
                warn(value, hardware[key]!, at: location, field: key, log: &log)
            }
        case .rental(let rate):
            warn(rate, hardware["rental_usd_per_gpu_hour"]!, at: location, field: "rental_usd_per_gpu_hour", log: &log)
        }
        let hourly = profile.cost.perGPUHour.total
        if Checked.positive(hourly) == nil || Checked.positive(hourly * Double(OwnedGPU.hoursPerYear)) == nil {
            log.warning(location, nil, "\(quoted(profile.name)) costs \(Format.dollars(hourly)) per GPU-hour, which is not a usable number: its runs cannot be costed and are left out of every ranking and plot")
        }
    }

    /// Warns about each of a run's throughput and duration figures outside its plausible range.
    /// The location is made only for a warning: a million plausible runs build no strings.
    static func check(_ run: Run, at location: @autoclosure () -> String, log: inout ProblemLog) {
        for (field, bound) in Self.run {
            if let value = run[field] { warn(value, bound, at: location(), field: field.key, log: &log) }
        }
    }

    private static func warn(_ value: Double, _ bound: Bound, at location: @autoclosure () -> String, field: String, log: inout ProblemLog) {
        guard !bound.range.contains(value) else { return }
        let side = value > bound.range.upperBound ? "above" : "below"
        let limit = value > bound.range.upperBound ? bound.range.upperBound : bound.range.lowerBound
        let unit = bound.unit.isEmpty ? "" : " " + bound.unit
        log.warning(location(), field, "\(JSONWriter.number(value))\(unit) is \(side) any plausible value for \(bound.what) (\(JSONWriter.number(limit))\(unit)); check the figure and its unit — costs computed from it may be meaningless")
    }
}
