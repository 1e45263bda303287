import Foundation
import FrontierCore

/// A slider: which scenario input it sets, how it steps, and how its value reads. A cost
/// input's slider reads its title, track, steps and label from `CostInput`.
public enum SliderKind: Hashable, Sendable, CaseIterable {
    case concurrency, budget, requests, sloTTFT
    case cost(CostInput)

    public static var allCases: [SliderKind] { [.concurrency, .budget, .requests, .sloTTFT] + CostInput.allCases.map(cost) }

    public var title: String {
        switch self {
        case .concurrency: "Concurrency"
        case .budget: "Budget"
        case .requests: "Requests"
        case .sloTTFT: "TTFT SLO"
        case .cost(let input): input.sliderTitle ?? input.title
        }
    }

    /// The cost input the slider sets, if it sets one.
    public var costInput: CostInput? {
        if case .cost(let input) = self { input } else { nil }
    }

    /// The slider's value in `state`, as a number (nil: "none", the open end).
    func value(_ state: State) -> Double? {
        switch self {
        case .concurrency: state.scenario.concurrency
        case .budget: state.scenario.budget
        case .requests: Double(state.scenario.requests ?? state.data.requests)
        case .sloTTFT: state.scenario.sloTTFTms
        case .cost(let input): state.costProfile.flatMap { input.value(in: $0.cost) }
        }
    }

    /// The value as shown, with units.
    public func label(_ state: State) -> String {
        let v = value(state)
        switch self {
        case .concurrency: return Format.concurrency(v ?? 1)
        case .budget: return v.map(Format.dollars) ?? "none"
        case .requests: return Format.grouped(Checked.int(v ?? 0) ?? 0) + " req"
        case .sloTTFT: return v.map(Format.milliseconds) ?? "none"
        case .cost(let input): return v.map(input.label) ?? "—"
        }
    }

    /// Where the value sits on the track, 0…1 (the open end "none" at 1). `costs` is the
    /// span of workload costs the budget slider covers (`Derived.costs`).
    public func position(_ state: State, costs: ClosedRange<Double>) -> Double {
        let r = range(state, costs: costs)
        guard let v = value(state) else { return 1 }
        if logScale {
            return ((log(v) - log(r.lowerBound)) / (log(r.upperBound) - log(r.lowerBound))).clamped
        }
        return ((v - r.lowerBound) / (r.upperBound - r.lowerBound)).clamped
    }

    var logScale: Bool { costInput == nil }

    /// The track's span.
    func range(_ state: State, costs: ClosedRange<Double>) -> ClosedRange<Double> {
        switch self {
        case .concurrency:
            let levels = state.data.levels
            return (levels.first ?? 1)...max(levels.last ?? 1, (levels.first ?? 1) * 2)
        case .budget:
            let low = max(0.001, costs.lowerBound / 2)
            return low...max(low * 2, costs.upperBound * 2)
        case .requests: return 100...1_000_000
        case .sloTTFT: return 50...60_000
        case .cost(let input): return input.range
        }
    }

    /// The next value one step in `direction` (±1); nil means "none" (no limit).
    func stepped(_ state: State, costs: ClosedRange<Double>, direction: Int, coarse: Bool) -> Double? {
        let v = value(state)
        switch self {
        case .concurrency:
            return Self.concurrencyStep(from: v ?? 1, levels: state.data.levels, direction: direction, coarse: coarse)
        case .budget:
            let ladder = Self.niceLadder(range(state, costs: costs), perDecade: coarse ? 3 : 12)
            return Self.step(v, on: ladder, direction: direction, openTop: true)
        case .requests:
            let ladder = Self.niceLadder(range(state, costs: costs), perDecade: coarse ? 3 : 12).map { $0.rounded() }
            return Self.step(v, on: ladder, direction: direction, openTop: false)
        case .sloTTFT:
            let ladder: [Double] = [50, 100, 150, 200, 300, 500, 750, 1000, 1500, 2000, 3000, 5000, 10_000, 20_000, 30_000, 60_000]
            return Self.step(v, on: coarse ? ladder.enumerated().filter { $0.offset % 3 == 0 }.map(\.element) : ladder,
                             direction: direction, openTop: true)
        case .cost(let input):
            guard let v else { return nil }
            let (fine, big) = input.step
            let r = range(state, costs: costs)
            let next = ((v + Double(direction) * (coarse ? big : fine)) / fine).rounded() * fine
            return min(r.upperBound, max(r.lowerBound, next))
        }
    }

