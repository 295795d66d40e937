import KachestvoCore
import TerminalKit

/// The pure heart of the dashboard: applies one event to the state and returns the effects the
/// runtime must perform. No I/O, no terminal — every key script is testable with plain values.
public enum Update {
    public static func apply(_ event: AppEvent, to state: inout AppState) -> [AppEffect] {
        switch event {
        case .terminate:
            state.shouldQuit = true
            return [.quit]
        case .resize(let width, let height):
            resize(&state, width: width, height: height)
            return []
        case .key(.alt(let character)) where CommandTable.command(for: .alt(character), on: state.tab) == nil:
            // No command uses this Alt chord: it was Esc followed quickly by a key (a fast typist, a
            // slow link), so it means both.
            return apply(.key(.escape), to: &state) + apply(.key(.character(character)), to: &state)
        case .key(let key):
            state.message = nil
            if case .help? = state.overlay { return HelpInput.handle(key, &state) }
            if case .palette? = state.overlay { return PaletteInput.handle(key, &state) }
            if state.search.isEditing { return SearchInput.handle(key, &state) }
            guard let command = CommandTable.command(for: key, on: state.tab) else { return [] }
            return perform(command, &state)
        }
    }

    /// Runs a command, whether it came from a key or from the palette.
    public static func perform(_ command: CommandID, _ state: inout AppState) -> [AppEffect] {
        switch command {
        case .quit:
            state.shouldQuit = true
            return [.quit]
        case .help: state.overlay = .help(scroll: 0)
        case .palette: state.overlay = .palette(query: "", selected: 0)
        case .showOverview: state.tab = .overview
        case .showNetwork: state.tab = .network
        case .showExams: state.tab = .exams
        case .showFunding: state.tab = .funding
        case .showSupport: state.tab = .support
        case .showCouncil: state.tab = .council
        case .showMap: state.tab = .map
        case .nextTab: state.tab = Tab(rawValue: state.tab.rawValue % Tab.allCases.count + 1)!
        case .previousTab: state.tab = Tab(rawValue: (state.tab.rawValue + Tab.allCases.count - 2) % Tab.allCases.count + 1)!
        case .previousYear: changeYear(&state, by: -1)
        case .nextYear: changeYear(&state, by: 1)
        case .cycleTheme:
            state.themeIndex = (state.themeIndex + 1) % state.themes.count
            state.message = "\(state.text(.themeChanged)): \(state.theme.name)"
        case .switchLanguage:
            state.language = state.language == .ru ? .en : .ru
            state.message = state.text(.languageChanged)
        default:
            if state.tab == .network { NetworkInput.perform(command, &state) }
        }
        return []
    }

    private static func resize(_ state: inout AppState, width: Int, height: Int) {
        state.width = width
        state.height = height
        guard !state.isTooSmall else { return }
        // Re-clamp every column's scroll to the new height.
        let node = state.network.focusedNode.map { NetworkNavigator.hierarchy(state).nodes[$0] }
        NetworkNavigator.reconcile(&state, keeping: node)
    }

    private static func changeYear(_ state: inout AppState, by delta: Int) {
        let years = state.model.index.years
        guard let current = years.firstIndex(of: state.year) else { return }
        let next = min(max(current + delta, 0), years.count - 1)
        state.year = years[next]
        state.message = "\(state.text(.yearChanged)): \(AcademicYear(year: state.year).label)"
        if state.network.sort != .name {
            let node = state.network.focusedNode.map { NetworkNavigator.hierarchy(state).nodes[$0] }
            NetworkNavigator.reconcile(&state, keeping: node)
        }
    }
}
