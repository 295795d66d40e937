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
    /// Background loading moved on to another phase.
    case loadProgress(LoadProgress)
    /// Background loading finished: the whole region with every figure.
    case loaded(LoadedRegion)
    /// Background loading failed; nothing on disk was touched.
    case loadFailed(StoreError)
}

/// A region ready to show: the model and what was found wrong in the data.
public struct LoadedRegion: Sendable {
    public var model: AppModel
    /// Where it came from (a data file or the built-in demo).
    public var source: DataSource
    /// How many validation problems the data has (0 for the demo).
    public var problemCount: Int
    /// How long the background work took, in seconds.
    public var seconds: Double

    public init(model: AppModel, source: DataSource, problemCount: Int, seconds: Double) {
        self.model = model
        self.source = source
        self.problemCount = problemCount
        self.seconds = seconds
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
    /// Read, check and index a region in the background; reports `.loadProgress`, then `.loaded` or `.loadFailed`.
    case load(DataSource)
}
