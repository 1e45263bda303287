import FrontierCore

/// The top line: dataset, hardware and its hourly cost, workload shape, workload.
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
    /// The workload shape compared, which of how many (nil where the data varies none).
    var shape: (text: String, index: Int, count: Int)? = nil

    func render(into frame: inout Frame, area: Rect) {
        frame.canvas.fill(area, style: Style(.title, reverse: true))
        // The hourly cost before the workload's name, which may be long and is cut first.
        var parts = ["Frontier", dataset]
        if let profile {
            let hourly = profile.hourlyCost(gpus: gpus)
            parts.append("\(gpus)×\(profile.name) \(Format.dollars(hourly.total))/h"
                         + (hardwareCount > 1 ? " (\(hardwareIndex + 1) of \(hardwareCount), g: next)" : ""))
        }
        if let shape { parts.append("\(shape.text) (\(shape.index + 1) of \(shape.count), w: next)") }
        parts.append("\(Format.grouped(requests)) req of \(workload)")
        frame.canvas.write(" " + parts.joined(separator: " · "), in: area, style: Style(.title, bold: true, reverse: true))
    }
}
