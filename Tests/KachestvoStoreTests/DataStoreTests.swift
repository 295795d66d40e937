import Foundation
import KachestvoCore
import Testing
@testable import KachestvoStore

/// Loading and saving real files: file-system errors, untouched files, backups, revision conflicts.
@Suite struct DataStoreTests {
    private let store = DataStore()

    private func loadError(_ path: String) -> StoreError? {
        do {
            _ = try store.load(path)
            return nil
        } catch {
            return error
        }
    }

    private func saveError(_ dataset: Dataset, to path: String, expecting base: FileVersion? = nil) -> StoreError? {
        do {
            try store.save(dataset, to: path, expecting: base)
            return nil
        } catch {
            return error
        }
    }

    @Test func fileSystemProblemsOnLoad() throws {
        let folder = Fixtures.folder()
        #expect(loadError(folder + "/absent.json")?.kind == .fileMissing)
        #expect(loadError(folder + "/absent.json")?.message(.en) == "\(folder)/absent.json: the file does not exist")
        #expect(loadError(folder)?.kind == .isDirectory)
        #expect(loadError(folder)?.message(.ru) == "\(folder): это папка, а не файл данных")
        let empty = Fixtures.write("", in: folder, name: "empty.json")
        #expect(loadError(empty)?.kind == .empty)
        let noFile = Fixtures.write("{}", in: folder, name: "plain")
        #expect(loadError(noFile + "/inside.json")?.kind == .fileMissing)
    }

    @Test func aFileWithoutReadPermissionIsPermissionDenied() throws {
        let secret = Fixtures.write(try Fixtures.validText(), in: Fixtures.folder(), name: "secret.json")
        chmod(secret, 0o000)
        let error = try UnprivilegedAccess.run { loadError(secret) }
        #expect(error?.kind == .permissionDenied)
        #expect(error?.message(.ru) == "\(secret): нет прав на чтение файла")
    }

    @Test func aFailedLoadLeavesTheFileExactlyAsItWas() throws {
        let folder = Fixtures.folder()
        let broken = try Fixtures.validText().replacingOccurrences(of: "\"pupils\": 41", with: "\"pupils\": \"много\"")
        let path = Fixtures.write(broken, in: folder)
        let before = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        let bytesBefore = FileManager.default.contents(atPath: path)
        guard case .schema = loadError(path)?.kind else { Issue.record("the broken file loaded"); return }
        #expect(FileManager.default.contents(atPath: path) == bytesBefore)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["data.json"])
    }

