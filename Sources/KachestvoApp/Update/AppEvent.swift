import TerminalKit

/// What the runtime feeds into `update`.
public enum AppEvent: Sendable, Equatable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// The process was asked to stop (SIGTERM, SIGINT, SIGHUP) or the terminal went away.
    case terminate
}

/// Side effects `update` asks the runtime to perform; `update` itself never does I/O.
public enum AppEffect: Sendable, Equatable {
    case quit
}
