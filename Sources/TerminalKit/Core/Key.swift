/// A key press as the app sees it, independent of the backend that read it.
public enum Key: Hashable, Sendable {
    /// A printable character (Latin, Cyrillic, …) with no modifier.
    case character(Character)
    /// Ctrl + a letter, given as the lowercase Latin letter (`ctrl("r")` for Ctrl-R).
    case ctrl(Character)
    /// Alt + a character (ESC then the character).
    case alt(Character)
    case enter, escape, backspace, tab, backTab
    case up, down, left, right
    case home, end, pageUp, pageDown
    case insert, delete
    /// F1…F12.
    case function(Int)
    /// The terminal changed size; the backend has the new size.
    case resize
}
