import Foundation

/// The cost inputs of a hardware profile, each defined once: where it sits on the cost
/// model, its unit, the values it may take, its plausible range and its step. The
/// dashboard's sliders, the command line's cost options, the scenario's override merge
/// and the sensitivity analysis all read this table.
///
/// ```swift
/// let a800 = CostModel.owned(OwnedGPU(price: 15_000, years: 4, utilization: 0.75, powerKW: 0.4,
///                                     pue: 1.2, electricityPerKWh: 0.10, maintenanceRate: 0.10))
/// CostInput.electricity.value(in: a800)                    // 0.10
/// CostInput.electricity.setting(0.2, in: a800)?.perGPUHour  // power doubles
/// CostInput.rental.value(in: a800)                         // nil: not a rented GPU
/// ```
public enum CostInput: String, CaseIterable, Sendable {
    case gpuPrice = "gpu_price", years, utilization, powerKW = "power_kw", pue, electricity, maintenance, rental

    /// Where the input sits on an owned GPU; nil for the rental rate, which is the whole
    /// cost of a rented GPU.
    public var keyPath: WritableKeyPath<OwnedGPU, Double>? {
        switch self {
        case .gpuPrice: \.price
        case .years: \.years
        case .utilization: \.utilization
        case .powerKW: \.powerKW
        case .pue: \.pue
        case .electricity: \.electricityPerKWh
        case .maintenance: \.maintenanceRate
        case .rental: nil
        }
    }

    public var title: String {
        switch self {
        case .gpuPrice: "GPU price"
        case .years: "Depreciation"
        case .utilization: "Utilization"
        case .powerKW: "Power"
        case .pue: "PUE"
        case .electricity: "Electricity"
        case .maintenance: "Maintenance"
        case .rental: "Rental"
        }
    }

    /// The dashboard slider's label (at most 11 columns), nil for an input set only on the
    /// command line: power and maintenance, so that at 80×24 the ranking keeps its rows.
    public var sliderTitle: String? {
        switch self {
        case .gpuPrice: "GPU price"
        case .years: "Deprec."
        case .utilization: "Utilization"
        case .pue: "PUE"
        case .electricity: "Electricity"
        case .rental: "Rental"
        case .powerKW, .maintenance: nil
        }
    }

    public var unit: String {
        switch self {
        case .gpuPrice: "$"
        case .years: "years"
        case .utilization: "fraction of hours"
        case .powerKW: "kW per GPU"
        case .pue: "ratio ≥ 1"
        case .electricity: "$/kWh"
        case .maintenance: "fraction of the price a year"
        case .rental: "$ per GPU-hour"
        }
    }

    /// The command-line option that sets it.
    public var option: String { "--" + rawValue.replacingOccurrences(of: "_", with: "-") }

    /// The values it may take: a price, a period and a rate above zero, a utilization in
    /// (0, 1], a PUE of at least 1, the rest at least 0.
    public var domain: (lower: Double, lowerOpen: Bool, upper: Double) {
        switch self {
        case .gpuPrice, .years, .rental: (0, true, .infinity)
        case .utilization: (0, true, 1)
        case .pue: (1, false, .infinity)
        case .powerKW, .electricity, .maintenance: (0, false, .infinity)
        }
    }

    public func accepts(_ value: Double) -> Bool {
        let d = domain
        return (d.lowerOpen ? value > d.lower : value >= d.lower) && value <= d.upper
    }

    /// What `accepts` asks for, for error messages.
    public var expected: String {
        let d = domain
        if d.upper.isFinite { return "in (\(Format.number(d.lower, decimals: 0)), \(Format.number(d.upper, decimals: 0))]" }
        return (d.lowerOpen ? "> " : "≥ ") + Format.number(d.lower, decimals: 0)
    }

    /// The nearest value it may take (a moved utilization stops at 1, a PUE at 1).
    public func clamped(_ value: Double) -> Double {
        min(domain.upper, max(domain.lower, value))
    }

    /// Where a value plausibly lies: a slider's track.
    public var range: ClosedRange<Double> {
        switch self {
        case .gpuPrice: 1_000...100_000
        case .years: 1...10
        case .utilization: 0.05...1
        case .powerKW: 0.05...2
        case .pue: 1...3
        case .electricity: 0...0.5
        case .maintenance: 0...0.5
        case .rental: 0.1...20
        }
    }

    /// A slider's fine and coarse steps.
    public var step: (fine: Double, coarse: Double) {
        switch self {
        case .gpuPrice: (500, 5000)
        case .years: (0.5, 1)
        case .utilization: (0.05, 0.2)
        case .powerKW: (0.05, 0.25)
        case .pue: (0.05, 0.25)
        case .electricity: (0.01, 0.05)
        case .maintenance: (0.01, 0.05)
        case .rental: (0.1, 1)
        }
    }

    /// A value as shown, with its unit.
    public func label(_ value: Double) -> String {
        switch self {
        case .gpuPrice: Format.dollars(value)
        case .years: Format.number(value, decimals: 1) + " y"
        case .utilization, .maintenance: Format.percent(value)
        case .powerKW: Format.number(value, decimals: 2) + " kW"
        case .pue: Format.number(value, decimals: 2)
        case .electricity: Format.dollars(value) + "/kWh"
        case .rental: Format.dollars(value) + "/h"
        }
    }

    /// The inputs a cost model has: an owned GPU's seven, or a rented one's rate.
    public static func inputs(of cost: CostModel) -> [CostInput] {
        switch cost {
        case .owned: allCases.filter { $0.keyPath != nil }
        case .rental: [.rental]
        }
    }

    /// Its value in a cost model; nil when the model has no such input.
    public func value(in cost: CostModel) -> Double? {
        switch (cost, keyPath) {
        case (.owned(let gpu), let path?): gpu[keyPath: path]
        case (.rental(let rate), nil): rate
        default: nil
        }
    }

    /// The cost model with this input at `value`: the one place a cost input is changed.
    /// The rental rate turns an owned GPU into a rented one; an owned GPU's input on a
    /// rented GPU is nil (it has no price, years, … to keep).
    public func setting(_ value: Double, in cost: CostModel) -> CostModel? {
        switch (cost, keyPath) {
        case (.owned(var gpu), let path?):
            gpu[keyPath: path] = value
            return .owned(gpu)
        case (_, nil): return .rental(value)
        case (.rental, _?): return nil
        }
    }
}

extension CostModel {
    /// The cost model with several inputs changed at once (`CostInput.setting`), or nil when
    /// one of them does not apply to it.
    public func setting(_ values: [CostInput: Double]) -> CostModel? {
        var cost = self
        // The rental rate first: it replaces the whole model, so an owned input given with it is dropped.
        if let rate = values[.rental] { return .rental(rate) }
        for input in CostInput.allCases {
            guard let value = values[input] else { continue }
            guard let changed = input.setting(value, in: cost) else { return nil }
            cost = changed
        }
        return cost
    }
}

extension Scenario {
    /// A hardware profile with the scenario's cost override applied: the one place
    /// overrides are merged.
    public func profile(_ profile: HardwareProfile) -> HardwareProfile {
        var profile = profile
        if let cost = costOverrides[profile.name] { profile.cost = cost }
        return profile
    }
}
