@testable import CursesBackend
import CPseudoTerminal
import Foundation
import Glibc
import Testing
import TerminalKit

@Suite struct BackgroundDetectionTests {
    @Test func colorFGBGSaysDarkOrLightByItsLastField() {
        #expect(BackgroundDetection.background(colorFGBG: "15;0") == .dark)
        #expect(BackgroundDetection.background(colorFGBG: "0;15") == .light)
        #expect(BackgroundDetection.background(colorFGBG: "0;7") == .light)
        #expect(BackgroundDetection.background(colorFGBG: "7;8") == .dark)
        #expect(BackgroundDetection.background(colorFGBG: "0;default;15") == .light)
        #expect(BackgroundDetection.background(colorFGBG: "default;default") == .unknown)
        #expect(BackgroundDetection.background(colorFGBG: "15;99") == .unknown)
        #expect(BackgroundDetection.background(colorFGBG: nil) == .unknown)
    }

    @Test func osc11RepliesInEveryDigitCountAndEnding() {
        func shade(_ reply: String) -> TerminalBackground { BackgroundDetection.background(osc11Reply: Array(reply.utf8)) }
        #expect(shade("\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}\\") == .light)
        #expect(shade("\u{1B}]11;rgb:0000/0000/0000\u{07}") == .dark)
        #expect(shade("\u{1B}]11;rgb:fd/f6/e3\u{1B}\\\u{1B}[?62;22c") == .light)
        #expect(shade("\u{1B}]11;rgb:00/2b/36\u{1B}\\") == .dark)
        #expect(shade("\u{1B}]11;rgb:f/f/f\u{07}") == .light)
        #expect(shade("\u{1B}[?1;2c") == .unknown)
        #expect(shade("\u{1B}]11;rgb:ffff/ffff\u{07}") == .unknown)
        #expect(shade("\u{1B}]11;rgb:fffff/0/0\u{07}") == .unknown)
    }

    @Test func colorFGBGIsTrustedWithoutAskingTheTerminal() {
        #expect(BackgroundDetection.detect(environment: ["COLORFGBG": "0;15"], mayAsk: true) == .light)
        #expect(BackgroundDetection.detect(environment: [:], mayAsk: false) == .unknown)
    }

    @Test func deviceAttributesEndTheReply() {
        #expect(BackgroundColorQuery.endsDeviceAttributes(Array("\u{1B}]11;rgb:0/0/0\u{07}\u{1B}[?62;22c".utf8)))
        #expect(BackgroundColorQuery.endsDeviceAttributes(Array("\u{1B}[?6c".utf8)))
        #expect(!BackgroundColorQuery.endsDeviceAttributes(Array("\u{1B}[?62;22".utf8)))
        #expect(!BackgroundColorQuery.endsDeviceAttributes(Array("\u{1B}]11;rgb:0/0/0\u{07}".utf8)))
    }

    @Test func aTerminalThatAnswersIsReadToTheEndOfItsReply() throws {
        let terminal = try PseudoTerminal()
        terminal.answer(with: "\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}\\\u{1B}[?62;22c")
        let reply = try #require(BackgroundColorQuery.ask(terminal.slave, timeoutMilliseconds: 5000))
        #expect(BackgroundDetection.background(osc11Reply: reply) == .light)
        #expect(terminal.requestSeen() == BackgroundColorQuery.request)
        #expect(!terminal.slaveHasInput(), "no reply byte may be left for curses to read as keys")
        var mode = termios()
        tcgetattr(terminal.slave, &mode)
        #expect(mode.c_lflag & tcflag_t(ICANON | ECHO) == tcflag_t(ICANON | ECHO), "the terminal's mode is given back")
    }

    @Test func aTerminalThatKnowsNoOSC11AnswersOnlyTheDeviceAttributes() throws {
        let terminal = try PseudoTerminal()
        terminal.answer(with: "\u{1B}[?1;2c")
        let reply = try #require(BackgroundColorQuery.ask(terminal.slave, timeoutMilliseconds: 5000))
        #expect(BackgroundDetection.background(osc11Reply: reply) == .unknown)
        #expect(!terminal.slaveHasInput())
    }

    @Test func aTerminalThatAnswersNothingIsGivenUpAndItsHalfReplyDropped() throws {
        let terminal = try PseudoTerminal()
        var raw = termios()
        tcgetattr(terminal.slave, &raw)
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        tcsetattr(terminal.slave, TCSANOW, &raw)
        let halfReply = Array("\u{1B}]11;rgb:ff".utf8)
        _ = write(terminal.master, halfReply, halfReply.count)
        let reply = BackgroundColorQuery.ask(terminal.slave, timeoutMilliseconds: 100)
        #expect(reply == halfReply)
        #expect(BackgroundDetection.background(osc11Reply: reply ?? []) == .unknown)
        #expect(!terminal.slaveHasInput())
    }
}

/// A pseudo-terminal whose master side plays the terminal: it reads the query and answers it.
private final class PseudoTerminal: @unchecked Sendable {
    let master: Int32
    let slave: Int32
    private let seen = DispatchSemaphore(value: 0)
    private var request: [UInt8] = []

    init() throws {
        master = posix_openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else {
            throw POSIXError(.ENODEV)
        }
        slave = open(name, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw POSIXError(.ENODEV) }
    }

    deinit {
        close(slave)
        close(master)
    }

    /// Once the whole query has arrived, writes `reply` as the terminal would.
    func answer(with reply: String) {
        let expected = BackgroundColorQuery.request.count
        Thread.detachNewThread { [self] in
            var buffer = [UInt8](repeating: 0, count: 64)
            while request.count < expected {
                let count = read(master, &buffer, buffer.count)
                guard count > 0 else { break }
                request += buffer[0..<count]
            }
            let bytes = Array(reply.utf8)
            _ = write(master, bytes, bytes.count)
            seen.signal()
        }
    }

    /// The bytes the query sent, once the answer has gone back.
    func requestSeen() -> [UInt8] {
        seen.wait()
        return request
    }

    func slaveHasInput() -> Bool {
        var waiting = pollfd(fd: slave, events: Int16(POLLIN), revents: 0)
        return poll(&waiting, 1, 0) > 0
    }
}
