import Foundation
import FrontierCore
import Glibc
import Testing
@testable import FrontierFuzz

/// Replays what the fuzzer keeps: every target's seeds (fuzz/seeds.txt) and the inputs that
/// once crashed it (fuzz/regressions/TARGET/), through the same entry points libFuzzer calls. A crash here is a crash the fuzzer found
/// again. No fuzzer runtime is needed: the entry points are plain functions.
@Suite("Fuzz replay")
struct ReplayTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static func files(_ pattern: String) -> [String] {
        var found = glob_t()
        defer { globfree(&found) }
        guard glob(root + "/" + pattern, 0, nil, &found) == 0 else { return [] }
        return (0..<Int(found.gl_pathc)).compactMap { found.gl_pathv[$0].map { String(cString: $0) } }
            .filter { var info = stat(); return stat($0, &info) == 0 && info.st_mode & S_IFMT == S_IFREG }
    }

    static func inputs(_ target: FuzzTarget) -> [String] {
        let seedLines = (try? String(contentsOfFile: root + "/fuzz/seeds.txt", encoding: .utf8)) ?? ""
        let seeds = seedLines.split(separator: "\n").filter { !$0.hasPrefix("#") }.flatMap { line -> [String] in
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            return parts.count == 2 && parts[0] == target.rawValue ? files(parts[1]) : []
        }
        return seeds + files("fuzz/regressions/\(target.rawValue)/*")
    }

    @Test(arguments: FuzzTarget.allCases.filter { $0 != .dashboard })
    func everyKeptInputRunsThrough(_ target: FuzzTarget) throws {
        let inputs = Self.inputs(target)
        #expect(!inputs.isEmpty, "no seed for \(target.rawValue) in fuzz/seeds.txt")
        for path in inputs {
            target.run([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        }
    }

    @Test func theDashboardSurvivesItsKeptInputsAndRandomOnes() throws {
        for path in Self.inputs(.dashboard) {
            FuzzTarget.dashboard.run([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        }
        var rng = SplitMix64(seed: 14)
        for _ in 0..<300 {
            FuzzTarget.dashboard.run((0..<(1 + rng.int(200))).map { _ in UInt8(rng.int(256)) })
        }
    }
}
