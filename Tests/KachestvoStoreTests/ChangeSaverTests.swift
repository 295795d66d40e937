import Bilingual
import Foundation
import KachestvoCore
import Testing
@testable import KachestvoStore

/// Two users saving changes to one file: merged when they touch different records, a conflict with
/// both values when they set the same field, the journal written for what is on disk.
@Suite struct ChangeSaverTests {
    private static let anna = JournalAuthor(user: "anna", client: "10.0.0.5")
    private static let boris = JournalAuthor(user: "boris", client: nil)
    private static let moment = Date(timeIntervalSince1970: 1_764_600_000)

    private func saver(_ author: JournalAuthor, store: DataStore = DataStore()) -> ChangeSaver {
        ChangeSaver(store: store, author: author, now: { Self.moment })
    }

    /// A file with the fixture dataset, loaded.
    private func loadedFile() throws -> LoadedDataset {
        let path = Fixtures.folder() + "/data.json"
        try DataStore().save(Fixtures.dataset(), to: path, expecting: nil)
        return try DataStore().load(path)
    }

    /// A change of one organisation's pupils, applied to `dataset`.
    private func setPupils(_ id: String, to pupils: Int, in dataset: inout Dataset) throws -> Change {
        let key = RecordKey.organisation(Identifier(id))
        let old = try #require(dataset.value(of: key, field: "pupils"))
        let change = Change([Edit(record: key, field: "pupils", old: old, new: .integer(pupils))],
                            summary: BilingualText(ru: "Изменено число учащихся", en: "Pupils changed"))
        try dataset.apply(change)
        return change
    }

    private func pupils(_ id: String, _ dataset: Dataset) -> Int? {
        dataset.organisations.first { $0.id.rawValue == id }?.pupils
    }

    private func saved(_ outcome: SaveOutcome) throws -> SavedChanges {
        guard case .saved(let saved) = outcome else { throw Unexpected(outcome: outcome) }
        return saved
    }

    struct Unexpected: Error { var outcome: SaveOutcome }

    @Test func anUnchangedFileTakesTheChangesAndTheJournalSaysWhoAndFromWhere() throws {
        let loaded = try loadedFile()
        var working = loaded.dataset
        let change = try setPupils("s-0", to: 77, in: &working)
        let saved = try saved(saver(Self.anna).save([change], working: working, base: loaded.version, to: loaded.path))
        #expect(!saved.merged && saved.journalProblem == nil)
        #expect(saved.version.revision == loaded.version.revision + 1)
        let onDisk = try DataStore().load(loaded.path)
        #expect(onDisk.version == saved.version)
        #expect(pupils("s-0", onDisk.dataset) == 77)
        #expect(onDisk.dataset == saved.dataset)

        let reading = try AuditJournal(dataFile: loaded.path).read()
        #expect(reading.problems.isEmpty)
        let entry = try #require(reading.entries.first)
        #expect(reading.entries.count == 1)
        #expect(entry.author == Self.anna)
        #expect(entry.time == Self.moment)
        #expect(entry.record == .organisation("s-0") && entry.field == "pupils")
        #expect(entry.old == .integer(40) && entry.new == .integer(77))
        #expect(entry.revision == saved.version.revision && entry.change == 1)
        #expect(entry.summary?.en == "Pupils changed")
    }

