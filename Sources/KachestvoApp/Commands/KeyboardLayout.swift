import TerminalKit

/// Maps a character typed in the Russian ЙЦУКЕН layout to the Latin character on the same physical
/// key (й→q, о→j, л→k, …), so every letter hotkey works without switching the keyboard layout.
/// ncurses delivers characters, not key positions, so the mapping is ours.
public enum KeyboardLayout {
    private static let lower: [Character: Character] = {
        let russian = Array("йцукенгшщзхъфывапролджэячсмитьбюё")
        let latin = Array("qwertyuiop[]asdfghjkl;'zxcvbnm,.`")
        return Dictionary(uniqueKeysWithValues: zip(russian, latin))
    }()

    private static let upper: [Character: Character] = {
        let russian = Array("ЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ")
        let latin = Array("QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~")
        return Dictionary(uniqueKeysWithValues: zip(russian, latin))
    }()

    /// The Latin character on the same key, or nil for characters outside the layout.
    public static func latin(for character: Character) -> Character? {
        lower[character] ?? upper[character]
    }

    /// The key with a Cyrillic letter replaced by its Latin twin; other keys unchanged.
    public static func latinKey(for key: Key) -> Key {
        switch key {
        case .character(let character): latin(for: character).map(Key.character) ?? key
        case .ctrl(let character): latin(for: character).map(Key.ctrl) ?? key
        case .alt(let character): latin(for: character).map(Key.alt) ?? key
        default: key
        }
    }
}
