/// Numbers and names read straight from UTF-8 bytes, for the fast path of the CSV reader:
/// the answer is always the one the text path gives, or nil to send the cell down it.
enum DecimalBytes {
    private static let powers: [Double] = (0...22).map { e in (0..<e).reduce(1.0) { x, _ in x * 10 } }

    /// The number in decimal notation (`[+-]digits[.digits][(e|E)[+-]digits]`, or `.5`,
    /// `5.`) in `start..<end`, equal to `Double(text)`; nil for any other text.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        var i = start
        guard i < end else { return nil }
        var negative = false
        if bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        // Every digit into the mantissa, wrapping: exact for up to 19 digits (leading zeros
        // add nothing), which is what the counts say; longer runs of digits are read again.
        let digitsStart = i
        var mantissa: UInt64 = 0
        while i < end, bytes[i] &- 0x30 < 10 {
            mantissa = mantissa &* 10 &+ UInt64(bytes[i] &- 0x30)
            i += 1
        }
        var digitCount = i - digitsStart
        var exponent = 0          // decimal exponent of the mantissa's last digit
        if i < end && bytes[i] == UInt8(ascii: ".") {
            i += 1
            let fractionStart = i
            while i < end, bytes[i] &- 0x30 < 10 {
                mantissa = mantissa &* 10 &+ UInt64(bytes[i] &- 0x30)
                i += 1
            }
            exponent = fractionStart - i
            digitCount += i - fractionStart
        }
        guard digitCount > 0 else { return nil }
        var exact = true          // the mantissa holds every digit
        if digitCount > 19 { (mantissa, exponent, exact) = significant(bytes, digitsStart, i) }
        if i < end && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            i += 1
            var negativeExponent = false
            if i < end && (bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+")) {
                negativeExponent = bytes[i] == UInt8(ascii: "-")
                i += 1
            }
            var e = 0
            var sawExponentDigit = false
            while i < end, bytes[i] &- 0x30 < 10 {
                sawExponentDigit = true
                if e < 100_000 { e = e * 10 + Int(bytes[i] &- 0x30) }
                i += 1
            }
            guard sawExponentDigit else { return nil }
            exponent += negativeExponent ? -e : e
        }
        guard i == end else { return nil }
        // Up to 19 digits times 10^±22, rounded exactly; anything else is read by the
        // standard library.
        guard exact && abs(exponent) <= 22 else {
            return Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        }
        let value: Double
        if mantissa <= 1 << 53 {
            // Clinger's fast path: an exact mantissa and power of ten, one rounding.
            let m = Double(mantissa)
            value = exponent < 0 ? m / powers[-exponent] : m * powers[exponent]
        } else {
            value = scaled(mantissa, exponent)
        }
        return negative ? -value : value
    }

    private static let fives: [UInt64] = (0...22).map { e in (0..<e).reduce(1) { x, _ in x * 5 } }

    /// `w × 10^e` rounded to the nearest double (ties to even), for |e| ≤ 22: 10^e = 5^e·2^e,
    /// and the product or quotient by 5^e is worked out on 128 bits, so nothing is rounded
    /// but the result.
    static func scaled(_ w: UInt64, _ e: Int) -> Double {
        guard w != 0 else { return 0 }
        if e >= 0 {
            let (high, low) = w.multipliedFullWidth(by: fives[e])
            return rounded(high: high, low: low, sticky: false, exponent: e)
        }
        // w·2^s / 5^k with s making the quotient 63 or 64 bits long; the remainder says
        // whether anything was left below it.
        let k = -e, d = fives[k]
        let s = 63 + (64 - d.leadingZeroBitCount) - (64 - w.leadingZeroBitCount)
        let high = s == 0 ? 0 : s < 64 ? w >> UInt64(64 - s) : w << UInt64(s - 64)
        let low = s < 64 ? w << UInt64(s) : 0
        let (q, r) = d.dividingFullWidth((high, low))
        return rounded(high: 0, low: q, sticky: r != 0, exponent: -s - k)
    }

    /// (high·2^64 + low + a little more if `sticky`) × 2^exponent, rounded to 53 bits.
    private static func rounded(high: UInt64, low: UInt64, sticky: Bool, exponent: Int) -> Double {
        var top = low, sticky = sticky, exponent = exponent
        if high != 0 {
            let shift = 64 - high.leadingZeroBitCount   // bits of `high`: the top 64 start there
            top = shift == 64 ? high : (high << UInt64(64 - shift)) | (low >> UInt64(shift))
            sticky = sticky || (shift == 64 ? low != 0 : low & ((1 << UInt64(shift)) - 1) != 0)
            exponent += shift
        }
        let bits = 64 - top.leadingZeroBitCount
        guard bits > 53 else { return Double(sign: .plus, exponent: exponent, significand: Double(top)) }
        var shift = bits - 53
        var m = top >> UInt64(shift)
        let rest = top & ((1 << UInt64(shift)) - 1), half: UInt64 = 1 << UInt64(shift - 1)
        if rest > half || (rest == half && (sticky || m & 1 == 1)) { m += 1 }
        if m == 1 << 53 {
            m >>= 1
            shift += 1
        }
        return Double(sign: .plus, exponent: exponent + shift, significand: Double(m))
    }

    /// The first 19 significant digits of `start..<end` (digits and at most one point) as
    /// a mantissa, the decimal exponent of its last digit, and whether it holds every digit.
    private static func significant(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (UInt64, Int, Bool) {
        var mantissa: UInt64 = 0, digits = 0, exponent = 0, exact = true, fraction = false
        for i in start..<end {
            guard bytes[i] != UInt8(ascii: ".") else {
                fraction = true
                continue
            }
            accumulate(bytes[i] &- 0x30, &mantissa, &digits, &exponent, &exact, fraction: fraction)
        }
        return (mantissa, exponent, exact)
    }

    @inline(__always)
    private static func accumulate(_ digit: UInt8, _ mantissa: inout UInt64, _ digits: inout Int, _ exponent: inout Int,
                                   _ exact: inout Bool, fraction: Bool) {
        if digits == 0 && digit == 0 {
            if fraction { exponent -= 1 }
            return
        }
        if digits < 19 {
            mantissa = mantissa * 10 + UInt64(digit)
            digits += 1
            if fraction { exponent -= 1 }
        } else {
            // Digits beyond what 64 bits hold: the value needs the slow reading.
            exact = false
            if !fraction { exponent += 1 }
        }
    }

    /// `start..<end` without ASCII spaces and tabs at either end; nil when what remains
    /// starts or ends with other whitespace (non-ASCII), which the text path trims.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Int)? {
        var s = start, e = end
        while s < e && (bytes[s] == 0x20 || bytes[s] == 0x09) { s += 1 }
        while e > s && (bytes[e - 1] == 0x20 || bytes[e - 1] == 0x09) { e -= 1 }
        if s < e && (bytes[s] >= 0x80 || bytes[e - 1] >= 0x80 || bytes[s] < 0x20 || bytes[e - 1] < 0x20) { return nil }
        return (s, e)
    }

    /// True when every byte is ASCII: text that is valid UTF-8 without decoding it.
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        while i + 8 <= n {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < n {
            if bytes[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }
}
