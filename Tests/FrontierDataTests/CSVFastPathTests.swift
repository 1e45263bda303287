import Testing
@testable import FrontierData
import FrontierCore

/// The CSV reader's fast path (cells read as bytes) gives exactly what the text path gives:
/// the same numbers as `Double(String)`, the same runs and the same messages.
@Suite struct CSVFastPathTests {
    static func number(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { DecimalBytes.number($0, 0, bytes.count) }
    }

    @Test func decimalNumbersReadAsTheStandardLibraryReadsThem() {
        let fixed = ["0", "-0", "+7", "1.", ".5", "0.05", "1e3", "1E-3", "2.5e+2", "123456789012345678901234", "0.1",
                     "3.141592653589793", "12.345678901234567", "9007199254740993", "1e22", "1e23", "4.9e-324",
                     "00012.500", "1e400", "0.000000000000000000000000001",
                     "12345678.87654321", "20349.230989543204", "0.00000001234567890123", "1234567890123456789", "99999999.9999999999",
                     "12345678901234567890", "1234567890.123456789", "0000000000000000000012.5", "18446744073709551616",
                     "0.0000000000000000000000012345678901234567891", "1.8446744073709551615e-5"]
        for text in fixed {
            #expect(Self.number(text).map(\.bitPattern) == Double(text).map(\.bitPattern), "\(text)")
        }
        var rng = SplitMix64(seed: 9)
        for _ in 0..<20_000 {
            let value = rng.uniform(-1, 1) * Double(sign: .plus, exponent: rng.int(80) - 40, significand: 1)
            let texts = ["\(value)", String(value.description.prefix(rng.int(12) + 3)), "\(Int64(value * 1000))"]
            for text in texts where Double(text) != nil {
                #expect(Self.number(text).map(\.bitPattern) == Double(text)!.bitPattern, "\(text)")
            }
        }
    }

    @Test func otherTextIsLeftToTheTextPath() {
        for text in ["", "-", ".", "e5", "1e", "1e+", "1.2.3", "--1", "1-", "0x10", "inf", "nan", "1 2", "١٢"] {
            #expect(Self.number(text) == nil, "\(text)")
        }
    }

    /// The same random sweep twice: plain, and with every cell between no-break spaces,
    /// which only the text path trims. Both must give the same dataset and problems.
    @Test func plainAndPaddedCellsGiveTheSameDataset() throws {
        var rng = SplitMix64(seed: 4)
        var rows: [[String]] = []
        for i in 0..<400 {
            let rps = rng.uniform(0.1, 50)
            let n = 100 + rng.int(900)
            rows.append(["m\(i / 8)", i % 3 == 0 ? "a800-80g" : "H200", ["", "1", "2"][rng.int(3)], "\(1 << (i % 8))",
                         "\(n)", i % 5 == 0 ? "" : "\(Double(n) / rps)", i % 4 == 0 || i % 5 == 0 ? "\(rps)" : "",
                         String(format: "%.3f", rng.uniform(10, 500)), "\(Double(i / 8) + 0.5)", i % 7 == 0 ? "true" : ""])
        }
        let header = "model,hardware,gpus,concurrency,requests,duration_s,request_throughput,mean_ttft_ms,quality,concurrency_estimated\n"
        func text(_ pad: String) -> String {
            header + rows.map { $0.map { $0.isEmpty ? $0 : pad + $0 + pad }.joined(separator: ",") }.joined(separator: "\n") + "\n"
        }
        let plain = NativeCSV.read(Array(text("").utf8), file: "s.csv", options: LoadOptions())
        let padded = NativeCSV.read(Array(text("\u{00A0}").utf8), file: "s.csv", options: LoadOptions())
        #expect(plain.1 == padded.1)
        let a = try #require(plain.0), b = try #require(padded.0)
        #expect(a == b)
        #expect(a.runs.count == 400)
    }

    @Test func aBadCellAmongPlainOnesIsReportedAsBefore() {
        let text = "model,hardware,concurrency,requests,duration_s\nM,H200,1,10,5\nM,H200,2,10,1e999\nM,H200,4,10,-5\nM,H200,8,1.5,5\n"
        let problems = loadProblems(text, file: "b.csv")
        expectProblem(problems, file: "b.csv", at: "line 3", field: "duration_s", "expected a number > 0, found an infinity")
        expectProblem(problems, file: "b.csv", at: "line 4", field: "duration_s", "expected a number > 0, found -5")
        expectProblem(problems, file: "b.csv", at: "line 5", field: "requests", "expected a whole number ≥ 1, found 1.5")
    }
}
