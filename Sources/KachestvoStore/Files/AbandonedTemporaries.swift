import Foundation

/// Temporaries that a writer killed mid-save (`kill -9`, a crash, a power cut) left beside a file.
/// Each is named after its writer's pid (`DataFilePaths.temporary`); one whose process no longer
/// exists can never be finished or renamed, so the next writer removes it.
enum AbandonedTemporaries {
    /// Removes the temporaries of `paths` whose writer is gone, leaving those of live processes
    /// alone (a save under way, or a pid that cannot be checked). Best effort: a file that cannot be
    /// removed only stays.
    static func remove(of paths: DataFilePaths) {
        let prefix = paths.temporaryPrefix
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: paths.folder)) ?? [] where entry.hasPrefix(prefix) {
            guard let pid = Int32(entry.dropFirst(prefix.count).prefix { $0 != "-" }), !isAlive(pid) else { continue }
            unlink(paths.folder + "/" + entry)
        }
    }

    /// False only when the kernel says there is no such process (`ESRCH`): a process of another
    /// user (`EPERM`) is alive.
    private static func isAlive(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno != ESRCH)
    }
}
