// frontier-bench: prints the speed and memory figures of DESIGN.md §6.
//
//   swift run -c release frontier-bench            # all figures (same as `all`)
//   swift run -c release frontier-bench memory N   # peak memory with N runs in memory
//   frontier-bench loop N K                        # K re-analyses of N runs, for a profiler
//   swift run -c release frontier-bench import [MB] [FILES]
//                                                  # import a MB-sized vLLM --save-detailed file
//                                                  # (default 100) and FILES small result files
//                                                  # (default 10,000): MB/s, files/s, peak memory
//   swift run -c release frontier-bench whole [RUNS…]
//                                                  # the frontier binary on generated sweeps (default
//                                                  # 10k, 100k, 1M runs): validate, report, import,
//                                                  # snapshot; CPU, wall, peak memory; pandas alongside
//   frontier-bench sweep-files RUNS FOLDER         # write those sweep files (CSV and JSON)
//   frontier-bench dashboard FILE RUNS             # the dashboard on FILE through a pseudo-terminal
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
case "import":
    let sizes = arguments.dropFirst().compactMap { Int($0) }
    guard sizes.count == arguments.count - 1, sizes.count <= 2, sizes.allSatisfy({ $0 > 0 }) else {
        print("usage: frontier-bench import [<megabytes> [<files>]]")
        exit(2)
    }
    exit(ImportBenchmark.run(megabytes: sizes.first ?? 100, files: sizes.dropFirst().first ?? 10_000))
case "import-load":
    guard arguments.count == 2 else {
        print("usage: frontier-bench import-load <file or folder>")
        exit(2)
    }
    exit(ImportBenchmark.load(path: arguments[1]))
case "whole":
    let sizes = arguments.dropFirst().compactMap { Int($0) }
    guard sizes.count == arguments.count - 1, sizes.allSatisfy({ $0 > 0 }) else {
        print("usage: frontier-bench whole [<runs> …]")
        exit(2)
    }
    exit(WholeProcessBenchmark.run(sizes: sizes.isEmpty ? [10_000, 100_000, 1_000_000] : sizes))
case "dashboard":
    guard arguments.count == 3, let runs = Int(arguments[2]) else {
        print("usage: frontier-bench dashboard <file> <runs it holds>")
        exit(2)
    }
    printTable(DashboardBenchmark.figures(file: arguments[1], runs: runs))
    exit(0)
case "sweep-files":
    guard arguments.count == 3, let runs = Int(arguments[1]), runs > 0 else {
        print("usage: frontier-bench sweep-files <runs> <folder>")
        exit(2)
    }
    let base = arguments[2] + "/sweep-\(runs)"
    do {
        let sizes = try SweepFiles.write(runs: runs, csv: base + ".csv", json: base + ".json")
        print("\(base).csv: \(sizes.csv) bytes; \(base).json: \(sizes.json) bytes")
    } catch {
        print("cannot write the files: \(error)")
        exit(1)
    }
case "streams":
    guard arguments.count <= 2, let streams = arguments.count == 2 ? Int(arguments[1]) : 1024, streams > 0 else {
        print("usage: frontier-bench streams [<streams>]")
        exit(2)
    }
    exit(await StreamBenchmark.run(streams: streams))
default:
    print("usage: frontier-bench [all | memory <runs> | loop <runs> <iterations> | import [<megabytes> [<files>]] | whole [<runs> …] | sweep-files <runs> <folder> | dashboard <file> <runs> | streams [<streams>]]")
    exit(2)
}
