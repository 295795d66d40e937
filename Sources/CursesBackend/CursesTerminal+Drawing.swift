import CNCursesW
import TerminalKit

extension CursesTerminal {
    /// Sends `buffer` to the terminal: only the cells that changed since the last frame, or every cell
    /// after a resize, `invalidate()` or the first frame. Cells beyond the screen are dropped.
    public func draw(_ buffer: Buffer) {
        let fullRepaint = previousFrame == nil
        if fullRepaint { werase(window) }
        let generation = styler.pairGeneration
        put(buffer.changes(from: previousFrame ?? Self.emptyFrame))
        if styler.pairGeneration != generation {
            // Pairs were recycled mid-frame: redraw so every cell uses a pair defined for this frame.
            put(buffer.changes(from: Self.emptyFrame))
        }
        wnoutrefresh(window)
        doupdate()
        previousFrame = buffer
    }

    /// Makes the next `draw` clear the terminal and send every cell (e.g. on Ctrl-L).
    public func invalidate() {
        previousFrame = nil
        clearok(nc_curscr(), true)
    }

    private static let emptyFrame = Buffer(width: 0, height: 0)

    private func put(_ changes: [Buffer.Change]) {
        var text: [wchar_t] = []
        text.reserveCapacity(Int(CCHARW_MAX) + 1)
        var cell = cchar_t()
        for change in changes {
            Self.fillWideText(&text, from: change.cell.symbol)
            let rendition = styler.rendition(for: change.cell.style)
            _ = nc_setcchar(&cell, text, rendition.attributes, rendition.pair)
            // At the bottom-right corner this reports ERR (the cursor cannot advance) but draws the cell.
            _ = mvwadd_wch(window, Int32(change.y), Int32(change.x), &cell)
        }
    }

    /// The symbol as a NUL-terminated wide string of at most `CCHARW_MAX` code points. Control
    /// characters become "?" so data can never send escape sequences to the terminal.
    private static func fillWideText(_ text: inout [wchar_t], from symbol: String) {
        text.removeAll(keepingCapacity: true)
        for scalar in symbol.unicodeScalars.prefix(Int(CCHARW_MAX)) {
            let isControl = scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
            text.append(wchar_t(bitPattern: isControl ? 0x3F : scalar.value))
        }
        if text.isEmpty { text.append(0x20) }
        text.append(0)
    }
}
