import Foundation

/// Replaces a file so that a reader (or a crash, or `kill -9`) only ever sees the old or the new
/// content: write a unique temporary in the same folder, fsync it, rotate the backups, rename it over
/// the original, fsync the folder. On failure the temporary is removed and the original is untouched.
enum AtomicFileWriter {
    /// Writes `bytes` to `paths.data`, keeping `backups` previous versions (`data.json.1` newest).
    /// Returns the identity of the new file.
    static func replace(_ paths: DataFilePaths, with bytes: [UInt8], backups: Int) throws(StoreError) -> FileIdentity {
        try replace(paths, withParts: [bytes], backups: backups)
    }

    /// Writes `parts` one after another as the new content of `paths.data`, so that a file built in
    /// parts (a snapshot's header, front and back) is never copied into one array first.
    static func replace(_ paths: DataFilePaths, withParts parts: [[UInt8]], backups: Int) throws(StoreError) -> FileIdentity {
        var existing = stat()
        let exists = stat(paths.data, &existing) == 0
        let mode = exists ? existing.st_mode & 0o7777 : 0o644
        let temporary = paths.temporary()
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw StoreError(.writeFailed(step: .createTemporary, errno: errno), file: paths.folder) }
        var closed = false
        do throws(StoreError) {
            defer { if !closed { close(descriptor) } }
            fchmod(descriptor, mode)
            for part in parts { try writeAll(part, to: descriptor, path: paths.data) }
            guard fsync(descriptor) == 0 else { throw StoreError(.writeFailed(step: .sync, errno: errno), file: paths.data) }
            var written = stat()
            fstat(descriptor, &written)
            closed = true
            guard close(descriptor) == 0 else { throw StoreError(.writeFailed(step: .write, errno: errno), file: paths.data) }
            if exists && backups > 0 { try rotateBackups(paths, keeping: backups) }
            guard rename(temporary, paths.data) == 0 else { throw StoreError(.writeFailed(step: .rename, errno: errno), file: paths.data) }
            syncFolder(paths.folder)
            return FileIdentity(written)
        } catch {
            unlink(temporary)
            throw error
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(StoreError) {
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + done, $0.count - done) }
            if count < 0 {
                if errno == EINTR { continue }
                throw StoreError(.writeFailed(step: .write, errno: errno), file: path)
            }
            done += count
        }
    }

    /// `data.json.(n-1)` → `.n`, …, `.1` → `.2`, then the current file becomes `.1` by a hard link, so
    /// the data file itself never disappears.
    private static func rotateBackups(_ paths: DataFilePaths, keeping count: Int) throws(StoreError) {
        for number in stride(from: count - 1, through: 1, by: -1) {
            guard rename(paths.backup(number), paths.backup(number + 1)) == 0 || errno == ENOENT else {
                throw StoreError(.writeFailed(step: .backup, errno: errno), file: paths.backup(number + 1))
            }
        }
        guard unlink(paths.backup(1)) == 0 || errno == ENOENT, link(paths.data, paths.backup(1)) == 0 || errno == ENOENT else {
            throw StoreError(.writeFailed(step: .backup, errno: errno), file: paths.backup(1))
        }
    }

    /// Makes the rename durable. Best effort: the new file is already in place, so a folder that
    /// cannot be synced (some file systems refuse) is not reported as a failed save.
    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}
