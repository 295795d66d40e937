import CNCursesW
@testable import CursesBackend
import Glibc
import Testing
import TerminalKit

/// Curses keeps global state: every suite that opens a screen is nested here and runs one test at a time.
@Suite(.serialized) enum CursesScreenSuites {}

extension CursesScreenSuites {
@Suite struct HeadlessScreenTests {
    private func sampleFrame(width: Int = 80, height: Int = 24) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        ScreenReading.write("Quality dashboard", x: 0, y: 0, style: Style(attributes: .bold), into: &buffer)
        ScreenReading.write("Школы Новосибирской области", x: 2, y: 1, into: &buffer)
        ScreenReading.write("漢字 wide", x: 4, y: 2, into: &buffer)
        let highlight = Style(foreground: .rgb(255, 255, 255), background: .indexed(24))
        ScreenReading.write("Бердск 71.4", x: 0, y: 3, style: highlight, into: &buffer)
        return buffer
    }

    @Test func drawsLatinCyrillicAndWideTextIntoTheVirtualScreen() throws {
        let terminal = try CursesTerminal.headless(width: 80, height: 24)
        defer { terminal.stop() }
        terminal.draw(sampleFrame())
        #expect(terminal.size == (80, 24))
        #expect(ScreenReading.row(0, width: 17) == "Quality dashboard")
        #expect(ScreenReading.row(1, width: 29) == "  Школы Новосибирской области")
        #expect(ScreenReading.row(2, width: 13).hasPrefix("    漢字 wide"))
    }

    @Test func sendsAttributesAndDegradedColourPairs() throws {
        let terminal = try ScreenReading.withColorAllowed { try CursesTerminal.headless(width: 80, height: 24) }
        defer { terminal.stop() }
        #expect(terminal.colorDepth == .palette256)
        terminal.draw(sampleFrame())
        let bold = ScreenReading.rendition(x: 0, y: 0)
        #expect(bold.attributes & nc_wa_bold() != 0)
        #expect(bold.foreground == -1 && bold.background == -1)
        let highlighted = ScreenReading.rendition(x: 1, y: 3)
        #expect(highlighted.foreground == 231 && highlighted.background == 24)
    }

    @Test func eightColourTerminalFoldsBrightColoursIntoBold() throws {
        let terminal = try ScreenReading.withColorAllowed {
            try CursesTerminal.headless(terminalType: "xterm", width: 80, height: 24)
        }
        defer { terminal.stop() }
        #expect(terminal.colorDepth == .eight)
        var buffer = Buffer(width: 80, height: 24)
        ScreenReading.write("!", x: 0, y: 0, style: Style(foreground: .ansi(9)), into: &buffer)
        terminal.draw(buffer)
        let cell = ScreenReading.rendition(x: 0, y: 0)
        #expect(cell.foreground == 1 && cell.attributes & nc_wa_bold() != 0)
    }

    /// Every cell holds text; rows alternate between two coloured styles.
    private func denseFrame() -> Buffer {
        var buffer = Buffer(width: 80, height: 24)
        let styles = [Style(foreground: .ansi(7), background: .indexed(17)), Style(foreground: .rgb(250, 200, 0))]
        for row in 0..<24 {
            let text = String(repeating: "Школа № \(row) Berdsk ", count: 5).prefix(80)
            ScreenReading.write(String(text), x: 0, y: row, style: styles[row % 2], into: &buffer)
        }
        return buffer
    }

    @Test func unchangedFrameSendsNothingAndOneCellSendsLittle() throws {
        let terminal = try ScreenReading.withColorAllowed { try CursesTerminal.headless(width: 80, height: 24) }
        defer { terminal.stop() }
        let frame = denseFrame()
        let start = try #require(terminal.outputByteCount)
        terminal.draw(frame)
        let afterFirst = try #require(terminal.outputByteCount)
        terminal.draw(frame)
        let afterSame = try #require(terminal.outputByteCount)
        var changed = frame
        changed[40, 12] = Cell(symbol: "Ж", style: Style(foreground: .ansi(2)))
        terminal.draw(changed)
        let afterOneCell = try #require(terminal.outputByteCount)
        print("bytes: first 80x24 frame \(afterFirst - start), same frame \(afterSame - afterFirst), one cell \(afterOneCell - afterSame)")
        #expect(afterFirst - start > 80 * 24)
        #expect(afterSame - afterFirst < 8)
        #expect(afterOneCell - afterSame < 40)
    }

    @Test func resizeRepaintsEverythingAtTheNewSize() throws {
        let terminal = try CursesTerminal.headless(width: 80, height: 24)
        defer { terminal.stop() }
        terminal.draw(sampleFrame())
        terminal.resize(width: 100, height: 30)
        #expect(terminal.size == (100, 30))
        terminal.draw(sampleFrame(width: 100, height: 30))
        #expect(ScreenReading.row(1, width: 29) == "  Школы Новосибирской области")
        #expect(ScreenReading.row(29, width: 100).allSatisfy { $0 == " " })
    }

    @Test func controlCharactersInDataAreShownInert() throws {
        let terminal = try CursesTerminal.headless(width: 80, height: 24)
        defer { terminal.stop() }
        var buffer = Buffer(width: 80, height: 24)
        buffer[0, 0] = Cell(symbol: "\u{1B}")
        buffer[1, 0] = Cell(symbol: "\u{9B}")
        terminal.draw(buffer)
        #expect(ScreenReading.row(0, width: 2) == "??")
    }

    @Test func noColorTurnsColourOff() throws {
        setenv("NO_COLOR", "1", 1)
        defer { unsetenv("NO_COLOR") }
        let terminal = try CursesTerminal.headless(width: 80, height: 24)
        defer { terminal.stop() }
        #expect(terminal.colorDepth == .none)
    }

    @Test func depthOverrideLowersTheDepth() throws {
        let terminal = try ScreenReading.withColorAllowed {
            try CursesTerminal.headless(width: 80, height: 24, options: .init(colorDepth: .sixteen, catchesStopSignals: false))
        }
        defer { terminal.stop() }
        #expect(terminal.colorDepth == .sixteen)
    }

    @Test func unknownTerminalTypeIsAClearError() {
        #expect(throws: TerminalStartError(.unknownTerminalType("no-such-terminal-42"))) {
            _ = try CursesTerminal.headless(terminalType: "no-such-terminal-42", width: 80, height: 24)
        }
        let message = TerminalStartError(.unknownTerminalType("no-such-terminal-42")).message
        #expect(message.ru.contains("no-such-terminal-42") && message.en.contains("terminfo"))
    }

    @Test func dumbTerminalIsRefused() {
        #expect(throws: TerminalStartError(.noCursorAddressing("dumb"))) {
            _ = try CursesTerminal.headless(terminalType: "dumb", width: 80, height: 24)
        }
    }

    @Test func stopIsIdempotentAndClosesTheScreen() throws {
        let terminal = try CursesTerminal.headless(width: 80, height: 24)
        #expect(terminal.outputByteCount != nil)
        terminal.stop()
        terminal.stop()
        CursesTerminal.restore()
        #expect(terminal.outputByteCount == nil)
    }
}
}
