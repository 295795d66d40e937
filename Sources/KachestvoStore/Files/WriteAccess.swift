import Bilingual
import Foundation

/// Whether this process can save a data file — the file itself writable, its folder writable for
/// the temporary and the rename, the lock file and the audit journal usable — and, when it cannot,
/// why, in both languages, for the dashboard's automatic read-only mode.
///
/// Rights are asked of the kernel with the effective ids (`faccessat(…, AT_EACCESS)`), so the answer
/// is the one a save would meet: root passes permission bits but not a read-only file system
/// (`EROFS`) or an immutable file (`EPERM`).
public struct WriteAccess: Equatable, Sendable {
    /// What stands in the way of a save.
    public enum Obstacle: Equatable, Sendable {
        case fileNotWritable(errno: Int32)
        case folderNotWritable(errno: Int32)
        case folderMissing
        case lockNotUsable(errno: Int32)
        case journalNotWritable(errno: Int32)
    }

    /// The first obstacle found, nil when a save can go ahead.
    public var obstacle: Obstacle?
    /// The path the obstacle concerns (the file, its folder, the lock or the journal).
    public var path: String

    public var isWritable: Bool { obstacle == nil }

    /// Checks the data file at `dataFile`. A file that does not exist yet (the first save of the
    /// demo region) needs only a folder it can be created in — the nearest existing ancestor, when
    /// the folder itself will be created.
    public static func check(_ dataFile: String) -> WriteAccess {
        check(dataFile) { path, mode in
            faccessat(AT_FDCWD, path, mode, AT_EACCESS) == 0 ? 0 : errno
        }
    }

    /// The same check with the kernel's answer given by `access` (the errno, 0 for allowed), so that
    /// every reason can be tested whoever runs the tests.
    static func check(_ dataFile: String, access: (String, Int32) -> Int32) -> WriteAccess {
        let paths = DataFilePaths(dataFile)
        let journal = AuditJournal.path(forDataFile: dataFile)
        switch access(dataFile, F_OK) {
        case 0:
            if let failure = denied(access(dataFile, W_OK)) { return WriteAccess(.fileNotWritable(errno: failure), dataFile) }
        case ENOENT:
            guard let folder = nearestFolder(of: paths.folder, access: access) else { return WriteAccess(.folderMissing, paths.folder) }
            if let failure = denied(access(folder, W_OK | X_OK)) { return WriteAccess(.folderNotWritable(errno: failure), folder) }
            return WriteAccess(nil, dataFile)
        case let failure:
            return WriteAccess(.fileNotWritable(errno: failure), dataFile)
        }
        if let failure = denied(access(paths.folder, W_OK | X_OK)) { return WriteAccess(.folderNotWritable(errno: failure), paths.folder) }
        // flock needs only a descriptor, so a lock file that can be read will do.
        if access(paths.lock, F_OK) == 0, let failure = denied(access(paths.lock, R_OK)) {
            return WriteAccess(.lockNotUsable(errno: failure), paths.lock)
        }
        if access(journal, F_OK) == 0, let failure = denied(access(journal, W_OK)) {
            return WriteAccess(.journalNotWritable(errno: failure), journal)
        }
        return WriteAccess(nil, dataFile)
    }

    private init(_ obstacle: Obstacle?, _ path: String) {
        self.obstacle = obstacle
        self.path = path
    }

    private static func denied(_ code: Int32) -> Int32? { code == 0 ? nil : code }

    /// `folder`, or its nearest ancestor that exists; nil when none does (a relative path whose
    /// start is gone cannot happen: `.` exists).
    private static func nearestFolder(of folder: String, access: (String, Int32) -> Int32) -> String? {
        var candidate = folder
        while access(candidate, F_OK) != 0 {
            guard candidate != "/" && candidate != "." else { return nil }
            candidate = DataFilePaths(candidate).folder
        }
        return candidate
    }

    /// Why the dashboard is read-only, naming the path and the system's reason:
    /// `read-only: the data file cannot be written (/srv/data.json): the file system is read-only`.
    public var reason: BilingualText? {
        guard let obstacle else { return nil }
        let what: BilingualText
        let code: Int32
        switch obstacle {
        case .folderMissing:
            return BilingualText(ru: "только чтение: папка \(path) не существует", en: "read-only: the folder \(path) does not exist")
        case .fileNotWritable(let errno):
            (what, code) = (BilingualText(ru: "нельзя записать файл данных", en: "the data file cannot be written"), errno)
        case .folderNotWritable(let errno):
            (what, code) = (BilingualText(ru: "нельзя создавать файлы в его папке", en: "no new files can be made in its folder"), errno)
        case .lockNotUsable(let errno):
            (what, code) = (BilingualText(ru: "нельзя открыть файл блокировки", en: "the lock file cannot be opened"), errno)
        case .journalNotWritable(let errno):
            (what, code) = (BilingualText(ru: "нельзя дописать журнал изменений", en: "the audit journal cannot be appended to"), errno)
        }
        let cause = ErrnoText.describe(code)
        return BilingualText(ru: "только чтение: \(what.ru) (\(path)): \(cause.ru)",
                             en: "read-only: \(what.en) (\(path)): \(cause.en)")
    }
}
