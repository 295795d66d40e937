import KachestvoCore
import TerminalKit

/// Keys while the search prompt is open, on any screen: the query updates incrementally and the
/// current screen shows the first match as you type (a screen with no place for organisations hands
/// over to the Network screen); Enter keeps it, Esc returns to where you were.
enum SearchInput {
    static func begin(_ state: inout AppState) {
        state.search = SearchState()
        state.search.isEditing = true
        state.search.origin = SearchOrigin(tab: state.tab, screens: state.screens)
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [AppEffect] {
        switch key {
        case .enter:
            state.search.isEditing = false
        case .escape:
            if let origin = state.search.origin { restore(origin, &state) }
            state.search = SearchState()
        case .down, .tab:
            step(&state, by: 1)
        case .up, .backTab:
            step(&state, by: -1)
        default:
            guard let query = TextInput.edit(state.search.query, with: key) else { return [] }
            let organisations = state.model.dataset.organisations
            state.search.query = query
            state.search.matches = state.model.search.matches(query).map { organisations[$0].id }
            state.search.current = state.search.matches.isEmpty ? nil : 0
            if let first = state.search.matches.first {
                show(first, &state)
            } else if let origin = state.search.origin {
                restore(origin, &state)
            }
        }
        return []
    }

    /// Jumps to the next (`1`) or previous (`-1`) match, wrapping around.
    static func step(_ state: inout AppState, by delta: Int) {
        let matches = state.search.matches
        guard !matches.isEmpty else {
            if !state.search.query.isEmpty { state.context.message = "«\(state.search.query)»: \(state.text(.searchNoMatch))" }
            return
        }
        let next = ((state.search.current ?? -delta) + delta + matches.count) % matches.count
        state.search.current = next
        show(matches[next], &state)
        if !state.search.isEditing {
            state.context.message = "«\(state.search.query)»: \(next + 1)/\(matches.count)"
        }
    }

    /// Shows a match on the current screen, or on the Network screen when this one cannot.
    private static func show(_ organisation: Identifier<Organisation>, _ state: inout AppState) {
        if ScreenRegistry.module(for: state.tab).reveal(organisation, &state) { return }
        if ScreenRegistry.module(for: .network).reveal(organisation, &state) { state.tab = .network }
    }

    private static func restore(_ origin: SearchOrigin, _ state: inout AppState) {
        state.tab = origin.tab
        state.screens = origin.screens
    }
}

/// Keys while the help overlay is open: scroll (within the text), or close with Esc, `?`, F1 or `q`.
enum HelpInput {
    private static let keys = CommandTable.all.filter {
        [.help, .quit, .goBack, .moveDown, .moveUp, .pageDown, .pageUp, .moveTop, .moveBottom].contains($0.id)
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [AppEffect] {
        guard case .help(let scroll) = state.overlay else { return [] }
        let target: Int
        switch CommandTable.command(for: key, among: keys) {
        case .help?, .quit?, .goBack?:
            state.overlay = nil
            return []
        case .moveDown?: target = scroll + 1
        case .moveUp?: target = scroll - 1
        case .pageDown?: target = scroll + 10
        case .pageUp?: target = scroll - 10
        case .moveTop?: target = 0
        case .moveBottom?: target = Int.max
        default: return []
        }
        state.overlay = .help(scroll: min(max(0, target), HelpOverlay.maximumScroll(state)))
        return []
    }
}

/// Keys while the command palette is open: type to filter, arrows to choose, Enter runs.
enum PaletteInput {
    /// Commands available here whose name (in either language) or id contains the query, in table order;
    /// case and ё/е do not matter, as in the search.
    static func matches(_ query: String, _ state: AppState) -> [Command] {
        let needle = TextFold.folded(query)
        let commands = ScreenRegistry.availableCommands(on: state.tab).filter { $0.id != .palette }
        guard !needle.isEmpty else { return commands }
        return commands.filter {
            TextFold.folded($0.name.ru).contains(needle) || TextFold.folded($0.name.en).contains(needle)
                || TextFold.folded($0.id.rawValue).contains(needle)
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

/// Keys while the data file's error is shown: quit (q, Esc, Enter) or redraw; nothing else.
enum FailureInput {
    private static let keys = CommandTable.all.filter { [.quit, .redraw].contains($0.id) }

    static func handle(_ key: Key, _ state: inout AppState) -> [AppEffect] {
        switch key {
        case .escape, .enter: return Update.perform(.quit, &state)
        default: return CommandTable.command(for: key, among: keys).map { Update.perform($0, &state) } ?? []
        }
    }
}
