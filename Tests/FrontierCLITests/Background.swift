import Foundation
import Glibc

/// A program running beside the test (`frontier serve-sim`, a sweep to interrupt): output to
/// a file read while it runs, signals by its pid. Started like `spawn` (stdin /dev/null,
/// empty signal mask) and always ended by `stop`.
final class Background {
    let pid: pid_t
    private let out: String

    init?(_ argv: [String], environment: [String: String]? = nil) {
        out = NSTemporaryDirectory() + "background-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).out"
        guard let pid = startProcess(argv, environment: environment, output: out) else { return nil }
        self.pid = pid
    }

    var output: String { (try? String(contentsOfFile: out, encoding: .utf8)) ?? "" }

    /// Waits up to `seconds` for `condition`; false when it never held.
    func wait(seconds: Double, until condition: () -> Bool) -> Bool { Self.poll(seconds: seconds, until: condition) }

    static func poll(seconds: Double, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }

    func signal(_ number: Int32) { kill(pid, number) }

    /// Waits for the exit (killing it after `seconds`); its exit status, or 128 + signal.
    func stop(after seconds: Double = 20, signal number: Int32? = nil) -> Int32 {
        if let number { kill(pid, number) }
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(seconds)
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() > deadline { kill(pid, SIGKILL) }
            usleep(20_000)
        }
        unlink(out)
        return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}

/// `frontier serve-sim` on a free port, and the URL it printed.
func startSimulator(_ options: [String] = []) -> (Background, String)? {
    guard let sim = Background([frontierBinary, "serve-sim", "--port", "0"] + options) else { return nil }
    var url: String?
    _ = sim.wait(seconds: 20) {
        url = sim.output.split(separator: "\n").first { $0.hasPrefix("frontier serve-sim: http://") }?
            .split(separator: " ")[2].description
        return url != nil
    }
    guard let url else {
        _ = sim.stop(after: 1, signal: SIGKILL)
        return nil
    }
    return (sim, url)
}
