/// When self-hosting beats an API, and when buying beats renting.
public enum BreakEven {
    /// One replica at full peak load, per request: `g·hourly·k / (3600·X)` — the least a
    /// request can cost on this setup at this concurrency, however large the volume.
    public static func perRequestAtFullLoad(gpusPerReplica g: Int, gpuHourly h: Double, peak k: Double,
                                            requestThroughput x: Double) -> Double {
        Double(g) * h * k / (3600 * x)
    }

    /// The daily volume from which self-hosting costs less than the API (`a` dollars a
    /// request) at every larger volume; nil ("never at this concurrency") when one replica
    /// at full peak load is no cheaper than the API per request.
    ///
    /// One replica's month equals the API's at `V₁ = g·hourly·24 / a`. Each further replica
    /// (`R`) covers up to `C = 86,400·X / k` more requests a day and costs as much as `V₁`
    /// of API volume, so the API wins again from `(R−1)·C` up to `R·V₁` while `R·V₁ >
    /// (R−1)·C`, that is for `R < C / (C − V₁)`. The break-even is the end of the last such
    /// stretch, `R_last·V₁`; when one replica at full load costs at most half the API a
    /// request, `R_last = 1` and it is `V₁`.
    public static func requestsPerDay(againstAPI a: Double, gpusPerReplica g: Int, gpuHourly h: Double,
                                      peak k: Double, requestThroughput x: Double) -> Double? {
        guard a > 0, perRequestAtFullLoad(gpusPerReplica: g, gpuHourly: h, peak: k, requestThroughput: x) < a else {
            return nil
        }
        let v1 = Double(g) * h * 24 / a
        let capacity = PlanCalendar.secondsPerDay * x / k
        let lastReplicas = max(1, (capacity / (capacity - v1)).rounded(.up) - 1)
        return v1 * lastReplicas
    }

    /// Months after which buying a GPU (price `P` up front, then power and maintenance)
    /// costs less than renting it at `rental` dollars an hour: `P / ((rental − running)·730)`.
    /// Nil when renting costs no more than running an owned GPU. The same for a whole fleet.
    public static func ownVersusRentMonths(_ gpu: OwnedGPU, rentalPerGPUHour rental: Double) -> Double? {
        let saving = rental - gpu.powerPerHour - gpu.maintenancePerHour
        guard saving > 0 else { return nil }
        return gpu.price / (saving * PlanCalendar.hoursPerMonth)
    }
}
