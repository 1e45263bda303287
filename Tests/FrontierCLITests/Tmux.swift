import Foundation
import Glibc
import Testing

/// A private tmux server running one command in a pane: type keys, read the screen.
/// Each instance has its own socket, so tests run in parallel; `stop()` kills the server.
final class Tmux {
    let socket = "frontier-e2e-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"

    init(_ command: String, width: Int = 120, height: Int = 40) {
        let result = run(["new-session", "-d", "-s", "t", "-x", "\(width)", "-y", "\(height)",
                          "env LANG=C.UTF-8 TERM=tmux-256color \(command)", ";",
                          "set-option", "-w", "-t", "t", "remain-on-exit", "on"])
        if result.status != 0 { Issue.record("tmux did not start: \(result.output)") }
    }

    /// Whether a tmux binary runs here at all.
    static let available = spawn(["tmux", "-V"], environment: ["PATH": "/usr/bin:/bin:/usr/local/bin"]).status == 0

    /// The trait of a suite that drives the binary in tmux: skipped, with the reason, where
    /// tmux is missing (`.ci/run` installs it), instead of failing every test in it.
    static var required: ConditionTrait { .enabled(if: available, "tmux is not installed") }

    deinit { stop() }

    func stop() { _ = run(["kill-server"]) }

    @discardableResult
    func run(_ arguments: [String]) -> (status: Int32, output: String) {
        spawn(["tmux", "-L", socket, "-f", "/dev/null"] + arguments, environment: ["PATH": "/usr/bin:/bin:/usr/local/bin", "HOME": NSTemporaryDirectory()])
    }

    func keys(_ keys: String...) { run(["send-keys", "-t", "t"] + keys) }

    var screen: String { run(["capture-pane", "-p", "-t", "t"]).output }

    /// Waits until the screen contains `text`; false after `seconds`.
    @discardableResult
    func wait(for text: String, seconds: Double = 10) -> Bool {
        wait(seconds: seconds) { $0.contains(text) }
    }

    func wait(seconds: Double = 10, until condition: (String) -> Bool) -> Bool {
        let end = Date().addingTimeInterval(seconds)
        while Date() < end {
            if condition(screen) { return true }
            usleep(30_000)
        }
        return false
    }


    /// The process id of the pane's command.
    var panePID: pid_t? { pid_t(run(["display", "-p", "-t", "t", "#{pane_pid}"]).output.trimmingCharacters(in: .whitespacesAndNewlines)) }
}

/// The children of a process, from /proc.
func children(of pid: pid_t) -> [pid_t] {
    let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
    return tasks.flatMap { task in
        ((try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? "")
            .split(separator: " ").compactMap { pid_t($0) }
    }
}
