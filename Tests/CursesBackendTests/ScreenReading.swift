import CNCursesW
import Glibc
import TerminalKit

/// Test helpers: fill buffers with text and read back what ncurses believes the terminal shows.
enum ScreenReading {
    /// Writes `text` into `buffer` from (x, y); CJK characters take two cells (the second a continuation).
    static func write(_ text: String, x: Int, y: Int, style: Style = .plain, into buffer: inout Buffer) {
        var column = x
        for character in text {
            buffer[column, y] = Cell(symbol: String(character), style: style)
            column += 1
            if let scalar = character.unicodeScalars.first, (0x2E80...0x9FFF).contains(scalar.value) {
                buffer[column, y] = Cell(symbol: "", style: style, isContinuation: true)
                column += 1
            }
        }
    }

    /// Runs `body` with `NO_COLOR` unset (`swift test` sets it when its output is not a terminal).
    static func withColorAllowed<T>(_ body: () throws -> T) rethrows -> T {
        let saved = getenv("NO_COLOR").map { String(cString: $0) }
        unsetenv("NO_COLOR")
        defer { if let saved { setenv("NO_COLOR", saved, 1) } }
        return try body()
    }

    /// The characters of one row of the terminal's virtual screen (`curscr`, i.e. what was sent).
    static func row(_ y: Int, width: Int) -> String {
        var text = [wchar_t](repeating: 0, count: width + 1)
        let count = mvwinnwstr(nc_curscr(), Int32(y), 0, &text, Int32(width))
        guard count > 0 else { return "" }
        return String(String.UnicodeScalarView(text.prefix(Int(count)).compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
    }

    /// The attributes and colour-pair colours of one cell of the virtual screen.
    static func rendition(x: Int, y: Int) -> (attributes: attr_t, foreground: Int32, background: Int32) {
        var cell = cchar_t()
        mvwin_wch(nc_curscr(), Int32(y), Int32(x), &cell)
        var text = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        var attributes: attr_t = 0
        var shortPair: Int16 = 0
        var pair: Int32 = 0
        getcchar(&cell, &text, &attributes, &shortPair, &pair)
        var foreground: Int32 = 0, background: Int32 = 0
        extended_pair_content(pair, &foreground, &background)
        return (attributes, foreground, background)
    }
}
