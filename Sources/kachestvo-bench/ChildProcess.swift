import Foundation

/// Runs one size in a child copy of this executable (`--child N --out FILE`), so each size's peak
/// memory is its own.
enum ChildProcess {
    static func run(schools: Int, keyCount: Int) throws -> SizeResult {
        let output = NSTemporaryDirectory() + "/kachestvo-bench-\(getpid())-\(schools).json"
        defer { unlink(output) }
        let arguments = [CommandLine.arguments[0], "--child", "\(schools)", "--keys", "\(keyCount)", "--out", output]
        let status = try spawnAndWait("/proc/self/exe", arguments)
        guard status == 0 else { throw BenchError("the child for \(schools) schools exited with status \(status)") }
        let data = try Data(contentsOf: URL(fileURLWithPath: output))
        return try JSONDecoder().decode(SizeResult.self, from: data)
    }

    /// Starts `executable` with `arguments` and this process's environment; returns its exit status.
    private static func spawnAndWait(_ executable: String, _ arguments: [String]) throws -> Int32 {
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let spawnError = posix_spawn(&pid, executable, nil, nil, argv, environ)
        guard spawnError == 0 else { throw BenchError("posix_spawn: \(String(cString: strerror(spawnError)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw BenchError("waitpid: \(String(cString: strerror(errno)))") }
        }
        // WIFEXITED / WEXITSTATUS, which Swift does not import.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
