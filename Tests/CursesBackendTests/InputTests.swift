import CNCursesW
import Foundation
@testable import CursesBackend
import Glibc
import Testing
import TerminalKit

extension CursesScreenSuites {
/// Reads keys through ncurses from a pipe that plays the keyboard, then checks signals and hang-up.
@Suite struct InputTests {
    /// A screen whose input is a pipe holding `typed`; the pipe's write end is closed (end of input).
    private func terminal(typing typed: String, options: CursesTerminal.Options = .init(catchesStopSignals: false)) throws -> CursesTerminal {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        let bytes = Array(typed.utf8)
        try #require(write(ends[1], bytes, bytes.count) == bytes.count)
        close(ends[1])
        let input = try #require(fdopen(ends[0], "r"))
        let output = try #require(tmpfile())
        return try CursesTerminal(terminalType: "xterm-256color", output: output, input: input, options: options)
    }

    private let wakeUp = WakeUpSignal()

    /// The next event, waiting as long as it takes (as the runtime does with nothing scheduled).
    private func next(_ terminal: CursesTerminal) -> TerminalEvent {
        while true {
            if let event = terminal.nextEvent(timeoutMilliseconds: -1, wakeUp: wakeUp) { return event }
        }
    }

    private func events(_ terminal: CursesTerminal, count: Int) -> [TerminalEvent] {
        (0..<count).map { _ in next(terminal) }
    }

    @Test func decodesCharactersControlKeysAndSequences() throws {
        let terminal = try terminal(typing: "aй\r\u{12}\t\u{1B}OA\u{1B}[Z\u{1B}OP\u{7F}")
        defer { terminal.stop() }
        let expected: [TerminalEvent] = [
            .key(.character("a")), .key(.character("й")), .key(.enter), .key(.ctrl("r")), .key(.tab),
            .key(.up), .key(.backTab), .key(.function(1)), .key(.backspace),
        ]
        #expect(events(terminal, count: expected.count) == expected)
    }

    /// The forms tmux, PuTTY, rxvt and the Linux console send, through ncurses as the dashboard reads
    /// them: none of them may turn into Alt-[ and digits (a tab switch).
    @Test func keysInTheFormsTerminalsSendThem() throws {
        let typed = "\u{1B}[1~\u{1B}[4~\u{1B}[7~\u{1B}[8~\u{1B}[3~\u{1B}[5~\u{1B}[6~\u{1B}[2~" +
            "\u{1B}[11~\u{1B}[24~\u{1B}[[B\u{1B}[1;5A\u{1B}[1;5B\u{1B}[1;3D\u{1B}Ox\u{1B}Ok\u{1B}[?1;2cx\u{1B}[200~y"
        let terminal = try terminal(typing: typed)
        defer { terminal.stop() }
        let expected: [TerminalEvent] = [
            .key(.home), .key(.end), .key(.home), .key(.end), .key(.delete), .key(.pageUp), .key(.pageDown), .key(.insert),
            .key(.function(1)), .key(.function(12)), .key(.function(2)), .key(.up), .key(.down), .key(.left),
            .key(.up), .key(.character("+")), .key(.character("x")), .key(.character("y")),
        ]
        #expect(events(terminal, count: expected.count) == expected)
    }

    @Test func escapeThenCharacterIsAltAndLoneEscapeIsEscape() throws {
        let terminal = try terminal(typing: "\u{1B}x\u{1B}ф\u{1B}[\u{1B}")
        defer { terminal.stop() }
        #expect(events(terminal, count: 4) == [.key(.alt("x")), .key(.alt("ф")), .key(.alt("[")), .key(.escape)])
    }

    @Test func endOfInputIsAHangupNotASpin() throws {
        let terminal = try terminal(typing: "q")
        defer { terminal.stop() }
        #expect(events(terminal, count: 3) == [.key(.character("q")), .hangup, .hangup])
        #expect(terminal.nextEvent(timeoutMilliseconds: 5000, wakeUp: wakeUp) == .hangup)
    }

    /// Runs `body` with a screen whose input is a pipe that stays open and empty.
    private func withIdleInput(_ body: (CursesTerminal) throws -> Void) throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        defer { close(ends[1]) }
        let input = try #require(fdopen(ends[0], "r"))
        let terminal = try CursesTerminal(
            terminalType: "xterm-256color", output: try #require(tmpfile()), input: input,
            options: .init(catchesStopSignals: false)
        )
        defer { terminal.stop() }
        try body(terminal)
    }

    @Test func timeoutReturnsNilWhileInputIsOpen() throws {
        try withIdleInput { terminal in
            #expect(terminal.nextEvent(timeoutMilliseconds: 20, wakeUp: wakeUp) == nil)
        }
    }

    @Test func aWakeUpFromAnotherThreadEndsTheWaitWithoutInput() throws {
        try withIdleInput { terminal in
            let signal = wakeUp
            let clock = ContinuousClock()
            let started = clock.now
            Thread.detachNewThread {
                usleep(50_000)
                signal.signal()
            }
            #expect(terminal.nextEvent(timeoutMilliseconds: 10_000, wakeUp: wakeUp) == nil)
            #expect(started.duration(to: clock.now) < .seconds(9), "woken by the pipe, not by the timeout")
            #expect(terminal.nextEvent(timeoutMilliseconds: 20, wakeUp: wakeUp) == nil, "the pipe was drained")
        }
    }

    /// Raises `signal` on this thread; test worker threads block signals, so unblock it for the moment.
    private func raiseHere(_ signal: Int32) {
        var unblocked = sigset_t(), previous = sigset_t()
        sigemptyset(&unblocked)
        sigaddset(&unblocked, signal)
        pthread_sigmask(SIG_UNBLOCK, &unblocked, &previous)
        raise(signal)
        pthread_sigmask(SIG_SETMASK, &previous, nil)
    }

    @Test func stopSignalsBecomeEventsAndDefaultsComeBackOnStop() throws {
        let terminal = try terminal(typing: "k", options: .init(catchesStopSignals: true))
        raiseHere(SIGTERM)
        #expect(next(terminal) == .terminate(.terminate))
        raiseHere(SIGINT)
        #expect(next(terminal) == .terminate(.interrupt))
        #expect(next(terminal) == .key(.character("k")))
        raiseHere(SIGHUP)
        #expect(next(terminal) == .hangup)
        terminal.stop()
        var action = sigaction()
        sigaction(SIGTERM, nil, &action)
        #expect(unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self) == 0)
    }
}
}