    @Test func saveIncrementsTheRevisionAndRotatesThreeBackups() throws {
        let folder = Fixtures.folder()
        let path = folder + "/data.json"
        var version = try store.save(Fixtures.dataset(), to: path, expecting: nil)
        #expect(version.revision == 1)
        for _ in 0..<5 {
            var loaded = try store.load(path)
            #expect(loaded.version == version)
            loaded.dataset.regionName = "ревизия \(loaded.version.revision + 1)"
            version = try store.save(loaded.dataset, to: path, expecting: loaded.version)
        }
        #expect(version.revision == 6)
        #expect(try store.load(path).dataset.revision == 6)
        for number in 1...3 {
            #expect(try store.load(folder + "/data.json.\(number)").dataset.revision == 6 - number)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == ["data.json", "data.json.1", "data.json.2", "data.json.3", "data.json.lock"])
    }

    @Test func aConcurrentSaveIsAConflictAndNothingIsWritten() throws {
        let folder = Fixtures.folder()
        let path = folder + "/data.json"
        try store.save(Fixtures.dataset(), to: path, expecting: nil)
        let mine = try store.load(path)
        let theirs = try store.load(path)
        try store.save(theirs.dataset, to: path, expecting: theirs.version)
        let bytes = FileManager.default.contents(atPath: path)
        let error = saveError(mine.dataset, to: path, expecting: mine.version)
        #expect(error?.kind == .revisionConflict(expected: 1, found: 2))
        #expect(error?.message(.en).contains("someone else changed the file (revision 2, loaded 1)") == true)
        #expect(FileManager.default.contents(atPath: path) == bytes)
        unlink(path)
        #expect(saveError(mine.dataset, to: path, expecting: mine.version)?.kind == .revisionConflict(expected: 1, found: nil))
    }

    @Test func aTouchedButUnchangedFileIsNotAConflict() throws {
        let folder = Fixtures.folder()
        let path = folder + "/data.json"
        try store.save(Fixtures.dataset(), to: path, expecting: nil)
        let loaded = try store.load(path)
        let copy = FileManager.default.contents(atPath: path)!
        unlink(path)
        _ = Fixtures.write([UInt8](copy), in: folder)
        #expect(try store.save(loaded.dataset, to: path, expecting: loaded.version).revision == 2)
    }

    @Test func savingIntoAMissingFolderNamesThePathAndLeavesNothing() throws {
        let folder = Fixtures.folder() + "/no/such/folder"
        let error = saveError(Fixtures.dataset(), to: folder + "/data.json")
        #expect(error?.kind == .writeFailed(step: .lock, errno: ENOENT))
        #expect(error?.file == folder + "/data.json.lock")
        #expect(error?.message(.en) == "\(folder)/data.json.lock: could not save (locking the file): the folder does not exist; the original file is unchanged")
        #expect(FileManager.default.fileExists(atPath: folder) == false)
    }

    @Test func savingWhereNoFileMayBeCreatedNamesThePath() throws {
        // sysfs refuses new files even to root, so this runs under any user.
        let error = saveError(Fixtures.dataset(), to: "/sys/kernel/data.json")
        #expect(error?.kind == .writeFailed(step: .lock, errno: EACCES))
        #expect(error?.file == "/sys/kernel/data.json.lock")
        #expect(error?.message(.en) == "/sys/kernel/data.json.lock: could not save (locking the file): permission denied; the original file is unchanged")
        #expect(FileManager.default.fileExists(atPath: "/sys/kernel/data.json") == false)
    }

    @Test func savingIntoAReadOnlyFolderFailsAndKeepsTheOriginal() throws {
        let folder = Fixtures.folder()
        let path = folder + "/data.json"
        try store.save(Fixtures.dataset(), to: path, expecting: nil)
        try UnprivilegedAccess.giveToNobody(folder)
        let before = FileManager.default.contents(atPath: path)
        let namesBefore = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        chmod(folder, 0o555)
        defer { chmod(folder, 0o755) }
        var changed = Fixtures.dataset()
        changed.regionName = "другое"
        let error = try UnprivilegedAccess.run { saveError(changed, to: path) }
        #expect(error?.kind == .writeFailed(step: .createTemporary, errno: EACCES))
        #expect(error?.file == folder)
        #expect(error?.message(.ru) == "\(folder): не удалось сохранить (создание временного файла): нет прав доступа; исходный файл не изменён")
        #expect(FileManager.default.contents(atPath: path) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == namesBefore)
    }

    @Test func errnoTextsNameTheCommonCauses() {
        #expect(StoreError(.writeFailed(step: .write, errno: ENOSPC), file: "d.json").message(.en)
            == "d.json: could not save (writing): the disk is full; the original file is unchanged")
        #expect(StoreError(.writeFailed(step: .write, errno: ENOSPC), file: "d.json").message(.ru)
            == "d.json: не удалось сохранить (запись): диск заполнен; исходный файл не изменён")
        #expect(StoreError(.writeFailed(step: .rename, errno: EROFS), file: "d.json").text.en.contains("read-only"))
    }

    @Test func theLockIsExclusive() throws {
        let folder = Fixtures.folder()
        let lock = folder + "/data.json.lock"
        let impatient = DataStore(lockTimeout: .milliseconds(50))
        try FileLock.withExclusiveLock(lock) { () throws(StoreError) in
            // flock locks belong to the open file description, so a second open in this process conflicts.
            let error = #expect(throws: StoreError.self) {
                try impatient.save(Fixtures.dataset(), to: folder + "/data.json", expecting: nil)
            }
            guard case .locked(let holder, let waited)? = error?.kind else { Issue.record("\(String(describing: error))"); return }
            #expect(holder == getpid(), "the holder wrote its pid into the lock file")
            #expect(waited >= 0.05)
            #expect(error?.file == lock)
            let message = error?.message(.en) ?? ""
            #expect(message.hasPrefix(lock + ": another process (pid \(getpid())) is saving the file"), "\(message)")
            #expect(error?.message(.ru).contains("блокировка занята дольше 0,") == true)
        }
        #expect(try impatient.save(Fixtures.dataset(), to: folder + "/data.json", expecting: nil).revision == 1)
    }
}
