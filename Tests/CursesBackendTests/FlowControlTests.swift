import CPseudoTerminal
@testable import CursesBackend
import Glibc
import Testing

extension CursesScreenSuites {
/// Ctrl-S must reach the program as a key (forms commit with it), so the terminal's XON/XOFF flow
/// control is off while the dashboard runs, and back on after.
@Suite struct FlowControlTests {
    private func flowControlIsOn(_ descriptor: Int32) throws -> Bool {
        var attributes = termios()
        try #require(tcgetattr(descriptor, &attributes) == 0)
        return attributes.c_iflag & tcflag_t(IXON) != 0
    }

    @Test func ctrlSAndCtrlQAreKeysWhileTheScreenIsOpenAndFlowControlReturnsAfter() throws {
        let master = posix_openpt(O_RDWR | O_NOCTTY)
        try #require(master >= 0 && grantpt(master) == 0 && unlockpt(master) == 0)
        defer { close(master) }
        let name = try #require(ptsname(master))
        let slave = open(name, O_RDWR | O_NOCTTY)
        try #require(slave >= 0)
        defer { close(slave) }
        var attributes = termios()
        try #require(tcgetattr(slave, &attributes) == 0)
        attributes.c_iflag |= tcflag_t(IXON)
        try #require(tcsetattr(slave, TCSANOW, &attributes) == 0)
        let input = try #require(fdopen(dup(slave), "r"))
        let output = try #require(fdopen(dup(slave), "w"))
        defer {
            fclose(input)
            fclose(output)
        }
        let terminal = try CursesTerminal(
            terminalType: "xterm-256color", output: output, input: input, options: .init(catchesStopSignals: false)
        )
        #expect(try !flowControlIsOn(slave))
        terminal.stop()
        #expect(try flowControlIsOn(slave))
    }
}
}
