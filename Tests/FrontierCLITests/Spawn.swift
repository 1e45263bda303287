import Foundation
import Glibc

/// Runs a program and waits for it, with standard input from /dev/null and an empty signal
/// mask. Not Foundation.Process: on Linux it leaks a descriptor into the child, which a
/// daemon (tmux) then holds open, so waiting never ends (see shared/reference/swift-ncurses.md).
func spawn(_ argv: [String], environment: [String: String]? = nil, directory: String? = nil) -> (status: Int32, output: String) {
    let out = NSTemporaryDirectory() + "spawn-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).out"
    defer { unlink(out) }
    // Glibc's posix_spawn_file_actions_addchdir_np is not visible to Swift: env -C changes directory.
    guard let pid = startProcess(directory.map { ["/usr/bin/env", "-C", $0] + argv } ?? argv, environment: environment, output: out) else { return (-1, "") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let output = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
    return ((status >> 8) & 0xff, output)
}

/// Starts a program with standard input from /dev/null, standard output and error to the
/// file `output`, no descriptor of ours inherited, an empty signal mask and default signal
/// actions; its pid, or nil when it could not be started.
func startProcess(_ argv: [String], environment: [String: String]?, output: String) -> pid_t? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? [] {
        if let fd = Int32(name), fd > 2, fcntl(fd, F_GETFD) & FD_CLOEXEC == 0 {
            posix_spawn_file_actions_addclose(&actions, fd)
        }
    }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t(), all = sigset_t()
    sigemptyset(&none)
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let args = argv.map { strdup($0) } + [nil]
    defer { args.forEach { free($0) } }
    let env = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { env.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawnp(&pid, argv[0], &actions, &attributes, args, env) == 0 else { return nil }
    return pid
}

/// The built `frontier` binary: `swift test` builds it because this target depends on it.
let frontierBinary = Bundle.main.bundleURL.appendingPathComponent("frontier").path

/// The repository root, from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().path

func frontier(_ arguments: String..., directory: String? = nil, environment: [String: String]? = nil) -> (status: Int32, output: String) {
    spawn([frontierBinary] + arguments, environment: environment, directory: directory)
}

/// Writes `text` to a new temporary file and returns its path.
func temporaryFile(_ text: String, suffix: String) -> String {
    let path = NSTemporaryDirectory() + "frontier-cli-\(getpid())-\(UInt64.random(in: 0...UInt64.max))\(suffix)"
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    return path
}
