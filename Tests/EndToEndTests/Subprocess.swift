import Foundation

/// Runs a program to completion with posix_spawn and waitpid, its output captured through a file.
///
/// Not Foundation's `Process`: test runners block signals on their threads, children inherit that
/// mask, and a program (or a tmux server it starts) must see SIGCHLD, SIGWINCH and SIGHUP as it
/// would in a real login. A file, not a pipe, takes the output because a daemon the child starts
/// (a tmux server) inherits the descriptors and would keep a pipe open forever.
enum Subprocess {
    struct Result {
        var status: Int32
        var output: String
    }

    static func run(_ program: String, _ arguments: [String], environment: [String: String]? = nil) throws -> Result {
        let outputPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("kachestvo-subprocess-\(getpid())-\(UUID().uuidString).out").path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))

        var argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let variables = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var envp = variables.map { strdup($0) } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, program, &actions, &attributes, &argv, &envp)
        guard spawned == 0 else { throw SubprocessError(program: program, reason: String(cString: strerror(spawned))) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        // WIFEXITED / WEXITSTATUS, which Swift cannot import as macros.
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: exitStatus, output: output)
    }
}

/// A program that could not be started.
struct SubprocessError: Error, CustomStringConvertible {
    var program: String
    var reason: String
    var description: String { "cannot start \(program): \(reason)" }
}
