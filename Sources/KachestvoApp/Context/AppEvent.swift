import KachestvoCore
import KachestvoStore
import TerminalKit

/// What the runtime feeds into `update`: input from the terminal, and results of effects.
public enum AppEvent: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// The process was asked to stop (SIGTERM, SIGINT, SIGHUP) or the terminal went away.
    case terminate
    /// A `scheduleTick` came due.
    case tick
    /// Nothing happened for a moment while some screen not on show is out of date: one of them
    /// catches up now, so that showing it later costs no more than a key.
    case idle
    /// Background loading moved on to another phase.
    case loadProgress(LoadProgress)
    /// Background loading finished: the whole region with every figure.
    case loaded(LoadedRegion)
    /// The loaded data file was checked after it went on screen: how many problems it has.
    case validated(problems: Int, path: String)
    /// Background loading failed; nothing on disk was touched.
    case loadFailed(StoreError)
    /// The settings file could not be written (`saveSettings`).
    case settingsNotSaved(StoreError)
    /// The flag thresholds were written into the data file (`saveThresholds`): the region as saved,
    /// its flags recomputed with them.
    case thresholdsSaved(LoadedRegion)
    /// The thresholds could not be saved and the file is as it was: the store's error, or nil when
    /// there is no data file (the built-in demo region).
    case thresholdsNotSaved(StoreError?)
    /// The moment a requested save may start (`requestSave`): changes made in quick succession go
    /// in one save.
    case saveDue
    /// A `save` finished: what `ChangeSaver` came to for the first `count` unsaved changes.
    case saveFinished(SaveOutcome, count: Int)
    /// A background rebuild of the index (`rebuildIndex`) is ready.
    case indexRebuilt(AppModel, ticket: Int)
    /// The data file on disk is no longer the version this dashboard read or saved: another
    /// process saved it (`DataFileWatcher`).
    case dataFileChanged
}

/// A region ready to show: the model, where it came from, and how long it took.
public struct LoadedRegion: Sendable {
    public var model: AppModel
    /// Where it came from (a data file or the built-in demo).
    public var source: DataSource
    /// How long reading and indexing took, in seconds.
    public var seconds: Double
    /// The data file's version as read: the base of the next save of edits (nil for the demo).
    public var version: FileVersion?

    public init(model: AppModel, source: DataSource, seconds: Double, version: FileVersion? = nil) {
        self.model = model
        self.source = source
        self.seconds = seconds
        self.version = version
    }
}

/// Side effects `update` asks the runtime to perform; `update` itself never does I/O. Long ones run
/// off the main thread and report back as `AppEvent`s.
public enum AppEffect: Sendable, Equatable {
    case quit
    /// Repaint every cell on the next frame (Ctrl-L).
    case redraw
    /// Send `.tick` after this many milliseconds (animations while work is under way).
    case scheduleTick(milliseconds: Int)
    /// Read and index a region in the background, then check it; reports `.loadProgress`, then
    /// `.loaded` and `.validated`, or `.loadFailed`.
    case load(DataSource)
    /// Write the remembered language and theme to the settings file, in the background.
    case saveSettings(UserSettings)
    /// Write these flag thresholds into the data file, in the background; reports
    /// `.thresholdsSaved` or `.thresholdsNotSaved`.
    case saveThresholds(FlagThresholds)
    /// Committed changes are waiting: send `.saveDue` shortly (unless a save is due already).
    case requestSave
    /// Save these changes with `ChangeSaver`, in the background; reports `.saveFinished`.
    case save(SaveRequest)
    /// Index this dataset in the background; reports `.indexRebuilt` with the ticket.
    case rebuildIndex(Dataset, ticket: Int)
}
