import Foundation
import FrontierFuzz

// Built two ways. `scripts/fuzz.sh` builds it with `-sanitize=fuzzer -DFUZZING`: libFuzzer
// drives the target named by FRONTIER_FUZZ_TARGET. A plain build replays files instead
// (`frontier-fuzz TARGET FILE…`), to reproduce a crash without the fuzzer's runtime.

#if FUZZING
nonisolated(unsafe) var fuzzTarget = FuzzTarget.nativeJSON

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    fuzzTarget.run(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

// SwiftPM names the executable's entry point itself, so libFuzzer's own main is not used:
// this one hands libFuzzer the arguments through its documented driver entry.
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<CInt>,
               _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
               _ callback: TestOneInput) -> CInt

@main struct FuzzMain {
    static func main() {
        let name = ProcessInfo.processInfo.environment["FRONTIER_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            FileHandle.standardError.write(Data("FRONTIER_FUZZ_TARGET must be one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
            exit(2)
        }
        fuzzTarget = target
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runDriver(&argc, &argv, testOneInput))
    }
}
#else
@main struct FuzzMain {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            print("usage: frontier-fuzz TARGET FILE…  (TARGET: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")))")
            exit(2)
        }
        for file in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: file) else { print("\(file): cannot be read"); exit(1) }
            target.run([UInt8](data))
            print("\(file): ok")
        }
    }
}
#endif
