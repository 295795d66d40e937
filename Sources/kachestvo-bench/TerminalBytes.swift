import CursesBackend
import KachestvoApp
import TerminalKit

/// What a headless xterm-256color ncurses screen is sent per cursor move, against how many cells
/// of the frame actually changed (target: bytes ≤ 2 × changed cells).
struct TerminalBytes: Codable, Sendable {
    var terminalType: String
    var colorDepth: Int
    var firstFrameBytes: Int
    var moves: Int
    var bytesPerMove: Distribution
    var changedCellsPerMove: Distribution
    /// Total bytes over total changed cells, for the j/k moves.
    var bytesPerChangedCell: Double
    /// The floor: UTF-8 bytes of the changed cells' symbols alone (Cyrillic is 2, box drawing 3), per
    /// changed cell; the rest of `bytesPerChangedCell` is cursor moves and colour/attribute sequences.
    var glyphBytesPerChangedCell: Double
    /// Moves that sent more than twice as many bytes as cells changed.
    var movesOverTwiceChangedCells: Int

    /// Replays the whole script through the terminal (so it stays in step with the state) and records
    /// the byte delta of every j/k frame. Call from one thread only: ncurses is not thread-safe.
    static func measure(_ script: [ScriptedKey], from initial: AppState) throws -> TerminalBytes {
        let terminalType = "xterm-256color"
        let terminal = try CursesTerminal.headless(
            terminalType: terminalType, width: initial.width, height: initial.height,
            options: CursesTerminal.Options(colorDepth: initial.context.colorDepth, catchesStopSignals: false)
        )
        defer { terminal.stop() }
        var state = initial
        var previous = AppView.render(state)
        let firstFrameBytes = sentBytes(terminal) { terminal.draw(previous) }
        var bytes: [Double] = []
        var cells: [Double] = []
        var glyphBytes = 0
        for step in script {
            _ = Update.apply(.key(step.key), to: &state)
            let frame = AppView.render(state)
            let sent = sentBytes(terminal) { terminal.draw(frame) }
            if step.kind == .move {
                bytes.append(Double(sent))
                let changes = frame.changes(from: previous)
                cells.append(Double(changes.count))
                glyphBytes += changes.reduce(0) { $0 + $1.cell.symbol.utf8.count }
            }
            previous = frame
        }
        let totalCells = cells.reduce(0, +)
        return TerminalBytes(
            terminalType: terminalType, colorDepth: terminal.colorDepth.rawValue, firstFrameBytes: firstFrameBytes,
            moves: bytes.count, bytesPerMove: Distribution(bytes), changedCellsPerMove: Distribution(cells),
            bytesPerChangedCell: totalCells == 0 ? 0 : bytes.reduce(0, +) / totalCells,
            glyphBytesPerChangedCell: totalCells == 0 ? 0 : Double(glyphBytes) / totalCells,
            movesOverTwiceChangedCells: zip(bytes, cells).filter { $0 > 2 * $1 }.count
        )
    }

    private static func sentBytes(_ terminal: CursesTerminal, _ draw: () -> Void) -> Int {
        let before = terminal.outputByteCount ?? 0
        draw()
        return (terminal.outputByteCount ?? 0) - before
    }
}
