import Testing
@testable import FrontierCore

/// The ways figures are written for people.
@Suite struct FormatTests {
    @Test func dollarsFromTenCentsUpHaveTwoDecimals() {
        #expect(Format.dollars(0.34) == "$0.34")
        #expect(Format.dollars(3.47) == "$3.47")
        #expect(Format.dollars(0.1) == "$0.10")
        #expect(Format.dollars(1) == "$1.00")
        #expect(Format.dollars(9999.99) == "$9999.99")
        #expect(Format.dollars(0.340_011) == "$0.34")   // the paper's test-set cost
    }

    @Test func dollarsBelowTenCentsHaveThreeSignificantDigits() {
        #expect(Format.dollars(0.0563) == "$0.0563")
        #expect(Format.dollars(0.000114) == "$0.000114")
        #expect(Format.dollars(0.000_113_602) == "$0.000114")
        #expect(Format.dollars(0.099) == "$0.0990")
        #expect(Format.dollars(0.001) == "$0.00100")
    }

    @Test func dollarsRoundingUpToTheNextPowerOfTenKeepThreeDigits() {
        // 0.09996 would be "0.100" to three significant digits: from ten cents it is "$0.10"
        #expect(Format.dollars(0.099_96) == "$0.10")
        #expect(Format.dollars(0.099_94) == "$0.0999")
        #expect(Format.significant(0.000_999_6, digits: 3) == "0.00100")
        #expect(Format.significant(9.996, digits: 3) == "10.0")
    }

    @Test func dollarsFromTenThousandAreGrouped() {
        #expect(Format.dollars(10_000) == "$10,000")
        #expect(Format.dollars(12_345.6) == "$12,346")
        #expect(Format.dollars(1_234_567) == "$1,234,567")
        // beyond Int's range it still groups rather than trapping
        #expect(Format.dollars(1e20) == "$100,000,000,000,000,000,000")
    }

    @Test func dollarsSignZeroAndNonFinite() {
        #expect(Format.dollars(0) == "$0.00")
        #expect(Format.dollars(-0.5) == "-$0.50")
        #expect(Format.dollars(-0.05) == "-$0.0500")
        #expect(Format.dollars(-12_345) == "-$12,345")
        #expect(Format.dollars(.nan) == "—")
        #expect(Format.dollars(.infinity) == "—")
        #expect(Format.dollars(-.infinity) == "—")
    }

    @Test func concurrency() {
        #expect(Format.concurrency(16) == "16")
        #expect(Format.concurrency(1) == "1")
        #expect(Format.concurrency(0) == "0")
        #expect(Format.concurrency(2.5) == "2.50")
        #expect(Format.concurrency(1.414_21) == "1.41")
        #expect(Format.concurrency(12.5) == "12.5")
        #expect(Format.concurrency(11.31) == "11.3")
    }

    @Test func concurrencyThatIsNotAFiniteWholeNumberDoesNotTrap() {
        #expect(Format.concurrency(.infinity) == "—")
        #expect(Format.concurrency(.nan) == "—")
        #expect(Format.concurrency(1e20) == "100000000000000000000.0")
    }

    @Test func milliseconds() {
        #expect(Format.milliseconds(300) == "300 ms")
        #expect(Format.milliseconds(999) == "999 ms")
        #expect(Format.milliseconds(1000) == "1.0 s")
        #expect(Format.milliseconds(1500) == "1.5 s")
        #expect(Format.milliseconds(12_345) == "12.3 s")
    }

    @Test func number() {
        #expect(Format.number(3.14159) == "3.1")
        #expect(Format.number(3.14159, decimals: 3) == "3.142")
        #expect(Format.number(76.2, decimals: 0) == "76")
        #expect(Format.number(.nan) == "—")
        #expect(Format.number(.infinity) == "—")
    }

    @Test func tokensPerSecond() {
        #expect(Format.tokensPerSecond(1600) == "1600 tok/s")
        #expect(Format.tokensPerSecond(100) == "100 tok/s")
        #expect(Format.tokensPerSecond(99.5) == "99.5 tok/s")
        #expect(Format.tokensPerSecond(3.26) == "3.3 tok/s")
    }

    @Test func percent() {
        #expect(Format.percent(0.75) == "75%")
        #expect(Format.percent(0.4286) == "43%")
        #expect(Format.percent(1) == "100%")
        #expect(Format.percent(0) == "0%")
    }

    @Test func grouped() {
        #expect(Format.grouped(0) == "0")
        #expect(Format.grouped(999) == "999")
        #expect(Format.grouped(1000) == "1,000")
        #expect(Format.grouped(123_456) == "123,456")
        #expect(Format.grouped(1_234_567) == "1,234,567")
        #expect(Format.grouped(-1234) == "-1,234")
        #expect(Format.grouped(Int.min) == "-9,223,372,036,854,775,808")
    }

    @Test func significant() {
        #expect(Format.significant(0.0563, digits: 3) == "0.0563")
        #expect(Format.significant(123.456, digits: 3) == "123")
        #expect(Format.significant(1234.4, digits: 3) == "1234")   // no exponent, whole digits kept
        #expect(Format.significant(1.5, digits: 2) == "1.5")
        #expect(Format.significant(0.001, digits: 3) == "0.00100")
        #expect(Format.significant(-0.0563, digits: 3) == "-0.0563")
        #expect(Format.significant(0, digits: 3) == "0")
        #expect(Format.significant(.nan, digits: 3) == "0")
    }
}

@Suite struct CutInTheMiddleTests {
    @Test func keepsBothEnds() {
        // 10 columns: 4 of the head, the ellipsis, 5 of the tail.
        #expect(Format.cutInTheMiddle("meta-llama · 1×H100", to: 10) == "meta…×H100")
        #expect(Format.cutInTheMiddle("short", to: 10) == "short")
        #expect(Format.cutInTheMiddle("abc", to: 1) == "a")
        #expect(Format.cutInTheMiddle("abcdef", to: 0) == "")
    }

    @Test func aSetupNameKeepsWhatTellsItApart() {
        let name = "meta-llama/Llama-3.2-3B-Instruct · deployment=kvcache"
        // 26 columns: the 21 of " · deployment=kvcache" whole, 5 left for the model: too few, so all of it is cut.
        #expect(Format.cutName(name, to: 26) == Format.cutInTheMiddle(name, to: 26))
        // 30: 9 for the model, cut in the middle, the rest whole.
        #expect(Format.cutName(name, to: 30) == "meta…ruct · deployment=kvcache")
        #expect(Format.cutName(name, to: 30).columns == 30)
        #expect(Format.cutName("model-32330 · 8×A800-80G", to: 23) == "mode…32330 · 8×A800-80G", "4 of the model, the ellipsis, 5")
        #expect(Format.cutName("a-plain-model-name", to: 10) == Format.cutInTheMiddle("a-plain-model-name", to: 10))
        #expect(Format.cutName("short · 1×H", to: 20) == "short · 1×H")
    }
}
