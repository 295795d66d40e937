/// What a `TerminalBackend` reports: a key, a new size, or a reason to end the program.
public enum TerminalEvent: Hashable, Sendable {
    /// A key press (never `Key.resize`: that arrives as `.resize`).
    case key(Key)
    /// The terminal changed size; the next `draw` repaints everything.
    case resize(width: Int, height: Int)
    /// SIGINT (Ctrl-C) or SIGTERM arrived: save, call `stop()`, and exit.
    case terminate(StopSignal)
    /// The terminal is gone (SIGHUP, or reads keep failing): save and exit without drawing again.
    case hangup
}

/// The signal that asked the program to end.
public enum StopSignal: Hashable, Sendable {
    /// SIGINT, usually Ctrl-C.
    case interrupt
    /// SIGTERM, e.g. from `kill` or a service manager.
    case terminate
}
