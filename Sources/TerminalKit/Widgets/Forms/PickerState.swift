import Foundation

/// One choice of a picker: the id the app stores and the label the user reads.
public struct PickerOption: Hashable, Sendable {
    public let id: String
    public let label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}

/// What a key did to a `PickerState`.
public enum PickerResult: Hashable, Sendable {
    /// The choice changed (nil: cleared).
    case chosen(PickerOption?)
    /// The filter, the highlighted option or the list's visibility changed.
    case updated
    /// The list was closed without choosing (Esc).
    case closed
    /// Not a picker key.
    case notHandled
}

/// A choice among references or an enumeration, with type-to-filter, as a value for the app's state.
/// Typing opens the list and filters it: an option shows when its label contains the filter anywhere,
/// case and ё/е aside. Space on an empty filter opens the whole list; ↑/↓ and PgUp/PgDn move in it;
/// Enter chooses; Esc closes it. With the list closed, Backspace or Delete clears the choice.
public struct PickerState: Hashable, Sendable {
    public let options: [PickerOption]
    public private(set) var chosen: PickerOption?
    /// The filter being typed (shown in the field while the list is open).
    public private(set) var filter: LineEditor
    /// Indices into `options` of those the filter leaves, in their order.
    public private(set) var matches: [Int]
    /// The highlighted option, as an index into `matches`.
    public private(set) var highlighted: Int
    public private(set) var isOpen: Bool
    /// The list's first visible row (see `ScrollState`); the app may keep what `Picker` shows.
    public var offset: Int
    /// Each label folded to UTF-8 (see `folded`), so filtering thousands of options compares bytes.
    private let foldedLabels: [[UInt8]]
    /// The folded filter `matches` were found for: a longer filter starting with it searches only them.
    private var matchedNeedle: [UInt8] = []

    /// Rows PgUp/PgDn move by.
    static let page = 8

    public init(options: [PickerOption], chosen id: String? = nil) {
        self.options = options
        self.chosen = id.flatMap { id in options.first { $0.id == id } }
        self.filter = LineEditor()
        self.matches = Array(options.indices)
        self.highlighted = 0
        self.isOpen = false
        self.offset = 0
        self.foldedLabels = options.map { Self.folded($0.label) }
    }

    /// The highlighted option, if the filter leaves any.
    public var highlightedOption: PickerOption? {
        matches.indices.contains(highlighted) ? options[matches[highlighted]] : nil
    }

    /// Chooses the option with this id (nil or an unknown id clears the choice) and closes the list.
    public mutating func choose(id: String?) {
        chosen = id.flatMap { id in options.first { $0.id == id } }
        close()
    }

    /// Keeps the filter's scroll for a field `columns` wide (see `LineEditor.reveal`).
    public mutating func revealFilter(columns: Int, measure: TextWidth) {
        filter.reveal(columns: columns, measure: measure)
    }

    /// Opens the list, the current choice highlighted.
    public mutating func open() {
        isOpen = true
        highlighted = chosen.flatMap { chosen in matches.firstIndex { options[$0] == chosen } } ?? 0
    }

    /// Closes the list and forgets the filter.
    public mutating func close() {
        isOpen = false
        filter = LineEditor()
        refilter()
    }

    public mutating func apply(_ key: Key) -> PickerResult {
        guard isOpen else { return applyClosed(key) }
        switch key {
        case .escape:
            close()
            return .closed
        case .enter:
            guard let option = highlightedOption else { return .updated }
            chosen = option
            close()
            return .chosen(option)
        case .down: moveHighlight(by: 1)
        case .up: moveHighlight(by: -1)
        case .pageDown: moveHighlight(by: Self.page)
        case .pageUp: moveHighlight(by: -Self.page)
        default:
            switch filter.apply(key) {
            case .changed:
                refilter()
                highlighted = 0
            case .unchanged: break
            case .notHandled: return .notHandled
            }
        }
        return .updated
    }

    private mutating func applyClosed(_ key: Key) -> PickerResult {
        switch key {
        case .character(" "):
            open()
            return .updated
        case .character:
            guard filter.apply(key) == .changed else { return .notHandled }
            refilter()
            isOpen = true
            highlighted = 0
            return .updated
        case .backspace, .delete:
            guard chosen != nil else { return .notHandled }
            chosen = nil
            return .chosen(nil)
        default:
            return .notHandled
        }
    }

    private mutating func moveHighlight(by delta: Int) {
        highlighted = max(0, min(highlighted + delta, matches.count - 1))
    }

    private mutating func refilter() {
        let needle = Self.folded(filter.text)
        if needle.isEmpty {
            matches = Array(options.indices)
        } else {
            let narrowing = !matchedNeedle.isEmpty && needle.starts(with: matchedNeedle)
            matches = (narrowing ? matches : Array(options.indices)).filter { Self.contains(foldedLabels[$0], needle) }
        }
        matchedNeedle = needle
    }

    /// Lower case, «ё» as «е», in NFC (so «е» with a combining diaeresis is «е» too), as UTF-8.
    static func folded(_ text: String) -> [UInt8] {
        var lowered = text.lowercased()
        // A combining mark (U+0300–U+036F) is composed with its letter first; most text has none.
        if lowered.utf8.contains(where: { $0 == 0xCC || $0 == 0xCD }) { lowered = lowered.precomposedStringWithCanonicalMapping }
        var bytes = Array(lowered.utf8)
        for index in bytes.indices.dropLast() where bytes[index] == 0xD1 && bytes[index + 1] == 0x91 {
            (bytes[index], bytes[index + 1]) = (0xD0, 0xB5)  // ё (U+0451) → е (U+0435)
        }
        return bytes
    }

    /// Whether `needle` occurs in `haystack`; both are whole UTF-8 text, so a match starts on a character.
    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        return haystack.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in
                guard let first = needle.first else { return true }
                return (0...(haystack.count - needle.count)).contains { start in
                    haystack[start] == first && memcmp(haystack.baseAddress! + start, needle.baseAddress!, needle.count) == 0
                }
            }
        }
    }
}
