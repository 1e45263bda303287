import Foundation
import Testing
@testable import FrontierCore

/// `Format.fixed` writes what `String(format: "%.Nf")` writes, without going through C.
@Suite struct FormatFixedTests {
    @Test func matchesPrintfOnRandomValues() {
        var rng = SplitMix64(seed: 21)
        for _ in 0..<50_000 {
            let value = (rng.bool() ? -1 : 1) * rng.unit() * Double(sign: .plus, exponent: rng.int(60) - 30, significand: 1)
            let decimals = rng.int(7)
            #expect(Format.fixed(value, decimals: decimals) == String(format: "%.\(decimals)f", value), "\(value), \(decimals)")
        }
    }

    @Test func tiesAndEdgesMatchPrintf() {
        let values: [Double] = [0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 1.015, 2.675, 999.5, 0.049_999_999, 1e9, 1e15,
                                123_456_789.987, -0.001, 9.995, 0.09995, 1e-7]
        for value in values {
            for decimals in 0...4 {
                #expect(Format.fixed(value, decimals: decimals) == String(format: "%.\(decimals)f", value), "\(value), \(decimals)")
            }
        }
    }

    @Test func significantDigitsAsBefore() {
        #expect(Format.significant(0.000_113_602, digits: 3) == "0.000114")
        #expect(Format.significant(123_456, digits: 3) == "123456")
        #expect(Format.significant(-0.0456, digits: 2) == "-0.046")
        #expect(Format.significant(99.96, digits: 3) == "100")
    }
}
