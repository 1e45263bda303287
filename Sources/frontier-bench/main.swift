// frontier-bench: prints the speed and memory figures of DESIGN.md §6.
//
//   swift run -c release frontier-bench            # all figures (same as `all`)
//   swift run -c release frontier-bench memory N   # peak memory with N runs in memory
//   frontier-bench loop N K                        # K re-analyses of N runs, for a profiler
//
// Prints figures with their targets (PASS/OVER); it is not a timed test and exits 0
// unless it cannot measure.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case nil, "all":
    exit(Benchmarks.all())
case "memory":
    guard arguments.count == 2, let runs = Int(arguments[1]), runs > 0 else {
        print("usage: frontier-bench memory <runs>")
        exit(2)
    }
    exit(Benchmarks.memory(runs: runs))
case "loop":
    guard arguments.count == 3, let runs = Int(arguments[1]), let k = Int(arguments[2]), runs > 0, k > 0 else {
        print("usage: frontier-bench loop <runs> <iterations>")
        exit(2)
    }
    exit(Benchmarks.loop(runs: runs, iterations: k))
default:
    print("usage: frontier-bench [all | memory <runs> | loop <runs> <iterations>]")
    exit(2)
}
