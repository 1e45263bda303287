import FrontierCore

/// Reads a hardware entry: a preset to start from (optional) and the fields that change it.
enum HardwareReader {
    static let ownedKeys = ["price_usd", "years", "utilization", "power_kw", "pue", "electricity_usd_per_kwh", "maintenance_rate"]

    static func read(_ record: RecordReader, presets: [HardwareProfile], log: inout ProblemLog) -> HardwareProfile? {
        guard let profile = profile(record, presets: presets, log: &log) else { return nil }
        Plausibility.check(profile, at: record.location, log: &log)
        return profile
    }

    private static func profile(_ record: RecordReader, presets: [HardwareProfile], log: inout ProblemLog) -> HardwareProfile? {
        let before = log.problems.count
        guard let name = record.text("name", required: true, log: &log) else { return nil }
        var base: HardwareProfile?
        if let presetName = record.text("preset", log: &log) {
            base = HardwarePresets.named(presetName, in: presets)
            if base == nil {
                log.error(record.location, "preset", "unknown preset \(quoted(presetName)); expected one of \(presets.map(\.name).joined(separator: ", "))")
                return nil
            }
        }
        let costKind = record.text("cost", log: &log)
        if let costKind, costKind != "owned", costKind != "rental" {
            log.error(record.location, "cost", "expected \"owned\" or \"rental\", found \(quoted(costKind))")
        }
        let price = record.number("price_usd", .positive, log: &log)
        let years = record.number("years", .positive, log: &log)
        let utilization = record.number("utilization", .fraction, log: &log)
        let kW = record.number("power_kw", .nonNegative, log: &log)
        let pue = record.number("pue", .positive, log: &log)
        let electricity = record.number("electricity_usd_per_kwh", .nonNegative, log: &log)
        let maintenance = record.number("maintenance_rate", .nonNegative, log: &log)
        let rental = record.number("rental_usd_per_gpu_hour", .positive, log: &log)
        if let pue, pue < 1 { log.error(record.location, "pue", "expected a number ≥ 1, found \(JSONWriter.number(pue))") }
        guard log.problems.count == before else { return nil }

        let baseOwned: OwnedGPU? = if case .owned(let gpu)? = base?.cost { gpu } else { nil }
        var profile = base ?? HardwareProfile(name: name, gpuType: name, cost: .rental(0))
        profile.name = name
        profile.gpuType = record.text("gpu_type", log: &log) ?? profile.gpuType
        profile.source = record.text("source", log: &log) ?? profile.source
        profile.rentalPerGPUHour = rental ?? profile.rentalPerGPUHour

        // A rented preset stays rented unless the entry says "cost": "owned".
        let baseRate: Double? = if case .rental(let rate)? = base?.cost { rate } else { nil }
        if costKind == "rental" || (costKind == nil && baseRate != nil) {
            guard let rate = profile.rentalPerGPUHour ?? baseRate else {
                log.error(record.location, "rental_usd_per_gpu_hour", "missing; a rental profile needs its rate in $ per GPU-hour")
                return nil
            }
            profile.cost = .rental(rate)
            return profile
        }
        let fields = [price ?? baseOwned?.price, years ?? baseOwned?.years, utilization ?? baseOwned?.utilization,
                      kW ?? baseOwned?.powerKW, pue ?? baseOwned?.pue, electricity ?? baseOwned?.electricityPerKWh,
                      maintenance ?? baseOwned?.maintenanceRate]
        let missing = zip(ownedKeys, fields).filter { $0.1 == nil }.map(\.0)
        if !missing.isEmpty {
            if costKind == nil, base == nil, let rate = rental, missing.count == ownedKeys.count {
                profile.cost = .rental(rate)   // only a rate given: a rental profile
                return profile
            }
            log.error(record.location, missing[0],
                      "missing; an owned profile without a preset needs \(missing.joined(separator: ", ")) (or \"cost\": \"rental\" with rental_usd_per_gpu_hour)")
            return nil
        }
        profile.cost = .owned(OwnedGPU(price: fields[0]!, years: fields[1]!, utilization: fields[2]!, powerKW: fields[3]!,
                                       pue: fields[4]!, electricityPerKWh: fields[5]!, maintenanceRate: fields[6]!))
        return profile
    }

    /// The entry as written by Frontier: complete, with no preset, so it reads back the same.
    static func json(_ profile: HardwareProfile) -> JSONValue {
        var members: [JSONValue.Member] = [.init("name", .string(profile.name)), .init("gpu_type", .string(profile.gpuType))]
        switch profile.cost {
        case .owned(let gpu):
            members.append(.init("cost", .string("owned")))
            let values = [gpu.price, gpu.years, gpu.utilization, gpu.powerKW, gpu.pue, gpu.electricityPerKWh, gpu.maintenanceRate]
            members += zip(ownedKeys, values).map { .init($0, .number($1)) }
            if let rental = profile.rentalPerGPUHour { members.append(.init("rental_usd_per_gpu_hour", .number(rental))) }
        case .rental(let rate):
            members.append(.init("cost", .string("rental")))
            members.append(.init("rental_usd_per_gpu_hour", .number(rate)))
        }
        if let source = profile.source { members.append(.init("source", .string(source))) }
        return .object(members)
    }
}
