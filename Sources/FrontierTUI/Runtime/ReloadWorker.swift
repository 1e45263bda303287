import Foundation
import FrontierCore
import Glibc
import Synchronization

/// Reads the data again off the loop: a reload of a large dataset takes seconds, and the
/// loop must keep answering q, Ctrl-C and resizes meanwhile. The result is handed back
/// through a pipe the loop polls with the terminal, so waiting stays asleep.
final class ReloadWorker: Sendable {
    typealias Reload = @Sendable () -> Result<Dashboard.Reloaded, Dashboard.ReloadError>

    /// The pipe's read end, polled by the loop: readable when a result is ready.
    let descriptor: Int32
    private let wake: Int32
    private let reload: Reload
    private let state = Mutex<(running: Bool, again: Bool, result: Result<Dashboard.Reloaded, Dashboard.ReloadError>?)>((false, false, nil))

    init?(_ reload: @escaping Reload) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        descriptor = ends[0]
        wake = ends[1]
        self.reload = reload
    }

    deinit {
        close(descriptor)
        close(wake)
    }

    /// Starts a read; one asked for while another runs follows it, so the last change is read.
    func start() {
        let idle = state.withLock { s in
            if s.running { s.again = true }
            defer { s.running = true }
            return !s.running
        }
        guard idle else { return }
        Thread.detachNewThread { [self] in
            while true {
                let result = reload()
                let again = state.withLock { s in
                    s.result = result
                    if s.again { s.again = false; return true }
                    s.running = false
                    return false
                }
                var byte: UInt8 = 1
                _ = write(wake, &byte, 1)
                if !again { return }
            }
        }
    }

    /// The latest result, once the descriptor was readable; nil when none is waiting.
    func take() -> Result<Dashboard.Reloaded, Dashboard.ReloadError>? {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(descriptor, &buffer, buffer.count) > 0 {}
        return state.withLock { s in
            defer { s.result = nil }
            return s.result
        }
    }
}
