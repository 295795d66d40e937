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

/// Keys while the search prompt is open: the query updates incrementally and the selection jumps to
/// the first match as you type; Enter keeps it, Esc returns to where you were.
enum SearchInput {
    static func handle(_ key: Key, _ state: inout AppState) -> [AppEffect] {
        switch key {
        case .enter:
            state.search.isEditing = false
        case .escape:
            if let origin = state.search.origin { state.network = origin }
            state.search = SearchState()
        case .down, .tab:
            step(&state, by: 1)
        case .up, .backTab:
            step(&state, by: -1)
        default:
            guard let query = TextInput.edit(state.search.query, with: key) else { return [] }
            state.search.query = query
            state.search.matches = state.model.search.matches(query)
            state.search.current = state.search.matches.isEmpty ? nil : 0
            if let first = state.search.matches.first {
                NetworkNavigator.reveal(organisation: first, &state)
            } else if let origin = state.search.origin {
                state.network = origin
            }
        }
        return []
    }

    /// Jumps to the next (`1`) or previous (`-1`) match, wrapping around.
    static func step(_ state: inout AppState, by delta: Int) {
        let matches = state.search.matches
        guard !matches.isEmpty else {
            if !state.search.query.isEmpty { state.message = "«\(state.search.query)»: \(state.text(.searchNoMatch))" }
            return
        }
        let next = ((state.search.current ?? -delta) + delta + matches.count) % matches.count
        state.search.current = next
        NetworkNavigator.reveal(organisation: matches[next], &state)
        if !state.search.isEditing {
            state.message = "«\(state.search.query)»: \(next + 1)/\(matches.count)"
        }
    }
}

/// Keys while the help overlay is open: scroll, or close with Esc, `?`, F1 or `q`.
enum HelpInput {
    static func handle(_ key: Key, _ state: inout AppState) -> [AppEffect] {
        guard case .help(let scroll) = state.overlay else { return [] }
        switch CommandTable.command(for: key, on: state.tab) {
        case .help?, .quit?, .goBack?: state.overlay = nil
        case .moveDown?: state.overlay = .help(scroll: scroll + 1)
        case .moveUp?: state.overlay = .help(scroll: max(0, scroll - 1))
        case .pageDown?: state.overlay = .help(scroll: scroll + 10)
        case .pageUp?: state.overlay = .help(scroll: max(0, scroll - 10))
        case .moveTop?: state.overlay = .help(scroll: 0)
        default: break
        }
        return []
    }
}

/// Keys while the command palette is open: type to filter, arrows to choose, Enter runs.
enum PaletteInput {
    /// Commands whose name (in either language) or id contains the query, in table order.
    static func matches(_ query: String, _ state: AppState) -> [Command] {
        let needle = query.lowercased()
        let commands = CommandTable.available(on: state.tab).filter { $0.id != .palette }
        guard !needle.isEmpty else { return commands }
        return commands.filter {
            $0.name.ru.lowercased().contains(needle) || $0.name.en.lowercased().contains(needle)
                || $0.id.rawValue.lowercased().contains(needle)
        }
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [AppEffect] {
        guard case .palette(let query, let selected) = state.overlay else { return [] }
        let found = matches(query, state)
        switch key {
        case .escape:
            state.overlay = nil
        case .enter:
            state.overlay = nil
            guard found.indices.contains(selected) else { return [] }
            return Update.perform(found[selected].id, &state)
        case .down, .tab:
            state.overlay = .palette(query: query, selected: min(selected + 1, max(0, found.count - 1)))
        case .up, .backTab:
            state.overlay = .palette(query: query, selected: max(0, selected - 1))
        default:
            if let edited = TextInput.edit(query, with: key) {
                state.overlay = .palette(query: edited, selected: 0)
            }
        }
        return []
    }
}
