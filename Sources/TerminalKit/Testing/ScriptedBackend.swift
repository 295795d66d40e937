/// A `TerminalBackend` for tests of the whole runtime loop: it plays a script of keys, resizes and
/// waits for background work, and keeps every frame it is given (with styles) for inspection.
/// When the script runs out it reports a stop, so a loop under test always ends.
public final class ScriptedBackend: TerminalBackend {
    /// One step of the script.
    public enum Step: Sendable, Equatable {
        case key(Key)
        case resize(width: Int, height: Int)
        /// Waits until background work signals the runtime (at most `workTimeoutMilliseconds`).
        case waitForWork
        /// Lets background work report until the last frame shows `text` (at most `workTimeoutMilliseconds`).
        case waitForText(String)
    }

    /// How long `waitForWork` waits before giving up, so a broken effect fails a test instead of hanging it.
    public static let workTimeoutMilliseconds = 20_000

    public private(set) var size: (width: Int, height: Int)
    /// Every frame drawn, oldest first.
    public private(set) var frames: [Buffer] = []
    /// How many times a full repaint was asked for.
    public private(set) var invalidations = 0
    /// True when a `waitForWork` step gave up without being woken.
    public private(set) var workTimedOut = false
    private var steps: [Step]
    private var waitedMilliseconds = 0

    public init(width: Int, height: Int, script: [Step]) {
        size = (width, height)
        steps = script
    }

    /// The last frame drawn.
    public var lastFrame: Buffer? { frames.last }

    public func draw(_ buffer: Buffer) { frames.append(buffer) }

    public func invalidate() { invalidations += 1 }

    public func nextEvent(timeoutMilliseconds: Int, wakeUp: WakeUpSignal) -> TerminalEvent? {
        guard !steps.isEmpty else { return .terminate(.terminate) }
        switch steps.removeFirst() {
        case .key(let key):
            return .key(key)
        case .resize(let width, let height):
            size = (width, height)
            return .resize(width: width, height: height)
        case .waitForText(let text):
            guard let frame = lastFrame, !TestBackend.text(of: frame).contains(text) else {
                waitedMilliseconds = 0
                return nil
            }
            return wait(timeoutMilliseconds, wakeUp, thenRepeat: .waitForText(text))
        case .waitForWork:
            return wait(timeoutMilliseconds, wakeUp, thenRepeat: nil)
        }
    }

    /// One wait on `wakeUp`; `step` (if any) is played again after a wake-up, and `waitForWork`
    /// again after a tick's timeout, until the work timeout runs out.
    private func wait(_ timeoutMilliseconds: Int, _ wakeUp: WakeUpSignal, thenRepeat step: Step?) -> TerminalEvent? {
        let left = Self.workTimeoutMilliseconds - waitedMilliseconds
        let wait = timeoutMilliseconds >= 0 ? min(timeoutMilliseconds, left) : left
        if wakeUp.wait(timeoutMilliseconds: wait) {
            if let step { steps.insert(step, at: 0) } else { waitedMilliseconds = 0 }
            return nil
        }
        waitedMilliseconds += wait
        if waitedMilliseconds >= Self.workTimeoutMilliseconds {
            workTimedOut = true
            waitedMilliseconds = 0
        } else {
            steps.insert(step ?? .waitForWork, at: 0)
        }
        return nil
    }
}
