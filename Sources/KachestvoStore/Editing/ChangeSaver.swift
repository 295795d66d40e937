import Foundation
import KachestvoCore

/// Saves a user's committed changes to a data file shared with other users, never overwriting
/// theirs. Inside the file's advisory lock (waiting up to the store's `lockTimeout`):
///
/// 1. the file is still the version this user's dataset is based on (same identity) → the dataset
///    is written as it is, atomically, at the next revision;
/// 2. someone else saved since → their file is loaded and this user's changes re-applied onto it
///    (`EditRebase`): changes to other records or fields are merged and saved; a field both set
///    differently keeps their value on disk and comes back as a conflict (base, mine, theirs) for the
///    user to settle — the settled values are then saved as a change of their own;
/// 3. the file was deleted → nothing is written (`deletedSinceLoad`): the changes stay with the
///    caller, to retry once the file is back.
///
/// Then, still locked and only once the new file is in place, one journal line per written edit
/// is appended (`AuditJournal`). Blocking: run it off the main thread.
public struct ChangeSaver: Sendable {
    public var store: DataStore
    public var author: JournalAuthor
    /// The clock of the journal's times.
    public var now: @Sendable () -> Date

    public init(store: DataStore = DataStore(), author: JournalAuthor = .current(), now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.author = author
        self.now = now
    }

    /// Saves `pending` — the changes, oldest first, made since `base` — given `working`, the dataset
    /// with them applied. `base` nil means a new file (the demo region's first save): its folder is
    /// made, and a file found there after all is treated as someone else's save.
    ///
    /// `working` must be exactly `base`'s content with `pending` applied: an unchanged file is
    /// replaced by `working` as it is. So after `.saved(s)` with `s.merged` false, `s.version` is the
    /// next base and only the changes committed while this save ran are pending; after a merge (or a
    /// conflict), `s.dataset` — not the old working copy — is the content of `s.version`: adopt both,
    /// or keep the old base with every change still pending (the next save merges again, skipping
    /// what is already on disk).
    public func save(_ pending: [Change], working: Dataset, base: FileVersion?, to path: String) -> SaveOutcome {
        do throws(StoreError) {
            let paths = DataFilePaths(path)
            if base == nil { try Folder.make(paths.folder) }
            var next = working
            next.revision = (base?.revision ?? working.revision) + 1
            // Encoded before the lock, so others wait only for the write — unless the file has
            // visibly moved on, when the merge encodes its own result instead.
            let early = Self.isUnchanged(FileIdentity.current(at: path), since: base) ? try encode(next, path: path) : nil
            return try FileLock.withExclusiveLock(paths.lock, timeout: store.lockTimeout) { () throws(StoreError) -> SaveOutcome in
                AbandonedTemporaries.remove(of: paths)
                let identity = FileIdentity.current(at: path)
                if let base, identity == nil { throw StoreError(.deletedSinceLoad(revision: base.revision), file: path) }
                guard Self.isUnchanged(identity, since: base) else {
                    return try merge(pending, working: working, into: paths)
                }
                let bytes: [UInt8]
                if let early { bytes = early } else { bytes = try encode(next, path: path) }
                let written = try AtomicFileWriter.replace(paths, with: bytes, backups: store.backupCount)
                let version = FileVersion(revision: next.revision, identity: written)
                let entries = journalEntries(pending.map { ($0, $0.edits) }, revision: version.revision)
                return .saved(SavedChanges(version: version, dataset: next, merged: false, written: pending.flatMap(\.edits),
                                           journalProblem: journal(entries, paths: paths)))
            }
        } catch {
            return .failed(error)
        }
    }

    /// Whether the file at `identity` is still the base version (or, with no base, still absent).
    private static func isUnchanged(_ identity: FileIdentity?, since base: FileVersion?) -> Bool {
        identity == base?.identity
    }

    /// Case 2: another process saved since the base. Loads theirs, rebases `pending` onto it, saves
    /// what merged (if anything is left to write) and returns the conflicts.
    private func merge(_ pending: [Change], working: Dataset, into paths: DataFilePaths) throws(StoreError) -> SaveOutcome {
        let theirs = try store.load(paths.data)
        let rebase = EditRebase(mine: pending, edited: working, theirs: theirs.dataset)
        var saved = SavedChanges(version: theirs.version, dataset: rebase.merged, merged: true, written: [], journalProblem: nil)
        if !rebase.applied.isEmpty {
            saved.dataset.revision = theirs.version.revision + 1
            let identity = try AtomicFileWriter.replace(paths, with: try encode(saved.dataset, path: paths.data), backups: store.backupCount)
            saved.version = FileVersion(revision: saved.dataset.revision, identity: identity)
            saved.written = rebase.applied
            let entries = journalEntries(Self.attribute(rebase.applied, to: pending), revision: saved.version.revision)
            saved.journalProblem = journal(entries, paths: paths)
        }
        return rebase.conflicts.isEmpty ? .saved(saved) : .conflicts(saved, rebase.conflicts)
    }

    /// Groups rebased edits under the change that made each field's last value, in change order, so
    /// every journal line carries a summary the user wrote.
    private static func attribute(_ edits: [Edit], to changes: [Change]) -> [(Change, [Edit])] {
        var groups: [Int: [Edit]] = [:]
        for edit in edits {
            let owner = changes.lastIndex { $0.edits.contains { $0.record == edit.record && $0.field == edit.field } } ?? changes.count - 1
            groups[owner, default: []].append(edit)
        }
        return groups.keys.sorted().map { (changes[$0], groups[$0]!) }
    }

    private func encode(_ dataset: Dataset, path: String) throws(StoreError) -> [UInt8] {
        do {
            return try DatasetCodec.encode(dataset)
        } catch {
            throw StoreError(error.kind, file: path)
        }
    }

    private func journalEntries(_ groups: [(Change, [Edit])], revision: Int) -> [JournalEntry] {
        let time = now()
        return groups.enumerated().flatMap { number, group in
            group.1.map { edit in
                JournalEntry(time: time, author: author, record: edit.record, field: edit.field,
                             old: Self.json(edit.old), new: Self.json(edit.new), summary: group.0.summary,
                             revision: revision, change: number + 1)
            }
        }
    }

    /// A field's value as the journal writes it; a value JSON cannot carry (NaN) as its text.
    private static func json(_ value: FieldValue) -> JSONValue {
        (try? JSONValueEncoder.encode(value)) ?? .string(value.description)
    }

    /// Appends the entries with the data file's permissions; the problem, if any, for the outcome.
    private func journal(_ entries: [JournalEntry], paths: DataFilePaths) -> StoreError? {
        var status = stat()
        let mode = stat(paths.data, &status) == 0 ? status.st_mode & 0o666 : 0o644
        do throws(StoreError) {
            try AuditJournal(dataFile: paths.data).append(entries, mode: mode)
            return nil
        } catch {
            return error
        }
    }
}
