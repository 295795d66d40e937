/// A terminal the runtime can draw to and read from: ncurses in real use, `ScriptedBackend` in tests.
/// Every call comes from one thread (the runtime's); other threads only call `WakeUpSignal.signal()`.
public protocol TerminalBackend: AnyObject {
    /// The screen's size in columns and rows.
    var size: (width: Int, height: Int) { get }

    /// Shows `buffer`, sending only what changed since the last frame.
    func draw(_ buffer: Buffer)

    /// Makes the next `draw` repaint every cell (Ctrl-L, after a resize).
    func invalidate()

    /// Waits, using no CPU, until input arrives, `wakeUp` is signalled or `timeoutMilliseconds` pass
    /// (negative: no timeout). Returns the event, or nil when woken or timed out.
    func nextEvent(timeoutMilliseconds: Int, wakeUp: WakeUpSignal) -> TerminalEvent?
}
