/// The paper's bare-metal cost model for one GPU (arXiv 2510.26136):
/// `depreciation = P / (Y·8760·u)`, `power = kW·PUE·E`, `maintenance = P·m / 8760`.
public struct OwnedGPU: Equatable, Sendable {
    /// Purchase price P, dollars.
    public var price: Double
    /// Depreciation period Y, years.
    public var years: Double
    /// Utilization u in (0, 1]: the share of hours the GPU does paid work.
    public var utilization: Double
    /// Average power draw, kW.
    public var powerKW: Double
    /// Data-centre power usage effectiveness (≥ 1).
    public var pue: Double
    /// Electricity price E, dollars per kWh.
    public var electricityPerKWh: Double
    /// Annual maintenance rate m, as a fraction of the price.
    public var maintenanceRate: Double

    public static let hoursPerYear = 8760.0

    public init(price: Double, years: Double, utilization: Double, powerKW: Double, pue: Double,
                electricityPerKWh: Double, maintenanceRate: Double) {
        self.price = price
        self.years = years
        self.utilization = utilization
        self.powerKW = powerKW
        self.pue = pue
        self.electricityPerKWh = electricityPerKWh
        self.maintenanceRate = maintenanceRate
    }

    /// Only depreciation is divided by utilization: idle hours still wear the asset's value
    /// away, while power and maintenance are paid by the hour either way.
    public var depreciationPerHour: Double { price / (years * Self.hoursPerYear * utilization) }
    public var powerPerHour: Double { powerKW * pue * electricityPerKWh }
    public var maintenancePerHour: Double { price * maintenanceRate / Self.hoursPerYear }

    public var hourly: CostBreakdown {
        CostBreakdown(depreciation: depreciationPerHour, power: powerPerHour, maintenance: maintenancePerHour, rental: 0)
    }
}

/// Dollars per GPU-hour, by component.
public struct CostBreakdown: Equatable, Sendable {
    public var depreciation: Double
    public var power: Double
    public var maintenance: Double
    public var rental: Double

    public init(depreciation: Double = 0, power: Double = 0, maintenance: Double = 0, rental: Double = 0) {
        self.depreciation = depreciation
        self.power = power
        self.maintenance = maintenance
        self.rental = rental
    }

    public var total: Double { depreciation + power + maintenance + rental }
}

/// The hourly cost of a profile: per-GPU breakdown × GPU count.
public struct HourlyCost: Equatable, Sendable {
    public var perGPU: CostBreakdown
    public var gpus: Int

    public var total: Double { perGPU.total * Double(gpus) }
}
