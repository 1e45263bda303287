import FrontierCore

/// The top line: dataset, workload, hardware and its hourly cost.
struct TitleBar: Widget {
    let dataset: String
    /// The profile the cost sliders edit (with the scenario's changes), if any, and its
    /// GPU count.
    let profile: HardwareProfile?
    let gpus: Int
    /// Which of how many profiles that is (the count is 1 with one profile).
    let hardwareIndex: Int
    let hardwareCount: Int
    let requests: Int
    let workload: String

    func render(into frame: inout Frame, area: Rect) {
        frame.canvas.fill(area, style: Style(.title, reverse: true))
        // The hourly cost before the workload's name, which may be long and is cut first.
        var parts = ["Frontier", dataset]
        if let profile {
            let hourly = profile.hourlyCost(gpus: gpus)
            parts.append("\(gpus)×\(profile.name) \(Format.dollars(hourly.total))/h"
                         + (hardwareCount > 1 ? " (\(hardwareIndex + 1) of \(hardwareCount), g: next)" : ""))
        }
        parts.append("\(Format.grouped(requests)) req of \(workload)")
        frame.canvas.write(" " + parts.joined(separator: " · "), in: area, style: Style(.title, bold: true, reverse: true))
    }
}
