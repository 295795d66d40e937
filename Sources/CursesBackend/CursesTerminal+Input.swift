import CNCursesW
import Glibc
import TerminalKit

extension CursesTerminal {
    /// Consecutive failed blocking reads after which the terminal counts as gone.
    private static let failedReadsMeaningHangup = 3

    /// Waits (using no CPU) on the terminal and on `wakeUp` at once, up to `timeoutMilliseconds`
    /// (negative: no limit), for a key, a resize, a stop signal or a hang-up (`TerminalBackend`).
    /// A dead terminal gives `.hangup`, so a loop around this cannot spin.
    public func nextEvent(timeoutMilliseconds: Int, wakeUp: WakeUpSignal) -> TerminalEvent? {
        readEvent(timeoutMilliseconds: timeoutMilliseconds, wakeUp: wakeUp)
    }

    /// Keys ncurses already holds are taken first without waiting; then `poll` waits on the input,
    /// the wake-up pipe and the timeout (-1: none). Returns nil when woken, timed out, or given an
    /// ignored code. Input that `poll` reports ready but that cannot be read, several times in a row,
    /// or a hung-up descriptor, means the terminal is gone.
    private func readEvent(timeoutMilliseconds: Int, wakeUp: WakeUpSignal) -> TerminalEvent? {
        var failedReads = 0
        let clock = ContinuousClock()
        let deadline = timeoutMilliseconds >= 0 ? clock.now + .milliseconds(timeoutMilliseconds) : nil
        while true {
            if let signal = StopSignals.take() { return event(for: signal) }
            if let pending = pendingInput {
                pendingInput = nil
                return event(for: pending)
            }
            wtimeout(window, 0)
            switch readRaw() {
            case .input(let raw): return event(for: raw)
            case .interrupted: continue
            case .failed: break
            }
            let wait = deadline.map { max(0, Int(clock.now.duration(to: $0) / .milliseconds(1))) } ?? -1
            switch waitForInput(timeoutMilliseconds: wait, wakeUp: wakeUp) {
            case .interrupted:
                continue
            case .woken, .timedOut:
                return nil
            case .hungUp:
                return .hangup
            case .readable:
                wtimeout(window, 0)
                switch readRaw() {
                case .input(let raw): return event(for: raw)
                case .interrupted: continue
                case .failed:
                    failedReads += 1
                    if failedReads >= Self.failedReadsMeaningHangup || isatty(fileno(input)) == 0 { return .hangup }
                }
            }
        }
    }

    private enum WaitResult {
        case readable, woken, timedOut, interrupted, hungUp
    }

    private func waitForInput(timeoutMilliseconds: Int, wakeUp: WakeUpSignal) -> WaitResult {
        var descriptors = [pollfd(fd: fileno(input), events: Int16(POLLIN), revents: 0),
                           pollfd(fd: wakeUp.descriptor, events: Int16(POLLIN), revents: 0)]
        let ready = poll(&descriptors, nfds_t(descriptors.count), Int32(clamping: timeoutMilliseconds))
        if ready < 0 { return errno == EINTR ? .interrupted : .hungUp }
        if ready == 0 { return .timedOut }
        if descriptors[1].revents != 0 {
            wakeUp.drain()
            return .woken
        }
        let events = Int32(descriptors[0].revents)
        if events & Int32(POLLIN) != 0 { return .readable }
        if events & Int32(POLLNVAL) != 0 { return .hungUp }
        // POLLHUP or POLLERR with nothing left to read.
        return .readable
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
        if raw == .escape { return escapeSequence() }
        guard let key = KeyDecoder.key(for: raw) ?? extendedKey(raw) else { return nil }
        if key == .resize {
            invalidate()
            let size = self.size
            return .resize(width: size.width, height: size.height)
        }
        return .key(key)
    }

    /// A key ncurses knows from the terminal's extended capabilities (`kUP5` for Ctrl-Up), by its name.
    private func extendedKey(_ raw: RawInput) -> Key? {
        guard case .keyCode(let code) = raw, code > KEY_MAX, let name = keyname(code) else { return nil }
        return KeyDecoder.key(forCapability: String(cString: name))
    }

    /// What follows an ESC that ncurses did not match itself (`EscapeSequence`): Escape, Alt + a
    /// character, or a CSI/SS3 key read to its final byte. The first value is taken only if ncurses
    /// already holds it (it has waited the escape delay); later ones may take up to that delay again,
    /// for a sequence split between reads. A sequence that means nothing gives nil.
    private func escapeSequence() -> TerminalEvent? {
        var sequence = EscapeSequence()
        wtimeout(window, 0)
        while case .input(let next) = readRaw() {
            switch sequence.feed(next) {
            case .needsMore:
                wtimeout(window, escapeDelayMilliseconds)
            case .finished(let key, let unread):
                pendingInput = unread
                return key.map(TerminalEvent.key)
            }
        }
        return sequence.ended().map(TerminalEvent.key)
    }
}