    @Test func twoUsersChangingDifferentRecordsAreBothKept() throws {
        let loaded = try loadedFile()
        var annas = loaded.dataset, boriss = loaded.dataset
        let annasChange = try setPupils("s-0", to: 111, in: &annas)
        let borissChange = try setPupils("s-1", to: 222, in: &boriss)
        let first = try saved(saver(Self.anna).save([annasChange], working: annas, base: loaded.version, to: loaded.path))
        // Boris still has the version both loaded: his save finds Anna's and merges.
        let second = try saved(saver(Self.boris).save([borissChange], working: boriss, base: loaded.version, to: loaded.path))
        #expect(!first.merged && second.merged)
        #expect(second.version.revision == first.version.revision + 1)
        let onDisk = try DataStore().load(loaded.path).dataset
        #expect(pupils("s-0", onDisk) == 111 && pupils("s-1", onDisk) == 222)
        #expect(onDisk == second.dataset, "the saver hands back what is on disk, for the dashboard to re-index")

        let entries = try AuditJournal(dataFile: loaded.path).read().entries
        #expect(entries.map(\.author.user) == ["anna", "boris"])
        #expect(entries.map(\.author.client) == ["10.0.0.5", nil])
        #expect(entries.map(\.revision) == [first.version.revision, second.version.revision])
        #expect(entries.last?.old == .integer(41) && entries.last?.new == .integer(222))
    }

