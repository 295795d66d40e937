import Bilingual
import KachestvoCore
import KachestvoStore

/// This user's edits of the region on show: undo and redo, the changes committed but not yet on
/// disk, the file version they are based on, where they are saved, and what may be changed.
/// Changes stay here until a save reports them written, so a failed save loses nothing.
public struct EditSession: Sendable {
    public var history = EditHistory()
    /// Committed changes not yet on disk, oldest first.
    public internal(set) var unsaved: [Change] = []
    /// How many of `unsaved`, from the front, the save under way carries; 0 when none runs.
    public internal(set) var inFlight = 0
    /// The file version the dataset was read from or last saved as; nil before the first save of
    /// the built-in demo region (the file is then made).
    public var base: FileVersion?
    /// The data file saves go to (for the demo region, the default data file); nil: none.
    public var target: String?
    /// Why nothing can be changed (`--read-only`, or a file that cannot be written); nil: editable.
    public var readOnly: BilingualText?
    /// What this user may change (`--scope`).
    public var scope: EditScope = .everything
    public internal(set) var status: SaveStatus = .idle
    /// A rebuild of the index under way, with the working dataset meanwhile.
    public internal(set) var rebuild: PendingRebuild?
    /// Counts rebuilds, so that a late one is told from the current one.
    var rebuildCount = 0
    /// A new organisation to show once the rebuild under way has indexed it.
    var revealAfterRebuild: Identifier<Organisation>?
    /// True while the file is read again because another process saved it (said when it lands).
    var reloadingForOthers = false
    /// Conflicts of the last save still to be settled by the user.
    public internal(set) var conflicts: [EditConflict] = []

    public init() {}

    /// Whether a save has something to do and may start now.
    var canStartSave: Bool { inFlight == 0 && !unsaved.isEmpty && target != nil && readOnly == nil }
}

/// How far saving has got, for the status bar.
public enum SaveStatus: Equatable, Sendable {
    /// Nothing edited since the region was opened.
    case idle
    /// Changes are waiting to be saved or being saved.
    case saving
    /// Every committed change is on disk.
    case saved
    /// Another user set some of the same fields: the dialog asks which value to keep.
    case conflict
    /// The last save failed; the changes are kept for the retry.
    case failed(BilingualText)
}

/// The index being rebuilt in the background from `dataset`; the changes committed meanwhile are
/// applied to `dataset` at once (what forms and saves read) and to the new index when it arrives.
public struct PendingRebuild: Sendable {
    public var ticket: Int
    public var dataset: Dataset
    public var since: [Change] = []
}

/// One save of committed changes, as `ChangeSaver.save` takes them.
public struct SaveRequest: Sendable, Equatable {
    public var changes: [Change]
    public var working: Dataset
    public var base: FileVersion?
    public var path: String
}
