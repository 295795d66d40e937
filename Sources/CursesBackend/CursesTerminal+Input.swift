import CNCursesW
import Glibc
import TerminalKit

extension CursesTerminal {
    /// Consecutive failed blocking reads after which the terminal counts as gone.
    private static let failedReadsMeaningHangup = 3

    /// Blocks (using no CPU) until a key, a resize, a stop signal or a hang-up.
    public func nextEvent() -> TerminalEvent {
        while true {
            if let event = readEvent(timeoutMilliseconds: -1) { return event }
        }
    }

    /// Like `nextEvent()`, but returns nil when nothing usable arrived within `timeout` (for clocks and
    /// animations). A dead terminal still gives `.hangup`, so a loop around this cannot spin.
    public func nextEvent(timeout: Duration) -> TerminalEvent? {
        let parts = timeout.components
        let milliseconds = parts.seconds * 1000 + parts.attoseconds / 1_000_000_000_000_000
        return readEvent(timeoutMilliseconds: Int32(clamping: max(0, milliseconds)))
    }

    /// One read with the given timeout (-1 blocks); nil when it timed out or gave an ignored code.
    /// A read that fails without a signal counts towards a hang-up: always when blocking, and when it
    /// came back in under half the timeout (a timed-out read takes the whole timeout).
    private func readEvent(timeoutMilliseconds: Int32) -> TerminalEvent? {
        var failedReads = 0
        let clock = ContinuousClock()
        while true {
            if let signal = StopSignals.take() { return event(for: signal) }
            if let pending = pendingInput {
                pendingInput = nil
                return event(for: pending)
            }
            wtimeout(window, timeoutMilliseconds)
            let started = clock.now
            switch readRaw() {
            case .input(let raw):
                return event(for: raw)
            case .interrupted:
                continue
            case .failed where timeoutMilliseconds >= 0
                && started.duration(to: clock.now) >= .milliseconds(timeoutMilliseconds / 2):
                return nil
            case .failed:
                failedReads += 1
                if failedReads >= Self.failedReadsMeaningHangup || isatty(fileno(input)) == 0 { return .hangup }
            }
        }
    }

    private enum ReadResult {
        case input(RawInput)
        /// A signal interrupted the read (a stop signal, or a resume after Ctrl-Z that ncurses repainted).
        case interrupted
        /// Timed out, or the terminal could not be read.
        case failed
    }

    private func readRaw() -> ReadResult {
        var code: wint_t = 0
        nc_clear_errno()
        switch wget_wch(window, &code) {
        case OK: return .input(.character(code))
        case KEY_CODE_YES: return .input(.keyCode(Int32(bitPattern: code)))
        default: return nc_errno() == EINTR ? .interrupted : .failed
        }
    }

    private func event(for signal: StopSignals.Received) -> TerminalEvent {
        switch signal {
        case .stop(let stop): .terminate(stop)
        case .hangup: .hangup
        }
    }

    private func event(for raw: RawInput) -> TerminalEvent? {
        if raw == .escape { return escapeOrAlt() }
        guard let key = KeyDecoder.key(for: raw) else { return nil }
        if key == .resize {
            invalidate()
            let size = self.size
            return .resize(width: size.width, height: size.height)
        }
        return .key(key)
    }

    /// ESC alone is Escape; ESC then a character that ncurses already holds is Alt+character.
    private func escapeOrAlt() -> TerminalEvent {
        wtimeout(window, 0)
        guard case .input(let next) = readRaw() else { return .key(.escape) }
        if let alt = KeyDecoder.altKey(followedBy: next) { return .key(alt) }
        pendingInput = next
        return .key(.escape)
    }
}
