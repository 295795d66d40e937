/// What a key did to a `LineEditor`.
public enum LineEditResult: Hashable, Sendable {
    /// The text changed.
    case changed
    /// The key was an editing key but the text stayed as it was (the cursor moved, or there was
    /// nothing to delete, or the maximum length was reached).
    case unchanged
    /// Not an editing key: the caller decides what it means (Tab, Enter, Esc, ↑/↓ …).
    case notHandled
}

/// One line of text being edited, as a value the app keeps in its state: the text, a cursor counted in
/// grapheme clusters (so «й», «е» with a combining diaeresis, a CJK character or an emoji ZWJ sequence
/// is one step), an optional maximum length, and the horizontal scroll of its field in display columns
/// (see `LineEditor+Viewport`).
///
/// Keys (readline's): characters insert; Backspace and Delete (or Ctrl-D) delete a cluster; ←/→ (or
/// Ctrl-B/Ctrl-F) move; Home/End or Ctrl-A/Ctrl-E go to the start/end; Ctrl-U kills to the start,
/// Ctrl-K to the end, Ctrl-W the word before the cursor (back to a space); Alt-B/Alt-F move by word
/// (letters and digits), from the Russian layout's twin keys too (Alt-И, Alt-А).
public struct LineEditor: Hashable, Sendable {
    /// The text, as clusters: editing and measuring go by cluster.
    private(set) var characters: [Character]
    /// The cursor: how many clusters stand before it (0…count).
    public private(set) var cursor: Int
    /// The most clusters the text may hold (nil: no limit). Typing beyond it is refused.
    public let maxLength: Int?
    /// The first display column shown when the text is wider than its field. The app keeps it (via
    /// `reveal(columns:measure:)`) so that the view moves as little as possible.
    public var scroll: Int

    /// An editor holding `text` (cut to `maxLength`), the cursor at its end.
    public init(_ text: String = "", maxLength: Int? = nil) {
        self.maxLength = maxLength.map { max(0, $0) }
        self.characters = []
        self.cursor = 0
        self.scroll = 0
        setText(text)
    }

    /// The text being edited.
    public var text: String { String(characters) }

    /// How many clusters the text holds.
    public var count: Int { characters.count }

    /// Replaces the text (cut to `maxLength`) and puts the cursor at its end.
    public mutating func setText(_ text: String) {
        characters = Array(text)
        if let maxLength, characters.count > maxLength { characters.removeLast(characters.count - maxLength) }
        cursor = characters.count
        scroll = 0
    }

    /// Applies one key.
    @discardableResult
    public mutating func apply(_ key: Key) -> LineEditResult {
        switch key {
        case .character(let character): return insert(character)
        case .backspace: return delete(from: cursor - 1, to: cursor, cursorAfter: cursor - 1)
        case .delete, .ctrl("d"): return delete(from: cursor, to: cursor + 1, cursorAfter: cursor)
        case .left, .ctrl("b"): return move(to: cursor - 1)
        case .right, .ctrl("f"): return move(to: cursor + 1)
        case .home, .ctrl("a"): return move(to: 0)
        case .end, .ctrl("e"): return move(to: count)
        case .ctrl("u"): return delete(from: 0, to: cursor, cursorAfter: 0)
        case .ctrl("k"): return delete(from: cursor, to: count, cursorAfter: cursor)
        case .ctrl("w"):
            let start = startOfWord(before: cursor, isWord: { !$0.isWhitespace })
            return delete(from: start, to: cursor, cursorAfter: start)
        case .alt("b"), .alt("и"): return move(to: startOfWord(before: cursor, isWord: Self.isWordCharacter))
        case .alt("f"), .alt("а"): return move(to: endOfWord(after: cursor))
        default: return .notHandled
        }
    }

    /// Inserts at the cursor. A combining mark joins the cluster before it, so the cursor is counted
    /// again from the text rather than moved by one.
    private mutating func insert(_ character: Character) -> LineEditResult {
        guard !character.unicodeScalars.contains(where: drivesTerminal) else { return .notHandled }
        let before = String(characters[..<cursor]) + String(character)
        let joined = Array(before + String(characters[cursor...]))
        if let maxLength, joined.count > maxLength { return .unchanged }
        characters = joined
        cursor = before.count
        return .changed
    }

    private mutating func delete(from start: Int, to end: Int, cursorAfter: Int) -> LineEditResult {
        let start = max(0, start)
        let end = min(count, end)
        guard start < end else { return .unchanged }
        characters.removeSubrange(start..<end)
        cursor = max(0, min(cursorAfter, count))
        return .changed
    }

    private mutating func move(to position: Int) -> LineEditResult {
        cursor = max(0, min(position, count))
        return .unchanged
    }

    private static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }

    /// Where the word before `position` starts: back over non-word clusters, then over word ones.
    private func startOfWord(before position: Int, isWord: (Character) -> Bool) -> Int {
        var index = position
        while index > 0, !isWord(characters[index - 1]) { index -= 1 }
        while index > 0, isWord(characters[index - 1]) { index -= 1 }
        return index
    }

    /// Where the word after `position` ends: over non-word clusters, then over word ones.
    private func endOfWord(after position: Int) -> Int {
        var index = position
        while index < count, !Self.isWordCharacter(characters[index]) { index += 1 }
        while index < count, Self.isWordCharacter(characters[index]) { index += 1 }
        return index
    }
}
