import Bilingual
import Foundation
import KachestvoCore
import Testing
@testable import KachestvoStore

/// Whether a data file can be saved, and why not, in words — honest when the tests run as root.
@Suite struct WriteAccessTests {
    /// `check` with the kernel's answers made up: `answers[path]` for that path (0 allowed), else 0.
    private func check(_ file: String, _ answers: [String: Int32], writes: [String: Int32] = [:]) -> WriteAccess {
        WriteAccess.check(file) { path, mode in
            if mode == F_OK { return answers[path] ?? 0 }
            return writes[path] ?? 0
        }
    }

    @Test func everyObstacleHasItsReason() {
        let file = "/srv/k/data.json"
        #expect(check(file, [:]).isWritable && check(file, [:]).reason == nil)
        let readOnly = check(file, [:], writes: [file: EROFS])
        #expect(readOnly.obstacle == .fileNotWritable(errno: EROFS))
        #expect(readOnly.reason?.en == "read-only: the data file cannot be written (/srv/k/data.json): the file system is read-only")
        #expect(readOnly.reason?.ru == "только чтение: нельзя записать файл данных (/srv/k/data.json): файловая система только для чтения")
        let folder = check(file, [:], writes: ["/srv/k": EACCES])
        #expect(folder.obstacle == .folderNotWritable(errno: EACCES) && folder.path == "/srv/k")
        #expect(folder.reason?.en == "read-only: no new files can be made in its folder (/srv/k): permission denied")
        let lock = check(file, [:], writes: [file + ".lock": EACCES])
        #expect(lock.obstacle == .lockNotUsable(errno: EACCES) && lock.reason?.ru.contains("файл блокировки") == true)
        let journal = check(file, [:], writes: [file + ".journal.jsonl": EPERM])
        #expect(journal.obstacle == .journalNotWritable(errno: EPERM) && journal.path == file + ".journal.jsonl")
        #expect(journal.reason?.en.contains("the audit journal cannot be appended to") == true)
    }

    @Test func aFileNotYetThereNeedsAFolderToBeMadeIn() {
        let file = "/home/u/.local/share/kachestvo/data.json"
        let missing: [String: Int32] = [file: ENOENT, "/home/u/.local/share/kachestvo": ENOENT]
        #expect(check(file, missing).isWritable)
        let denied = check(file, missing, writes: ["/home/u/.local/share": EACCES])
        #expect(denied.obstacle == .folderNotWritable(errno: EACCES) && denied.path == "/home/u/.local/share")
        let nowhere = check("/gone/data.json", ["/gone/data.json": ENOENT, "/gone": ENOENT, "/": ENOENT])
        #expect(nowhere.obstacle == .folderMissing && nowhere.reason?.en == "read-only: the folder /gone does not exist")
    }

    @Test func anOrdinaryFileAndFolderAreWritable() throws {
        let folder = Fixtures.folder()
        let file = Fixtures.write("{}", in: folder)
        #expect(WriteAccess.check(file).isWritable)
        #expect(WriteAccess.check(folder + "/later.json").isWritable)
    }

    /// A folder its owner made read-only, checked as that owner (as `nobody` when the tests run as
    /// root, since root passes permission bits — as a save by root would).
    @Test func aReadOnlyFolderIsReportedAsTheOwnerSeesIt() throws {
        let folder = Fixtures.folder()
        let file = Fixtures.write("{}", in: folder)
        try UnprivilegedAccess.giveToNobody(folder)
        #expect(chmod(folder, 0o555) == 0)
        defer { chmod(folder, 0o755) }
        let access = try UnprivilegedAccess.run { WriteAccess.check(file) }
        #expect(access.obstacle == .folderNotWritable(errno: EACCES) && access.path == folder)
        #expect(chmod(file, 0o444) == 0)
        #expect(try UnprivilegedAccess.run { WriteAccess.check(file) }.obstacle == .fileNotWritable(errno: EACCES))
        if UnprivilegedAccess.isRoot {
            #expect(WriteAccess.check(file).isWritable, "root itself may write there, and a save by root would succeed")
        }
    }

    @Test(.enabled(if: ScratchMount.unavailable == nil, "\(ScratchMount.unavailable ?? "")"))
    func aReadOnlyFileSystemStopsEvenRootAndTheSaveFailsCleanly() throws {
        let source = Fixtures.folder()
        try DataStore().save(Fixtures.dataset(), to: source + "/data.json", expecting: nil)
        try ScratchMount.withReadOnlyView(of: source) { folder in
            let file = folder + "/data.json"
            let access = WriteAccess.check(file)
            #expect(access.obstacle == .fileNotWritable(errno: EROFS))
            #expect(access.reason?.en.hasSuffix("the file system is read-only") == true)
            let loaded = try DataStore().load(file)
            var working = loaded.dataset
            working.regionName = "Другая"
            let change = Change([Edit(record: .organisation("s-0"), field: "pupils", old: .integer(40), new: .integer(41))],
                                summary: BilingualText(ru: "Правка", en: "Edit"))
            try working.apply(change)
            let outcome = ChangeSaver().save([change], working: working, base: loaded.version, to: file)
            guard case .failed(let error) = outcome else { Issue.record("saved on a read-only file system"); return }
            #expect(error.kind == .writeFailed(step: .createTemporary, errno: EROFS), "\(error)")
            #expect(error.message(.en).contains("the file system is read-only; the original file is unchanged"))
        }
    }
}
