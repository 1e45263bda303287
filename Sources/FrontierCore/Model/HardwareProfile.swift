/// A GPU type and what one GPU of it costs per hour, owned or rented.
///
/// ```swift
/// let a800 = HardwareProfile(name: "A800-80G", gpuType: "NVIDIA A800 80GB",
///     cost: .owned(OwnedGPU(price: 15_000, years: 4, utilization: 0.75,
///                           powerKW: 0.4, pue: 1.2, electricityPerKWh: 0.10, maintenanceRate: 0.10)))
/// a800.hourlyCost(gpus: 2).total   // ≈ 1.58 $/h
/// ```
public struct HardwareProfile: Equatable, Sendable {
    public var name: String
    public var gpuType: String
    public var cost: CostModel
    /// A rental rate to compare with, even when the profile is costed as owned.
    public var rentalPerGPUHour: Double?
    /// Where the figures come from, or that they are assumed.
    public var source: String?

    public init(name: String, gpuType: String, cost: CostModel, rentalPerGPUHour: Double? = nil, source: String? = nil) {
        self.name = name
        self.gpuType = gpuType
        self.cost = cost
        self.rentalPerGPUHour = rentalPerGPUHour
        self.source = source
    }

    /// Hourly cost of `gpus` GPUs of this profile, with the per-GPU breakdown.
    public func hourlyCost(gpus: Int) -> HourlyCost {
        HourlyCost(perGPU: cost.perGPUHour, gpus: gpus)
    }
}

/// How one GPU is paid for.
public enum CostModel: Equatable, Sendable {
    case owned(OwnedGPU)
    /// Dollars per GPU-hour.
    case rental(Double)

    public var perGPUHour: CostBreakdown {
        switch self {
        case .owned(let gpu): gpu.hourly
        case .rental(let rate): CostBreakdown(rental: rate)
        }
    }
}
