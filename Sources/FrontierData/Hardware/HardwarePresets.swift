import FrontierCore

/// Built-in hardware profiles. Prices are for one GPU. Where no sourced figure is known
/// the value is an assumption, and the profile's `source` says so.
public enum HardwarePresets {
    public static let builtIn: [HardwareProfile] = [
        profile("A800-80G", "NVIDIA A800 80GB", price: 15_000, years: 4, utilization: 0.75, kW: 0.40, pue: 1.2,
                electricity: 0.10, maintenance: 0.10, rental: 2.82,
                source: "values chosen by Frontier (not the paper's, which are unpublished) so that one GPU costs "
                    + "$0.79/h, the figure of arXiv 2510.26136; rental $2.82/h is the low end of the cloud range it quotes"),
        profile("A100-80G", "NVIDIA A100 80GB SXM", price: 15_000, years: 4, utilization: 0.75, kW: 0.40, pue: 1.2,
                electricity: 0.10, maintenance: 0.05, rental: 1.79, source: assumed),
        profile("H100-80G", "NVIDIA H100 80GB SXM", price: 30_000, years: 4, utilization: 0.75, kW: 0.70, pue: 1.2,
                electricity: 0.10, maintenance: 0.05, rental: 2.99, source: assumed),
        profile("H100-PCIe", "NVIDIA H100 80GB PCIe", price: 25_000, years: 4, utilization: 0.75, kW: 0.35, pue: 1.2,
                electricity: 0.10, maintenance: 0.05, rental: 2.49, source: assumed),
        profile("H200", "NVIDIA H200 141GB", price: 35_000, years: 4, utilization: 0.75, kW: 0.70, pue: 1.2,
                electricity: 0.10, maintenance: 0.05, rental: 3.79, source: assumed),
        profile("B200", "NVIDIA B200 180GB", price: 45_000, years: 4, utilization: 0.75, kW: 1.00, pue: 1.2,
                electricity: 0.10, maintenance: 0.05, rental: 5.99, source: assumed),
        profile("L40S", "NVIDIA L40S 48GB", price: 9_000, years: 4, utilization: 0.75, kW: 0.35, pue: 1.2,
                electricity: 0.10, maintenance: 0.05, rental: 0.99, source: assumed),
        profile("MI300X", "AMD Instinct MI300X 192GB", price: 20_000, years: 4, utilization: 0.75, kW: 0.75, pue: 1.2,
                electricity: 0.10, maintenance: 0.05, rental: 2.49, source: assumed),
    ]

    static let assumed = "assumed: round figures in the range of public list prices and on-demand rates seen in "
        + "2025, not a quote; set your own with a hardware entry or the cost sliders"

    private static func profile(_ name: String, _ gpuType: String, price: Double, years: Double, utilization: Double,
                                kW: Double, pue: Double, electricity: Double, maintenance: Double, rental: Double,
                                source: String) -> HardwareProfile {
        HardwareProfile(
            name: name, gpuType: gpuType,
            cost: .owned(OwnedGPU(price: price, years: years, utilization: utilization, powerKW: kW, pue: pue,
                                  electricityPerKWh: electricity, maintenanceRate: maintenance)),
            rentalPerGPUHour: rental, source: source)
    }

    /// The profile a name stands for, in any case or spelling of `HardwareName.aliases`.
    public static func named(_ name: String, in catalog: [HardwareProfile] = builtIn) -> HardwareProfile? {
        HardwareName.resolve(name, in: catalog)
    }
}
