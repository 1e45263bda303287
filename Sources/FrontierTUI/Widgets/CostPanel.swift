import FrontierCore

/// The hourly cost of the hardware the cost sliders edit, by component.
struct CostPanel: Widget {
    /// The profile the cost sliders edit, with the scenario's changes.
    let profile: HardwareProfile
    let gpus: Int
    let ascii: Bool

    func render(into frame: inout Frame, area: Rect) {
        let inner = frame.canvas.box(area, title: "Cost · \(profile.name)", ascii: ascii)
        let b = profile.cost.perGPUHour
        var lines: [(String, String)] = b.rental > 0
            ? [("rental", Format.dollars(b.rental))]
            : [("depreciation", Format.dollars(b.depreciation)), ("power", Format.dollars(b.power)), ("maintenance", Format.dollars(b.maintenance))]
        lines.append(("per GPU-hour", Format.dollars(b.total)))
        lines.append(("× \(gpus) GPU\(gpus == 1 ? "" : "s")", Format.dollars(b.total * Double(gpus)) + "/h"))
        for (i, (name, value)) in lines.enumerated() where i < inner.height {
            let last = i == lines.count - 1
            frame.canvas.write(name, x: inner.x + 1, y: inner.y + i, style: Style(last ? .text : .muted, bold: last))
            frame.canvas.write(value, in: Rect(x: inner.x, y: inner.y + i, width: inner.width - 1, height: 1),
                         style: Style(.accent, bold: last), alignRight: true)
        }
    }
}

extension Analysis {
    /// The GPU count of the first configuration on `hardware` (1 when none): the setup
    /// whose hourly cost the title bar and the cost panel show.
    func gpus(on hardware: String) -> Int {
        entries.first { $0.configuration.hardware == hardware }?.configuration.gpus ?? 1
    }
}
