import TerminalKit

/// Line editing shared by the search prompt and the palette: typed characters (Cyrillic included,
/// never remapped to Latin) are appended, Backspace deletes, Ctrl-U clears.
enum TextInput {
    /// The edited text, or nil when the key is not an editing key.
    static func edit(_ text: String, with key: Key) -> String? {
        switch key {
        case .character(let character): text + String(character)
        case .backspace: String(text.dropLast())
        case .ctrl("u"): ""
        default: nil
        }
    }
}
