import Foundation
import FrontierCore

/// The Plan view's inputs: the daily volume and the peak factor.
public struct PlanSettings: Equatable, Sendable {
    public var requestsPerDay: Double
    public var peak: Double
    public var slider: PlanSlider = .volume

    public static let defaultVolume = 1_000_000.0

    public init(requestsPerDay: Double = defaultVolume, peak: Double = Plan.defaultPeak) {
        self.requestsPerDay = min(PlanSlider.volumeRange.upperBound, max(PlanSlider.volumeRange.lowerBound, requestsPerDay))
        self.peak = min(PlanSlider.peakRange.upperBound, max(PlanSlider.peakRange.lowerBound, peak))
    }
}

/// A slider of the Plan view: volume on a log scale, 1k–1G requests a day; peak factor 1–10.
public enum PlanSlider: String, CaseIterable, Sendable {
    case volume, peak

    static let volumeRange = 1e3...1e9
    static let peakRange = 1.0...10

    public var title: String {
        switch self {
        case .volume: "Volume"
        case .peak: "Peak ×"
        }
    }

    func value(_ plan: PlanSettings) -> Double {
        self == .volume ? plan.requestsPerDay : plan.peak
    }

    public func label(_ plan: PlanSettings) -> String {
        switch self {
        case .volume: Self.volume(plan.requestsPerDay) + "/day"
        case .peak: Format.number(plan.peak, decimals: 2)
        }
    }

    /// A daily volume in short form: 950, 12k, 2.5M, 1G.
    static func volume(_ v: Double) -> String {
        for (scale, suffix) in [(1e9, "G"), (1e6, "M"), (1e3, "k")] where v >= scale * 0.9995 {
            return Format.significant(v / scale, digits: v / scale >= 100 ? 3 : 2).replacingTrailingZeros + suffix
        }
        return Format.number(v, decimals: 0)
    }

    /// Where the value sits on the track, 0…1.
    public func position(_ plan: PlanSettings) -> Double {
        switch self {
        case .volume: ((log(plan.requestsPerDay) - log(Self.volumeRange.lowerBound))
            / (log(Self.volumeRange.upperBound) - log(Self.volumeRange.lowerBound))).clamped
        case .peak: ((plan.peak - Self.peakRange.lowerBound) / (Self.peakRange.upperBound - Self.peakRange.lowerBound)).clamped
        }
    }

    /// One step in `direction` (±1): the volume along 1-1.2-1.5-…-8 (coarse 1-2-5) per decade,
    /// the peak by 0.25 (coarse 1).
    func stepped(_ plan: PlanSettings, direction: Int, coarse: Bool) -> Double {
        switch self {
        case .volume:
            let ladder = SliderKind.niceLadder(Self.volumeRange, perDecade: coarse ? 3 : 12)
            return SliderKind.step(plan.requestsPerDay, on: ladder, direction: direction, openTop: false) ?? plan.requestsPerDay
        case .peak:
            let step = coarse ? 1.0 : 0.25
            let next = ((plan.peak + Double(direction) * step) / step).rounded() * step
            return min(Self.peakRange.upperBound, max(Self.peakRange.lowerBound, next))
        }
    }

    /// The value at a fraction of the track (a click or drag).
    func value(atFraction f: Double) -> Double {
        let f = f.clamped
        switch self {
        case .volume:
            let (low, high) = (Self.volumeRange.lowerBound, Self.volumeRange.upperBound)
            return f == 0 ? low : f == 1 ? high : exp(log(low) + f * (log(high) - log(low))).rounded()
        case .peak:
            return ((Self.peakRange.lowerBound + f * (Self.peakRange.upperBound - Self.peakRange.lowerBound)) / 0.25).rounded() * 0.25
        }
    }

    func set(_ value: Double, in plan: inout PlanSettings) {
        switch self {
        case .volume: plan.requestsPerDay = value
        case .peak: plan.peak = value
        }
    }
}

extension String {
    /// "2.0" → "2", "2.50" → "2.5"; whole numbers untouched.
    var replacingTrailingZeros: String {
        guard contains(".") else { return self }
        var s = Substring(self)
        while s.last == "0" { s.removeLast() }
        if s.last == "." { s.removeLast() }
        return String(s)
    }
}