    /// The value at a fraction of the track (a click).
    func value(atFraction f: Double, _ state: State, costs: ClosedRange<Double>) -> Double? {
        let r = range(state, costs: costs)
        let f = f.clamped
        if [.budget, .sloTTFT].contains(self) && f >= 0.98 { return nil }
        // The ends are the bounds exactly: exp(log(x)) can miss by a rounding step, and
        // concurrency 128.00000000000003 would read "128.0" and match no measured level.
        let raw = f == 0 ? r.lowerBound : f == 1 ? r.upperBound
            : logScale ? exp(log(r.lowerBound) + f * (log(r.upperBound) - log(r.lowerBound)))
            : r.lowerBound + f * (r.upperBound - r.lowerBound)
        return self == .requests ? raw.rounded() : raw
    }

    /// Concurrency steps through the measured levels and the geometric midpoints between
    /// them; a coarse step goes to the next measured level.
    static func concurrencyStep(from c: Double, levels: [Double], direction: Int, coarse: Bool) -> Double {
        guard !levels.isEmpty else { return c }
        var stops = levels
        if !coarse { stops += zip(levels, levels.dropFirst()).map { ($0 * $1).squareRoot() } }
        stops.sort()
        return step(c, on: stops, direction: direction, openTop: false) ?? c
    }

    /// The next stop on a ladder from `v`; with `openTop`, past the top is nil ("none") and
    /// down from nil is the top stop.
    static func step(_ v: Double?, on ladder: [Double], direction: Int, openTop: Bool) -> Double? {
        guard let first = ladder.first, let last = ladder.last else { return v }
        guard let v else { return direction < 0 ? last : nil }
        let epsilon = 1e-9 * max(1, abs(v))
        if direction > 0 {
            if let next = ladder.first(where: { $0 > v + epsilon }) { return next }
            return openTop ? nil : last
        }
        return ladder.last(where: { $0 < v - epsilon }) ?? first
    }

    /// 1, 2, 5-style values across a range: `perDecade` 3 gives 1, 2, 5; 12 gives
    /// 1, 1.2, 1.5, 1.8, 2, 2.5, 3, 3.5, 4, 5, 6, 8. The decades are counted, never
    /// multiplied up to the range's end: a range reaching past 1e307 would make that
    /// product infinite and the loop endless. Each ladder has at most `maxDecades` decades.
    static func niceLadder(_ range: ClosedRange<Double>, perDecade: Int) -> [Double] {
        let mantissas: [Double] = perDecade <= 3 ? [1, 2, 5] : [1, 1.2, 1.5, 1.8, 2, 2.5, 3, 3.5, 4, 5, 6, 8]
        let exponents = -maxExponent...maxExponent
        let first = Checked.int(floor(log10(range.lowerBound)), clampedTo: exponents)
        let last = min(Checked.int(ceil(log10(range.upperBound)), clampedTo: exponents), first + maxDecades)
        var values: [Double] = []
        for exponent in first...max(first, last) {
            let decade = pow(10, Double(exponent))
            for m in mantissas {
                let v = m * decade
                if v.isFinite && v >= range.lowerBound * 0.999 && v <= range.upperBound * 1.001 { values.append(v) }
            }
        }
        return values
    }

    /// The widest ladder: more decades than any slider's range spans in use.
    static let maxDecades = 40
    /// Powers of ten a ladder may reach (a Double holds about 10^±308).
    static let maxExponent = 308
}

extension Double {
    var clamped: Double { Swift.min(1, Swift.max(0, self)) }
}
