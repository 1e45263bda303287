#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import FrontierCore

/// Times of repeated runs of one piece of work: wall time on the monotonic clock, and
/// the CPU time of this thread (which a busy machine inflates less).
struct Timing {
    let samples: [Duration]   // wall, sorted ascending
    let cpu: [Duration]       // thread CPU time, sorted ascending

    init(_ samples: [Duration], cpu: [Duration]) {
        self.samples = samples.sorted()
        self.cpu = cpu.sorted()
    }

    var median: Duration { Self.median(samples) }
    var p95: Duration { Self.p95(samples) }
    var cpuMedian: Duration { Self.median(cpu) }

    static func median(_ sorted: [Duration]) -> Duration { sorted[sorted.count / 2] }
    /// Nearest-rank 95th percentile.
    static func p95(_ sorted: [Duration]) -> Duration {
        sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.95).rounded(.up)) - 1)]
    }

    /// Runs `body(i)` for `warmup` untimed and then `iterations` timed iterations.
    /// Whatever `body` returns is folded into `Sink` so that the work cannot be dropped.
    static func of(iterations: Int, warmup: Int = 0, _ body: (Int) -> Int) -> Timing {
        let clock = ContinuousClock()
        for i in 0..<warmup { Sink.take(body(i)) }
        var samples: [Duration] = [], cpu: [Duration] = []
        samples.reserveCapacity(iterations)
        cpu.reserveCapacity(iterations)
        for i in 0..<iterations {
            var result = 0
            let cpuStart = threadCPUTime()
            samples.append(clock.measure { result = body(warmup + i) })
            cpu.append(threadCPUTime() - cpuStart)
            Sink.take(result)
        }
        return Timing(samples, cpu: cpu)
    }
}

/// CPU time this thread has used (CLOCK_THREAD_CPUTIME_ID).
func threadCPUTime() -> Duration {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return .seconds(ts.tv_sec) + .nanoseconds(ts.tv_nsec)
}

/// The system's load averages, from /proc/loadavg ("1.02 0.87 0.55"); nil elsewhere.
func loadAverage() -> String? {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return nil }
    return text.split(separator: " ").prefix(3).joined(separator: " ")
}

/// Keeps results alive so the optimiser cannot remove the work that made them.
enum Sink {
    nonisolated(unsafe) private static var value = 0
    @inline(never) static func take(_ x: Int) { value &+= x }
}

extension Duration {
    var seconds: Double {
        let (s, atto) = components
        return Double(s) + Double(atto) * 1e-18
    }

    /// "412 µs", "8.31 ms", "1.20 s".
    var pretty: String {
        let s = seconds
        if s < 1e-3 { return String(format: "%.1f µs", s * 1e6) }
        if s < 1 { return String(format: "%.2f ms", s * 1e3) }
        return String(format: "%.2f s", s)
    }
}

/// One line of the results table.
struct Figure {
    let name: String
    let measured: String
    let target: String
    /// nil for a figure without a target.
    let pass: Bool?

    var verdict: String { pass.map { $0 ? "PASS" : "OVER" } ?? "info" }
}

func printTable(_ figures: [Figure]) {
    let w0 = max(6, figures.map(\.name.count).max() ?? 0)
    let w1 = max(8, figures.map(\.measured.count).max() ?? 0)
    let w2 = max(6, figures.map(\.target.count).max() ?? 0)
    func pad(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: max(0, w - s.count)) }
    print(pad("figure", w0) + "  " + pad("measured", w1) + "  " + pad("target", w2) + "  result")
    print(String(repeating: "-", count: w0 + w1 + w2 + 14))
    for f in figures {
        print(pad(f.name, w0) + "  " + pad(f.measured, w1) + "  " + pad(f.target, w2) + "  " + f.verdict)
    }
}

/// The process's own memory figures, from /proc/self/status (Linux only).
enum ProcessMemory {
    /// A "Vm…" line of /proc/self/status in kB, e.g. "VmHWM" (peak resident set) or "VmRSS".
    static func kilobytes(_ key: String) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix(key + ":") {
            return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
        }
        return nil
    }

    /// kB (as /proc counts them, 1024 bytes) in MiB, with decimal megabytes alongside.
    static func megabytes(_ kB: Int?) -> String {
        kB.map { String(format: "%.1f MiB (%.1f MB)", Double($0) / 1024, Double($0) * 1024 / 1e6) } ?? "n/a"
    }
}

/// Runs this executable again with `arguments` in a fresh process (posix_spawn, not
/// Foundation.Process) and returns its exit status and standard output.
func spawnSelf(_ arguments: [String]) -> (status: Int32, output: String)? {
    #if os(Linux)
    let path = "/proc/self/exe"
    #else
    let path = CommandLine.arguments[0]
    #endif
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else { return nil }
    defer { close(pipeEnds[0]) }

    #if os(Linux)
    var actions = posix_spawn_file_actions_t()
    #else
    var actions: posix_spawn_file_actions_t?
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
    posix_spawn_file_actions_addclose(&actions, pipeEnds[0])

    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    fflush(nil)
    var pid = pid_t()
    let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
    close(pipeEnds[1])
    guard spawned == 0 else { return nil }

    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
        let n = buffer.withUnsafeMutableBytes { read(pipeEnds[0], $0.baseAddress, $0.count) }
        if n > 0 { output.append(contentsOf: buffer[0..<n]) } else if n == 0 || errno != EINTR { break }
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let exitCode: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return (exitCode, String(decoding: output, as: UTF8.self))
}
