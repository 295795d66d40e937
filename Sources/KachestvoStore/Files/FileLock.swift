import Foundation

/// An advisory exclusive lock (`flock`) on a data file's sidecar `.lock` file. Savers hold it while
/// they check the revision and replace the file, so two saves never interleave; the kernel drops it
/// when the holder exits, even on `kill -9`.
public enum FileLock {
    /// Runs `body` holding the lock at `path`, waiting up to `timeout` for another holder.
    @discardableResult
    public static func withExclusiveLock<T>(
        _ path: String, timeout: Duration = .seconds(5), _ body: () throws(StoreError) -> T
    ) throws(StoreError) -> T {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw StoreError(.writeFailed(step: .lock, errno: errno), file: path) }
        defer { close(descriptor) }
        let deadline = ContinuousClock.now + timeout
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            guard code == EWOULDBLOCK || code == EINTR else { throw StoreError(.writeFailed(step: .lock, errno: code), file: path) }
            guard ContinuousClock.now < deadline else { throw StoreError(.locked, file: path) }
            usleep(10_000)
        }
        return try body()
    }
}
