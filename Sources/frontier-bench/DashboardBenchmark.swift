#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The dashboard as a user sees it, through a pseudo-terminal: the release binary started
/// on a file at 120×40, the time to its first frame (the last byte of the first burst of
/// output), then concurrency steps (h, then l): the time from the key to the last byte of the
/// redraw and the bytes sent for it; then the CPU it uses idle for two seconds.
enum DashboardBenchmark {
    /// Output that stops for this long is taken as a finished frame.
    static let quiet = Duration.milliseconds(250)

    struct Result {
        var firstFrame: Double
        var steps: [Double]
        var stepBytes: [Int]
        var idleCPU: Double
    }

    static func measure(file: String, steps: Int = 12) -> Result? {
        // The pseudo-terminal multiplexer: unlock the new pair, ask for its number.
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        guard master >= 0 else { return nil }
        defer { close(master) }
        var unlock: Int32 = 0, number: Int32 = 0
        guard ioctl(master, 0x4004_5431 /* TIOCSPTLCK */, &unlock) == 0,
              ioctl(master, 0x8004_5430 /* TIOCGPTN */, &number) == 0 else { return nil }
        let slave = "/dev/pts/\(number)"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, slave, O_RDWR, 0) }
        posix_spawn_file_actions_addclose(&actions, master)
        let environment = ["TERM=xterm-256color", "LINES=40", "COLUMNS=120", "LANG=C.UTF-8", "LC_ALL=C.UTF-8",
                           "HOME=" + NSTemporaryDirectory()]
        let arguments: [String] = [WholeProcessBenchmark.frontierPath, "--no-watch", file]
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer { for p in argv + envp { free(p) } }
        let clock = ContinuousClock()
        let start = clock.now
        var pid = pid_t()
        guard posix_spawn(&pid, WholeProcessBenchmark.frontierPath, &actions, nil, argv, envp) == 0 else { return nil }
        defer {
            kill(pid, SIGTERM)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }

        /// Reads until the output has been quiet for `quiet`: the bytes and the time of the last.
        func drain(timeout: Duration = .seconds(120)) -> (bytes: Int, last: ContinuousClock.Instant?) {
            var bytes = 0
            var last: ContinuousClock.Instant? = nil
            var buffer = [UInt8](repeating: 0, count: 65_536)
            let began = clock.now
            while clock.now - began < timeout {
                var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                let wait = last == nil ? 1000 : Int32(quiet.seconds * 1000)
                let ready = poll(&descriptor, 1, wait)
                if ready < 0 && errno == EINTR { continue }
                if ready <= 0 {
                    if last != nil { break }
                    continue
                }
                let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                bytes += n
                last = clock.now
            }
            return (bytes, last)
        }

        let (_, firstLast) = drain()
        guard let firstLast else { return nil }
        var result = Result(firstFrame: (firstLast - start).seconds, steps: [], stepBytes: [], idleCPU: 0)
        for i in 0..<steps {
            // Down the levels, then back up (the dashboard may start at the top level), so
            // that every step changes the figures.
            // h and l: the slider keys that need no escape sequence (whose form depends on
            // the terminal's cursor-key mode).
            let key: [UInt8] = [UInt8(ascii: i < steps / 2 ? "h" : "l")]
            let sent = clock.now
            _ = key.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            let (bytes, last) = drain(timeout: .seconds(30))
            guard let last else { continue }
            result.steps.append((last - sent).seconds)
            result.stepBytes.append(bytes)
        }
        let before = cpuSeconds(pid)
        sleep(2)
        result.idleCPU = (cpuSeconds(pid) ?? 0) - (before ?? 0)
        _ = [UInt8(ascii: "q")].withUnsafeBytes { write(master, $0.baseAddress, 1) }
        return result
    }

    /// User + system CPU seconds of a process, from /proc/PID/stat.
    static func cpuSeconds(_ pid: pid_t) -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    static func figures(file: String, runs: Int) -> [Figure] {
        let count = runs.formatted()
        guard let r = measure(file: file) else {
            return [Figure(name: "dashboard, \(count) runs", measured: "could not start it in a pseudo-terminal", target: "—", pass: false)]
        }
        let sorted = r.steps.sorted()
        let median = sorted.isEmpty ? .nan : sorted[sorted.count / 2]
        let worst = sorted.last ?? .nan
        let (frameTarget, stepTarget): (Double?, Double?) = runs >= 1_000_000 ? (3, 0.05) : runs >= 100_000 ? (0.5, 0.016) : (nil, nil)
        let bytes = r.stepBytes.sorted()
        return [
            Figure(name: "dashboard first frame, \(count) runs", measured: String(format: "%.2f s wall", r.firstFrame),
                   target: frameTarget.map { String(format: "≤ %.1f s", $0) } ?? "—", pass: frameTarget.map { r.firstFrame <= $0 }),
            Figure(name: "dashboard concurrency step, \(count) runs",
                   measured: String(format: "median %.1f ms, worst %.1f ms wall (n=%d; output read until %.0f ms quiet)",
                                    median * 1000, worst * 1000, sorted.count, quiet.seconds * 1000),
                   target: stepTarget.map { String(format: "≤ %.0f ms", $0 * 1000) } ?? "—", pass: stepTarget.map { median <= $0 }),
            Figure(name: "dashboard bytes a step, \(count) runs",
                   measured: bytes.isEmpty ? "n/a" : "median \(bytes[bytes.count / 2]) B, max \(bytes.last!) B", target: "—", pass: nil),
            Figure(name: "dashboard CPU idle 2 s, \(count) runs", measured: String(format: "%.0f ms", r.idleCPU * 1000),
                   target: "0", pass: r.idleCPU < 0.01),
        ]
    }
}
