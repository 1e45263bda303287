#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Whole-process figures: the release `frontier` binary spawned on generated sweep files
/// (`SweepFiles`) of 10,000, 100,000 and 1,000,000 runs, as a user runs it: wall time, CPU
/// time (user + system, which a busy machine inflates less) and peak resident memory of
/// each command, the median of a few runs; and the same job done by pandas when it is
/// installed (`scripts/pandas-reference.py`); and the dashboard through a pseudo-terminal
/// (`DashboardBenchmark`).
enum WholeProcessBenchmark {
    /// One finished child.
    struct Child {
        var status: Int32
        var wall: Double
        var cpu: Double
        var peakKB: Int
    }

    /// Runs `path` with `arguments`, standard output and error to /dev/null (or `output`).
    static func spawn(_ path: String, _ arguments: [String], output: String = "/dev/null") -> Child? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        let clock = ContinuousClock()
        let start = clock.now
        var pid = pid_t()
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let wall = (clock.now - start).seconds
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        let exitCode: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Child(status: exitCode, wall: wall, cpu: seconds(usage.ru_utime) + seconds(usage.ru_stime), peakKB: usage.ru_maxrss)
    }

    /// The median child of `repeats` runs (by CPU time), with the highest peak of them.
    static func measure(_ path: String, _ arguments: [String], repeats: Int) -> Child? {
        var children: [Child] = []
        for _ in 0..<repeats {
            guard let child = spawn(path, arguments), child.status == 0 else {
                print("  failed: \(([path] + arguments).joined(separator: " "))")
                return nil
            }
            children.append(child)
        }
        var median = children.sorted { $0.cpu < $1.cpu }[children.count / 2]
        median.wall = children.map(\.wall).sorted()[children.count / 2]
        median.peakKB = children.map(\.peakKB).max()!
        return median
    }

    /// This executable, and the `frontier` binary beside it.
    static var selfPath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    static var frontierPath: String {
        URL(fileURLWithPath: selfPath).deletingLastPathComponent().appendingPathComponent("frontier").path
    }

    /// The pandas reference script of the checkout this binary was built in, if pandas is there.
    static func pandasScript() -> String? {
        var folder = URL(fileURLWithPath: frontierPath).deletingLastPathComponent()
        for _ in 0..<5 {
            let script = folder.appendingPathComponent("scripts/pandas-reference.py").path
            if FileManager.default.fileExists(atPath: script) {
                guard let check = spawn("/usr/bin/env", ["python3", "-c", "import pandas"]), check.status == 0 else { return nil }
                return script
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    static func run(sizes: [Int]) -> Int32 {
        let frontier = frontierPath
        guard FileManager.default.isExecutableFile(atPath: frontier) else {
            print("no frontier binary at \(frontier): build it first (swift build -c release)")
            return 1
        }
        let folder = NSTemporaryDirectory() + "frontier-bench-whole-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        print("frontier-bench whole: the release binary as a user runs it (median of runs; CPU = user + system)")
        print("load average at start: \(loadAverage() ?? "n/a")\n")
        let pandas = pandasScript()
        if pandas == nil { print("pandas not installed (pip install pandas): the comparison is skipped\n") }
        var figures: [Figure] = []
        var cpuByCase: [String: [Int: Double]] = [:]
        for runs in sizes {
            let base = folder + "/sweep-\(runs)"
            // Written by a child: posix_spawn starts each child in this process' memory, and
            // its peak would count what this process held (a million generated runs).
            guard let written = spawn(selfPath, ["sweep-files", String(runs), folder]), written.status == 0 else {
                print("cannot write the sweep files in \(folder)")
                return 1
            }
            let count = runs.formatted()
            print("\(count) runs: \(base).csv and .json written in \(String(format: "%.1f", written.wall)) s")
            let repeats = runs >= 1_000_000 ? 3 : 5
            let cases: [(name: String, arguments: [String], target: Double?)] = [
                ("validate CSV", ["validate", base + ".csv"], runs == 1_000_000 ? 1.5 : runs == 100_000 ? 0.25 : nil),
                ("validate JSON", ["validate", base + ".json"], nil),
                ("report --format json, CSV", ["report", "--format", "json", base + ".csv"], runs == 1_000_000 ? 2 : runs == 100_000 ? 0.25 : nil),
                ("report (text), CSV", ["report", base + ".csv"], nil),
                ("import CSV to JSON", ["import", base + ".csv", "--out", folder + "/imported.json"], nil),
                ("snapshot 120x40, CSV", ["snapshot", "--size", "120x40", base + ".csv"], runs == 1_000_000 ? 3 : runs == 100_000 ? 0.5 : nil),
            ]
            var frontierReport: Double? = nil
            for c in cases {
                guard let child = measure(frontier, c.arguments, repeats: repeats) else {
                    figures.append(Figure(name: "\(c.name), \(count) runs", measured: "failed", target: "—", pass: false))
                    continue
                }
                cpuByCase[c.name, default: [:]][runs] = child.cpu
                if c.name.hasPrefix("report --format json") { frontierReport = child.cpu }
                let measured = String(format: "CPU %.2f s, wall %.2f s, %.2fM runs/s (CPU), peak %@", child.cpu, child.wall,
                                      Double(runs) / child.cpu / 1e6, ProcessMemory.megabytes(child.peakKB))
                let target = c.target.map { String(format: "CPU ≤ %.2f s", $0) } ?? "—"
                figures.append(Figure(name: "\(c.name), \(count) runs", measured: measured, target: target,
                                      pass: c.target.map { child.cpu <= $0 }))
                // Loading alone (validate) and loading with an analysis (report) against the
                // memory targets, in decimal megabytes.
                if runs == 1_000_000, let limit = c.name == "validate CSV" ? 350.0 : c.name.hasPrefix("report --format json") ? 450 : nil {
                    let mb = Double(child.peakKB) * 1024 / 1e6
                    figures.append(Figure(name: "peak memory, \(c.name), \(count) runs", measured: String(format: "%.0f MB", mb),
                                          target: String(format: "≤ %.0f MB", limit), pass: mb <= limit))
                }
            }
            figures += DashboardBenchmark.figures(file: base + ".csv", runs: runs)
            if let pandas, let child = measure("/usr/bin/env", ["python3", pandas, base + ".csv"], repeats: runs >= 1_000_000 ? 1 : 3) {
                let ratio = frontierReport.map { String(format: "; frontier report json is %.1f× faster", child.cpu / $0) } ?? ""
                figures.append(Figure(name: "pandas reference, same job, \(count) runs",
                                      measured: String(format: "CPU %.2f s, wall %.2f s, peak %@%@", child.cpu, child.wall,
                                                       ProcessMemory.megabytes(child.peakKB), ratio),
                                      target: "frontier ≥ 2× faster",
                                      pass: frontierReport.map { child.cpu >= 2 * $0 }))
            }
            try? FileManager.default.removeItem(atPath: base + ".csv")
            try? FileManager.default.removeItem(atPath: base + ".json")
        }
        // Linear growth: CPU time per run from the smallest to the largest size.
        if let small = sizes.min(), let large = sizes.max(), small < large {
            for (name, cpu) in cpuByCase.sorted(by: { $0.key < $1.key }) {
                guard let a = cpu[small], let b = cpu[large] else { continue }
                let growth = b / a, size = Double(large) / Double(small)
                figures.append(Figure(name: "growth, \(name), \(small.formatted()) → \(large.formatted()) runs",
                                      measured: String(format: "CPU × %.1f for × %.0f the runs", growth, size),
                                      target: String(format: "≤ × %.0f (linear)", size * 1.5), pass: growth <= size * 1.5))
            }
        }
        print("load average at end: \(loadAverage() ?? "n/a")\n")
        printTable(figures)
        return 0
    }
}
