@testable import TerminalKit

/// Keys for typing a text, one character each.
func typing(_ text: String) -> [Key] { text.map(Key.character) }

extension LineEditor {
    /// Applies keys in turn; returns the last result.
    @discardableResult
    mutating func apply(_ keys: [Key]) -> LineEditResult {
        keys.reduce(LineEditResult.notHandled) { _, key in apply(key) }
    }

    /// The field as drawn `columns` wide, with the cursor's cells marked `#` beneath.
    func drawn(columns: Int, measure: TextWidth = .standard) -> (text: String, cursor: String) {
        var buffer = Buffer(width: columns, height: 1, textWidth: measure)
        let cursor = Style(attributes: .reverse)
        render(into: &buffer, x: 0, y: 0, columns: columns, style: .plain, cursorStyle: cursor)
        return (buffer.rowText(0), TestBackend.styleMask(buffer, marking: cursor)[0])
    }
}
