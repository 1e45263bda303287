import Foundation
import FrontierCore

/// A logarithmic axis snapped outwards to nice values (1-2-5, 1-3 or whole decades) with
/// its ticks. Built only from finite positive values, so it never yields NaN.
struct LogScale: Equatable {
    let lo: Double
    let hi: Double
    let ticks: [Double]

    /// The scale for values in `low…high` (both finite and > 0) across `span` columns,
    /// with labels at least `labelGap` columns apart where possible.
    init(low: Double, high: Double, span: Int, labelGap: Int = 2) {
        // Absurd magnitudes are pinned so that no power of ten overflows.
        let (low, high) = (min(max(min(low, high), 1e-200), 1e200), min(max(max(low, high), 1e-200), 1e200))
        // Pad a little (a whole factor when all values are equal) so points sit inside.
        let decades = log10(high) - log10(low)
        let pad = decades > 0 ? pow(10, max(decades * 0.04, 0.02)) : pow(10, 0.15)
        let paddedLo = low / pad, paddedHi = high * pad
        var best: LogScale?
        var fallback: LogScale?
        for mantissas in [[1.0], [1, 3], [1, 2, 5]] {
            let candidate = LogScale(paddedLo, paddedHi, mantissas: mantissas)
            if fallback == nil { fallback = candidate }
            guard candidate.labelsFit(span: span, gap: labelGap) else { continue }
            // The tightest range wins; on a tie the coarser ticks (tried first).
            if best == nil || candidate.decades < best!.decades - 1e-9 {
                best = candidate
            }
        }
        self = best ?? fallback!
    }

    private init(_ low: Double, _ high: Double, mantissas: [Double]) {
        let first = Checked.int(floor(log10(low)), clampedTo: -300...300) - 1
        let last = Checked.int(ceil(log10(high)), clampedTo: -300...300) + 1
        var values: [Double] = []
        for exponent in first...last {
            for m in mantissas { values.append(Self.nice(m, exponent)) }
        }
        let lo = values.last { $0 <= low * (1 + 1e-12) } ?? values[0]
        let hi = values.first { $0 >= high * (1 - 1e-12) } ?? values[values.count - 1]
        self.lo = lo
        self.hi = hi
        ticks = values.filter { $0 >= lo && $0 <= hi }
    }

    /// m × 10^e, computed so that 0.3 comes out as 0.3 rather than 0.30000000000000004.
    private static func nice(_ m: Double, _ exponent: Int) -> Double {
        exponent >= 0 ? m * pow(10, Double(exponent)) : m / pow(10, Double(-exponent))
    }

    /// Decades from `lo` to `hi`.
    var decades: Double { log10(hi) - log10(lo) }

    /// Position 0…1 of a value; values outside are clamped.
    func fraction(_ value: Double) -> Double {
        guard value.isFinite, value > 0, hi > lo else { return 0.5 }
        let t = (log10(value) - log10(lo)) / (log10(hi) - log10(lo))
        return t.isFinite ? min(1, max(0, t)) : 0.5
    }

    /// Whether every tick's label fits between its neighbours.
    func labelsFit(span: Int, gap: Int) -> Bool {
        let widest = ticks.map { Self.label($0).count }.max() ?? 0
        let positions = ticks.map { Checked.int((fraction($0) * Double(max(0, span - 1))).rounded(), clampedTo: 0...max(0, span - 1)) }
        return zip(positions, positions.dropFirst()).allSatisfy { $1 - $0 >= widest + gap }
    }

    /// A tick's label: "$0.02", "$0.3", "$1", "$20", "$5k", "$1M"; "$2e-5" and "$3e12" for
    /// absurd magnitudes.
    static func label(_ value: Double) -> String {
        if value < 1e-3 || value >= 1e12 {
            let exponent = Checked.int(floor(log10(value) + 1e-9), clampedTo: -400...400)
            let mantissa = Checked.int((value / pow(10, Double(exponent))).rounded(), clampedTo: 0...10)
            return "$\(mantissa)e\(exponent)"
        }
        if value >= 1e9 { return "$" + Format.significant(value / 1e9, digits: 1) + "B" }
        if value >= 1e6 { return "$" + Format.significant(value / 1e6, digits: 1) + "M" }
        if value >= 1e3 { return "$" + Format.significant(value / 1e3, digits: 1) + "k" }
        return "$" + Format.significant(value, digits: 1)
    }
}

/// A linear axis snapped outwards to a nice step (1, 2 or 5 × 10^k) with its ticks.
struct LinearScale: Equatable {
    let lo: Double
    let hi: Double
    let step: Double
    let ticks: [Double]
    /// Decimals the tick labels need.
    let decimals: Int

    /// The scale for values in `low…high` (finite) with at most `maxIntervals` steps.
    init(low: Double, high: Double, maxIntervals: Int) {
        // Absurd magnitudes are pinned so that no step overflows.
        let (low, high) = (min(max(min(low, high), -1e100), 1e100), min(max(max(low, high), -1e100), 1e100))
        let spread = high - low
        // At least 1e-9 of padding, so that the step never underflows.
        let pad = max(1e-9, spread > 0 ? spread * 0.08 : (low != 0 ? abs(low) * 0.05 : 1))
        let paddedLo = low - pad, paddedHi = high + pad
        let intervals = max(1, maxIntervals)
        var exponent = Checked.int(floor(log10((paddedHi - paddedLo) / Double(intervals))), clampedTo: -300...300) - 1
        var chosen: (lo: Double, hi: Double, step: Double, exponent: Int)?
        // Bounded by the exponent, not by the data: a step of 10^310 is past any Double.
        while chosen == nil && exponent < 310 {
            for m in [1.0, 2, 5] {
                let step = exponent >= 0 ? m * pow(10, Double(exponent)) : m / pow(10, Double(-exponent))
                let lo = floor(paddedLo / step + 1e-9) * step
                let hi = ceil(paddedHi / step - 1e-9) * step
                if ((hi - lo) / step).rounded() <= Double(intervals) {
                    chosen = (lo, hi, step, exponent)
                    break
                }
            }
            exponent += 1
        }
        let (lo, hi, step, e) = chosen ?? (paddedLo, paddedHi, paddedHi - paddedLo, 0)
        self.lo = lo
        self.hi = hi
        self.step = step
        decimals = max(0, -e)
        let count = Checked.int(((hi - lo) / step).rounded(), clampedTo: 0...intervals)
        ticks = (0...count).map { lo + Double($0) * step }
    }

    /// Position 0…1 of a value from the bottom; values outside are clamped.
    func fraction(_ value: Double) -> Double {
        guard value.isFinite, hi > lo else { return 0.5 }
        let t = (value - lo) / (hi - lo)
        return t.isFinite ? min(1, max(0, t)) : 0.5
    }

    func label(_ value: Double) -> String {
        // No "-0" for a tick at zero reached through rounding.
        let text = Format.number(value, decimals: decimals)
        return Double(text) == 0 ? Format.number(0, decimals: decimals) : text
    }
}
