import NIOCore
import Synchronization

/// The client's own check that it keeps up: a 10 ms timer on every event loop, recording
/// how late each tick fires. Ticks running late mean reads were timestamped late too, and
/// a level measured so describes the client, not the server (`client-limited`).
public final class ClientLag: Sendable {
    public static let interval = TimeAmount.milliseconds(10)
    /// A level whose lag p99 is above this is flagged `client-limited`.
    public static let limitMs = 5.0

    private final class Samples: Sendable {
        let lateness = Mutex<[Double]>([])
    }

    private let samples = Samples()
    private let tasks: [RepeatedTask]

    public init(group: any EventLoopGroup) {
        let box = samples
        var tasks: [RepeatedTask] = []
        for loop in group.makeIterator() {
            let last = NIOLoopBoundBox.makeBoxSendingValue(NIODeadline.now(), eventLoop: loop)
            tasks.append(loop.scheduleRepeatedTask(initialDelay: Self.interval, delay: Self.interval) { _ in
                let now = NIODeadline.now()
                let late = Double((now - last.value - Self.interval).nanoseconds) / 1e6
                last.value = now
                box.lateness.withLock { $0.append(max(0, late)) }
            })
        }
        self.tasks = tasks
    }

    /// The lateness of every tick since the last call, in ms; starts a new window.
    public func take() -> [Double] {
        samples.lateness.withLock { samples in
            defer { samples.removeAll(keepingCapacity: true) }
            return samples
        }
    }

    public func stop() {
        for task in tasks { task.cancel() }
    }
}
