import KachestvoCore

/// What `ChangeSaver.save` came to. It never overwrites another user's work: their save is merged
/// under this user's changes, and where both set one field differently, theirs stays on disk and the
/// clash is handed back for the user to settle.
public enum SaveOutcome: Sendable {
    /// Every change is on disk (and in the journal, unless `journalProblem` says otherwise).
    case saved(SavedChanges)
    /// Another user saved meanwhile and set some of the same fields to other values: those edits
    /// are not written — the file keeps theirs — and come back with base, mine and theirs; every
    /// other edit was merged and saved as in `.saved`.
    case conflicts(SavedChanges, [EditConflict])
    /// Nothing was written; the changes are still to be saved (retry, or tell the user why not).
    case failed(StoreError)
}

/// The data file after a save: its version and content, and how it came about.
public struct SavedChanges: Sendable {
    /// The version on disk now: the base of the next save, and what tells a `DataFileWatcher`
    /// event caused by this save from someone else's.
    public var version: FileVersion
    /// The dataset as it is on disk now (`revision` = `version.revision`). After a merge it holds
    /// the other user's work too, so the dashboard re-indexes it and makes it its working copy.
    public var dataset: Dataset
    /// Whether another process had saved since the base version, so its work is merged in.
    public var merged: Bool
    /// The edits written (after a merge, as re-applied onto the other user's file); empty when there
    /// was nothing left to write and the file was not touched.
    public var written: [Edit]
    /// Set when the data was saved but its journal lines could not be appended (`journalFailed`).
    public var journalProblem: StoreError?

    public init(version: FileVersion, dataset: Dataset, merged: Bool, written: [Edit], journalProblem: StoreError?) {
        self.version = version
        self.dataset = dataset
        self.merged = merged
        self.written = written
        self.journalProblem = journalProblem
    }
}
