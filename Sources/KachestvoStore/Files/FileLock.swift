import Foundation

/// An advisory exclusive lock (`flock`) on a data file's sidecar `.lock` file. Savers hold it while
/// they check the revision and replace the file, so two saves never interleave; the kernel drops it
/// when the holder exits, even on `kill -9`. The holder writes its pid into the file, so that one
/// who waits too long can say who holds it.
public enum FileLock {
    /// Runs `body` holding the lock at `path`, waiting up to `timeout` for another holder.
    @discardableResult
    public static func withExclusiveLock<T>(
        _ path: String, timeout: Duration = .seconds(5), _ body: () throws(StoreError) -> T
    ) throws(StoreError) -> T {
        // The mode is left to the umask, so that colleagues sharing a group can lock it too; a lock
        // file someone else created and this user cannot write is still lockable read-only.
        var descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
        let writable = descriptor >= 0
        let refusal = errno
        if !writable && (refusal == EACCES || refusal == EPERM || refusal == EROFS) { descriptor = open(path, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { throw StoreError(.writeFailed(step: .lock, errno: refusal), file: path) }
        defer { close(descriptor) }
        let started = ContinuousClock.now
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            guard code == EWOULDBLOCK || code == EINTR else { throw StoreError(.writeFailed(step: .lock, errno: code), file: path) }
            let waited = started.duration(to: .now)
            guard waited < timeout else {
                throw StoreError(.locked(holder: holder(of: descriptor), waitedSeconds: waited.inSeconds), file: path)
            }
            usleep(10_000)
        }
        if writable { recordHolder(descriptor) }
        return try body()
    }

    /// Writes this process's pid into the lock file (best effort: a lock is a lock without it).
    private static func recordHolder(_ descriptor: Int32) {
        let text = Array("\(getpid())\n".utf8)
        guard ftruncate(descriptor, 0) == 0 else { return }
        _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    /// The pid the holder wrote, when that process is still there (an older writer may have left
    /// its own pid behind and gone).
    static func holder(of descriptor: Int32) -> Int32? {
        var bytes = [UInt8](repeating: 0, count: 32)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0, let pid = Int32(String(decoding: bytes[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)),
              pid > 0, kill(pid, 0) == 0 || errno == EPERM else { return nil }
        return pid
    }
}

extension Duration {
    /// The duration in seconds, as a `Double`.
    var inSeconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
