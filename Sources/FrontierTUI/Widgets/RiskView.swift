import FrontierCore

/// `x`, beside the sliders: the selected setup's tornado (`TornadoChart`) over what flips
/// first place and the setup's 95 % intervals (`NoteList`). The robustness shares go under
/// the sliders (`ShareBars`, drawn by `render`).
struct RiskView: Widget {
    let risk: RiskFigures
    /// The selected setup's label and the concurrency it is costed at; nil with none selected.
    let setup: (label: String, concurrency: Double)?
    let ascii: Bool

    func render(into frame: inout Frame, area: Rect) {
        frame.canvas.fill(area)
        guard let sensitivity = risk.sensitivity else {
            let inner = frame.canvas.box(area, title: "Risk · x or Esc: back", style: Style(.focus), ascii: ascii)
            let why = setup.map { "\($0.label): its cost cannot be computed, so nothing moves it." } ?? "No setup selected: Tab, then ↑↓ select one."
            NoteList(notes: [(why, Style(.muted))], ascii: ascii).render(into: &frame, area: inner)
            return
        }
        let at = setup.map { " at c=\(Format.concurrency($0.concurrency))" } ?? ""
        let tornadoHeight = min(sensitivity.bars.count + 3, max(4, area.height / 2))
        let (top, bottom) = area.splitTop(tornadoHeight)
        let swing = "×\(Format.number(1 - sensitivity.swing, decimals: 2))–×\(Format.number(1 + sensitivity.swing, decimals: 2))"
        let inner = frame.canvas.box(top, title: "Risk · \(sensitivity.label)\(at) · each input \(swing) · x: back",
                               style: Style(.focus), ascii: ascii)
        TornadoChart(bars: sensitivity.bars, baseUSD: sensitivity.baseUSD, ascii: ascii).render(into: &frame, area: inner)
        let notesInner = frame.canvas.box(bottom, title: "Flip points (×0.25–×4) · intervals", ascii: ascii)
        NoteList(notes: notes(sensitivity), ascii: ascii).render(into: &frame, area: notesInner)
    }

    private func notes(_ sensitivity: Sensitivity) -> [(text: String, style: Style)] {
        var notes = sensitivity.flips.map { (text: sensitivity.sentence($0), style: Style(.text)) }
        if sensitivity.flips.isEmpty {
            notes.append(("\(sensitivity.leader ?? "No setup") stays first whatever one input does within ×0.25–×4.", Style(.good)))
        } else if !sensitivity.unflipped.isEmpty {
            notes.append(("None in range: \(sensitivity.unflipped.map(\.title).joined(separator: ", ")).", Style(.muted)))
        }
        let intervals = risk.intervals
        let parts = [("cost", intervals?.workloadCost, { TornadoChart.usd($0) }),
                     ("throughput", intervals?.requestThroughput, { Format.significant($0, digits: 3) + " req/s" }),
                     ("mean TTFT", intervals?.meanTTFTms, Format.milliseconds)]
            .compactMap { name, interval, format in
                interval.map { "\(name) \(format($0.low))–\(format($0.high)) (\($0.method.rawValue), \(Format.grouped($0.samples)) samples)" }
            }
        if parts.isEmpty {
            notes.append(("No 95 % intervals: one measurement a point (repeated runs or per-request records give them).", Style(.muted)))
        } else {
            notes.append(("95 % intervals: " + parts.joined(separator: "; ") + ".", Style(.accent)))
        }
        if !risk.tiedWith.isEmpty {
            notes.append(("Tied for first with \(risk.tiedWith.joined(separator: ", ")): their cost intervals overlap.", Style(.warning)))
        }
        return notes
    }
}