    @Test func theSameFieldSetByBothIsAConflictWithBothValuesAndTheRestIsSaved() throws {
        let loaded = try loadedFile()
        var annas = loaded.dataset, boriss = loaded.dataset
        let annasChange = try setPupils("s-0", to: 111, in: &annas)
        let borissClash = try setPupils("s-0", to: 999, in: &boriss)
        let borissOther = try setPupils("s-2", to: 333, in: &boriss)
        _ = try saved(saver(Self.anna).save([annasChange], working: annas, base: loaded.version, to: loaded.path))
        let outcome = saver(Self.boris).save([borissClash, borissOther], working: boriss, base: loaded.version, to: loaded.path)
        guard case .conflicts(let saved, let conflicts) = outcome else { throw Unexpected(outcome: outcome) }
        #expect(conflicts == [EditConflict(record: .organisation("s-0"), field: "pupils", base: .integer(40),
                                           mine: .integer(999), theirs: .integer(111))])
        let onDisk = try DataStore().load(loaded.path)
        #expect(pupils("s-0", onDisk.dataset) == 111, "Anna's value stays until Boris chooses")
        #expect(pupils("s-2", onDisk.dataset) == 333, "Boris's other change is saved")
        #expect(saved.merged && saved.version == onDisk.version && saved.written.count == 1)
        let entries = try AuditJournal(dataFile: loaded.path).read().entries
        #expect(entries.map(\.record) == [.organisation("s-0"), .organisation("s-2")])
        #expect(entries.last?.change == 1 && entries.last?.author.user == "boris")

        // Boris keeps his value: the settled conflict is saved as a change of its own.
        var settled = saved.dataset
        let keepMine = Change([Edit(record: .organisation("s-0"), field: "pupils", old: .integer(111), new: .integer(999))],
                              summary: BilingualText(ru: "Конфликт: оставлено своё", en: "Conflict: kept mine"))
        try settled.apply(keepMine)
        let final = try self.saved(saver(Self.boris).save([keepMine], working: settled, base: saved.version, to: loaded.path))
        #expect(!final.merged)
        #expect(pupils("s-0", try DataStore().load(loaded.path).dataset) == 999)
    }

    /// A change committed while a merging save ran: keeping the old base with every change pending,
    /// the next save merges again and journals only what was not on disk yet.
    @Test func savingAgainFromTheOldBaseSkipsWhatIsOnDiskAlready() throws {
        let loaded = try loadedFile()
        var annas = loaded.dataset, boriss = loaded.dataset
        let borissChange = try setPupils("s-1", to: 222, in: &boriss)
        _ = try saved(saver(Self.boris).save([borissChange], working: boriss, base: loaded.version, to: loaded.path))
        let first = try setPupils("s-0", to: 111, in: &annas)
        let merged = try saved(saver(Self.anna).save([first], working: annas, base: loaded.version, to: loaded.path))
        #expect(merged.merged)
        let second = try setPupils("s-2", to: 333, in: &annas)  // committed while that save ran
        let again = try saved(saver(Self.anna).save([first, second], working: annas, base: loaded.version, to: loaded.path))
        #expect(again.merged && again.written.map(\.record) == [.organisation("s-2")])
        let onDisk = try DataStore().load(loaded.path).dataset
        #expect(pupils("s-0", onDisk) == 111 && pupils("s-1", onDisk) == 222 && pupils("s-2", onDisk) == 333)
        let entries = try AuditJournal(dataFile: loaded.path).read().entries
        #expect(entries.map(\.record) == [.organisation("s-1"), .organisation("s-0"), .organisation("s-2")])
    }

    @Test func aRecordTheOtherUserDeletedIsAConflictOfTheWholeRecord() throws {
        let loaded = try loadedFile()
        var annas = loaded.dataset, boriss = loaded.dataset
        let key = RecordKey.supportCase("case-1")
        let record = try #require(boriss.record(key))
        let deletion = Change([Edit.delete(record)], summary: BilingualText(ru: "Удалено", en: "Deleted"))
        try boriss.apply(deletion)
        _ = try saved(saver(Self.boris).save([deletion], working: boriss, base: loaded.version, to: loaded.path))
        let edit = Change([Edit(record: key, field: "curatorId", old: .text("umc-1"), new: .text("kc-1"))],
                          summary: BilingualText(ru: "Сменён куратор", en: "Curator changed"))
        try annas.apply(edit)
        let outcome = saver(Self.anna).save([edit], working: annas, base: loaded.version, to: loaded.path)
        guard case .conflicts(let saved, let conflicts) = outcome else { throw Unexpected(outcome: outcome) }
        #expect(conflicts.count == 1 && conflicts.first?.record == key && conflicts.first?.field == nil)
        #expect(conflicts.first?.theirs == FieldValue.none)
        #expect(saved.written.isEmpty && saved.dataset.record(key) == nil, "the deletion stands until Anna chooses")
    }

    @Test func aConflictOnEveryEditWritesNothing() throws {
        let loaded = try loadedFile()
        var annas = loaded.dataset, boriss = loaded.dataset
        let annasChange = try setPupils("s-0", to: 111, in: &annas)
        let borissChange = try setPupils("s-0", to: 999, in: &boriss)
        let first = try saved(saver(Self.anna).save([annasChange], working: annas, base: loaded.version, to: loaded.path))
        let outcome = saver(Self.boris).save([borissChange], working: boriss, base: loaded.version, to: loaded.path)
        guard case .conflicts(let saved, let conflicts) = outcome else { throw Unexpected(outcome: outcome) }
        #expect(conflicts.count == 1 && saved.written.isEmpty)
        #expect(saved.version == first.version, "the file was not touched")
        #expect(try AuditJournal(dataFile: loaded.path).read().entries.count == 1)
    }

    @Test func aDeletedFileIsNotRecreatedAndTheChangesComeBack() throws {
        let loaded = try loadedFile()
        var working = loaded.dataset
        let change = try setPupils("s-0", to: 5, in: &working)
        #expect(unlink(loaded.path) == 0)
        let outcome = saver(Self.anna).save([change], working: working, base: loaded.version, to: loaded.path)
        guard case .failed(let error) = outcome else { throw Unexpected(outcome: outcome) }
        #expect(error.kind == .deletedSinceLoad(revision: loaded.version.revision))
        #expect(error.message(.en).hasPrefix(loaded.path + ": the file was deleted since it was loaded"))
        #expect(error.message(.ru).contains("файл удалён после загрузки"))
        #expect(!FileManager.default.fileExists(atPath: loaded.path))
    }

    @Test func aFileReplacedUnderneathIsTreatedAsAnotherSave() throws {
        let loaded = try loadedFile()
        var replaced = loaded.dataset
        replaced.regionName = "Заменённая область"
        // Someone copies another file over it, keeping the revision: only the identity tells.
        try DataStore().save(replaced, to: loaded.path + ".other", expecting: nil)
        #expect(rename(loaded.path + ".other", loaded.path) == 0)
        var working = loaded.dataset
        let change = try setPupils("s-0", to: 5, in: &working)
        let saved = try saved(saver(Self.anna).save([change], working: working, base: loaded.version, to: loaded.path))
        #expect(saved.merged)
        let onDisk = try DataStore().load(loaded.path).dataset
        #expect(onDisk.regionName == "Заменённая область" && pupils("s-0", onDisk) == 5)
    }

    @Test func theFirstSaveMakesTheFolderAndTheFile() throws {
        let path = Fixtures.folder() + "/new/kachestvo/data.json"
        var working = Fixtures.dataset()
        let change = try setPupils("s-0", to: 5, in: &working)
        let saved = try saved(saver(Self.anna).save([change], working: working, base: nil, to: path))
        #expect(saved.version.revision == 1)
        #expect(pupils("s-0", try DataStore().load(path).dataset) == 5)
        #expect(try AuditJournal(dataFile: path).read().entries.count == 1)
    }

    @Test func aLockHeldTooLongFailsNamingTheLockAndItsHolder() throws {
        let loaded = try loadedFile()
        var working = loaded.dataset
        let change = try setPupils("s-0", to: 5, in: &working)
        let impatient = saver(Self.anna, store: DataStore(lockTimeout: .milliseconds(30)))
        let outcome = try FileLock.withExclusiveLock(loaded.path + ".lock") { () throws(StoreError) -> SaveOutcome in
            impatient.save([change], working: working, base: loaded.version, to: loaded.path)
        }
        guard case .failed(let error) = outcome, case .locked(let holder, _) = error.kind else { throw Unexpected(outcome: outcome) }
        #expect(holder == getpid())
        #expect(error.file == loaded.path + ".lock")
        #expect(error.message(.ru).hasPrefix(loaded.path + ".lock: файл сохраняет другой процесс (pid \(getpid()))"))
        #expect(try DataStore().load(loaded.path).version == loaded.version, "nothing was written")
    }

    @Test func aJournalThatCannotBeWrittenIsReportedWithTheSaveDone() throws {
        let loaded = try loadedFile()
        #expect(mkdir(AuditJournal.path(forDataFile: loaded.path), 0o755) == 0)
        var working = loaded.dataset
        let change = try setPupils("s-0", to: 5, in: &working)
        let saved = try saved(saver(Self.anna).save([change], working: working, base: loaded.version, to: loaded.path))
        #expect(pupils("s-0", try DataStore().load(loaded.path).dataset) == 5)
        let problem = try #require(saved.journalProblem)
        #expect(problem.kind == .journalFailed(errno: EISDIR) && problem.file == loaded.path + ".journal.jsonl")
        #expect(problem.message(.en).contains("the data is saved, but the audit journal could not be written"))
    }

    @Test(.enabled(if: ScratchMount.unavailable == nil, "\(ScratchMount.unavailable ?? "")"))
    func aFullDiskLeavesTheFileTheJournalAndTheFolderAsTheyWere() throws {
        try ScratchMount.withTinyDisk(bytes: 128 * 1024) { folder in
            let file = folder + "/data.json"
            try DataStore().save(Fixtures.dataset(), to: file, expecting: nil)
            let loaded = try DataStore().load(file)
            let before = try Data(contentsOf: URL(fileURLWithPath: file))
            let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
            var working = Fixtures.dataset(schools: 1_000)
            working.revision = loaded.dataset.revision
            let outcome = ChangeSaver().save([], working: working, base: loaded.version, to: file)
            guard case .failed(let error) = outcome, case .writeFailed(_, let code) = error.kind else {
                Issue.record("a 1,000-school file fitted in 128 KiB"); return
            }
            #expect(code == ENOSPC)
            #expect(error.message(.ru).contains("диск заполнен; исходный файл не изменён"))
            #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == names, "no temporary left")
        }
    }
}
