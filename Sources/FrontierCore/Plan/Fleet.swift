import Foundation

/// The fleet that serves a daily volume at its peak, and what it costs a month.
///
/// Peak arrivals `λp = k·V / 86,400` req/s; one replica (a setup's `g` GPUs) serves `X`
/// req/s at its concurrency, so `R = ⌈λp / X⌉` replicas, `R·g` GPUs, fleet utilization
/// `V/86,400 / (R·X)`. The fleet is paid for every hour: `monthly = R·g·hourly·730`, and
/// per request `monthly / (V·30.4167)`.
///
/// ```swift
/// let fleet = Fleet(requestsPerDay: 2e6, peak: 2, requestThroughput: 10, gpusPerReplica: 2, gpuHourly: 1.5)
/// fleet.replicas   // ⌈2·2e6/86,400 / 10⌉ = ⌈4.63⌉ = 5
/// fleet.monthly    // 5·2·1.5·730 = $10,950
/// ```
public struct Fleet: Equatable, Sendable {
    public let requestsPerDay: Double
    public let replicas: Int
    public let gpus: Int
    /// The share of the fleet's capacity the average load uses (0…1).
    public let utilization: Double
    /// The whole fleet's dollars an hour.
    public let hourly: Double
    public let monthly: Double
    public let costPerRequest: Double
    /// Nil when the output tokens a request are not known.
    public let costPerMillionOutputTokens: Double?

    /// `gpuHourly` is one GPU's plan hourly cost (`CostModel.planHourlyPerGPU`); volume,
    /// peak and throughput are > 0.
    public init(requestsPerDay v: Double, peak k: Double, requestThroughput x: Double, gpusPerReplica g: Int,
                gpuHourly: Double, outputTokensPerRequest: Double? = nil) {
        requestsPerDay = v
        let peakRate = Self.peakRate(requestsPerDay: v, peak: k)
        // A whole replica count: a rate just over a multiple of X needs one more replica.
        let r = max(1, Int((peakRate / x).rounded(.up)))
        replicas = r
        gpus = r * g
        utilization = v / PlanCalendar.secondsPerDay / (Double(r) * x)
        hourly = Double(gpus) * gpuHourly
        monthly = hourly * PlanCalendar.hoursPerMonth
        let perRequest = monthly / (v * PlanCalendar.daysPerMonth)
        costPerRequest = perRequest
        costPerMillionOutputTokens = outputTokensPerRequest.flatMap { $0 > 0 ? perRequest / $0 * 1_000_000 : nil }
    }

    /// Peak arrival rate, req/s: `k·V / 86,400`.
    public static func peakRate(requestsPerDay v: Double, peak k: Double) -> Double {
        k * v / PlanCalendar.secondsPerDay
    }
}

extension CostModel {
    /// One GPU's hourly cost in a plan: owned, `P/(Y·8760) + P·m/8760 + kW·PUE·E` —
    /// depreciation is not divided by the utilization input, because the plan's fleet is
    /// paid for every hour and its utilization is an output; rented, the rate.
    public var planHourlyPerGPU: Double {
        switch self {
        case .owned(var gpu):
            gpu.utilization = 1
            return gpu.hourly.total
        case .rental(let rate): return rate
        }
    }
}
