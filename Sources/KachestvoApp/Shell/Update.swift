import Bilingual
import KachestvoCore
import KachestvoStore
import TerminalKit

/// The pure heart of the dashboard: applies one event to the state and returns the effects the
/// runtime must perform. No I/O, no terminal — every key script is testable with plain values.
/// Global commands are handled here; the rest go to the current screen, once.
public enum Update {
    /// How often the status bar's spinner turns while background work runs.
    static let spinnerMilliseconds = 120

    public static func apply(_ event: AppEvent, to state: inout AppState) -> [AppEffect] {
        switch event {
        case .terminate:
            state.shouldQuit = true
            return [.quit]
        case .resize(let width, let height):
            state.context.width = width
            state.context.height = height
            if !state.isTooSmall { refreshScreens(&state) }
            return []
        case .idle:
            if let tab = Tab.allCases.first(where: state.staleTabs.contains) {
                ScreenRegistry.module(for: tab).refresh(&state)
                state.staleTabs.remove(tab)
            }
            return []
        case .tick:
            guard state.context.loading != nil else { return [] }
            state.spinnerFrame += 1
            return [.scheduleTick(milliseconds: spinnerMilliseconds)]
        case .loadProgress(let progress):
            state.context.loading = progress
            return []
        case .loaded(let region):
            install(region, into: &state)
            return []
        case .validated(let problems, let path):
            if problems > 0 { state.context.message = "\(state.text(.dataProblems)): \(problems) — kachestvo validate \(path)" }
            return []
        case .loadFailed(let error):
            state.context.loading = nil
            state.failure = error
            state.overlay = nil
            return []
        case .settingsNotSaved(let error):
            stopRemembering(.settingsNotSaved, error, &state)
            return []
        case .thresholdsSaved(let region):
            install(region, into: &state)
            state.context.message = state.text(.fundingSaved)
            return EditLoop.reapplyUnsaved(&state)
        case .thresholdsNotSaved(let error?):
            state.context.message = "\(state.text(.fundingNotSaved)), \(state.text(.fundingNothingLost)): \(error.message(state.language))"
            return []
        case .thresholdsNotSaved(nil):
            state.context.message = state.text(.fundingDemoNotSaved)
            return []
        case .saveDue:
            return EditLoop.saveDue(&state)
        case .saveFinished(let outcome, let count):
            return EditLoop.finished(outcome, count: count, &state)
        case .indexRebuilt(let model, let ticket):
            return EditLoop.rebuilt(model, ticket: ticket, &state)
        case .dataFileChanged:
            return EditLoop.fileChanged(&state)
        case .key(let key):
            return handle(key, &state)
        }
    }

    /// Starts loading `source` in the background while the current model stays on screen.
    public static func beginLoading(_ source: DataSource, _ state: inout AppState) -> [AppEffect] {
        state.context.loading = .reading
        return [.load(source), .scheduleTick(milliseconds: spinnerMilliseconds)]
    }

    private static func handle(_ key: Key, _ state: inout AppState) -> [AppEffect] {
        let available = ScreenRegistry.availableCommands(on: state.tab)
        if case .alt(let character) = key, CommandTable.command(for: key, among: available) == nil {
            // No command uses this Alt chord: it was Esc followed quickly by a key (a fast typist, a
            // slow link), so it means both.
            return handle(.escape, &state) + handle(.character(character), &state)
        }
        state.context.message = nil
        if state.failure != nil { return FailureInput.handle(key, &state) }
        if case .help? = state.overlay { return HelpInput.handle(key, &state) }
        if case .palette? = state.overlay { return PaletteInput.handle(key, &state) }
        if case .drill? = state.overlay { return DrillListInput.handle(key, &state) }
        switch state.overlay {
        case .recordForm(let editor)?: return EntryInput.handle(key, editor, &state)
        case .resultsGrid(let editor)?: return EntryInput.handle(key, editor, &state)
        case .caseForm(let editor)?: return CaseInput.handle(key, editor, &state)
        case .decisionForm(let editor)?: return CouncilInput.handle(key, editor, &state)
        case .deleteQuestion(let question)?: return EntryInput.handle(key, question, &state)
        case .conflict(let question)?: return ConflictInput.handle(key, question, &state)
        default: break
        }
        if state.search.isEditing { return SearchInput.handle(key, &state) }
        guard let command = CommandTable.command(for: key, among: available) else { return [] }
        return perform(command, &state)
    }

    /// Runs a command, whether it came from a key or from the palette.
    public static func perform(_ command: CommandID, _ state: inout AppState) -> [AppEffect] {
        switch command {
        case .quit:
            state.shouldQuit = true
            return [.quit]
        case .redraw: return [.redraw]
        case .reload:
            guard let source = state.source else { return [] }
            guard state.context.loading == nil else {
                state.context.message = state.text(.reloadBusy)
                return []
            }
            guard state.editing.unsaved.isEmpty else {
                state.context.message = state.text(.reloadUnsaved)
                return []
            }
            return beginLoading(source, &state)
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
        case .search: SearchInput.begin(&state)
        case .searchNext: SearchInput.step(&state, by: 1)
        case .searchPrevious: SearchInput.step(&state, by: -1)
        case .previousYear: changeYear(&state, by: -1)
        case .nextYear: changeYear(&state, by: 1)
        case .cycleTheme:
            state.context.themeIndex = (state.context.themeIndex + 1) % state.context.themes.count
            state.context.message = "\(state.text(.themeChanged)): \(state.theme.name)"
            let theme = state.theme.name
            return remember(&state) { $0.theme = theme }
        case .undo: return EditLoop.undo(&state)
        case .redo: return EditLoop.redo(&state)
        case .saveNow: return EditLoop.retry(&state)
        case .switchLanguage:
            state.context.language = state.language == .ru ? .en : .ru
            state.context.message = state.text(.languageChanged)
            let language = state.language
            return remember(&state) { $0.language = language }
        default:
            let effects = ScreenRegistry.module(for: state.tab).perform(command, &state)
            if let drill = state.context.drill {
                state.context.drill = nil
                state.overlay = .drill(DrillList(drill, state.model))
            }
            if let request = state.context.entry {
                state.context.entry = nil
                return effects + EntryInput.open(request, &state)
            }
            return effects
        }
        return []
    }

    /// Says once, in the status bar, why the settings file is not used, and stops saving to it.
    public static func settingsUnreadable(_ error: StoreError, _ state: inout AppState) {
        stopRemembering(.settingsUnreadable, error, &state)
    }

    private static func stopRemembering(_ reason: UIText, _ error: StoreError, _ state: inout AppState) {
        state.rememberedSettings = nil
        state.context.message = "\(state.text(reason)): \(error.message(state.language))"
    }

    /// Applies a choice to the remembered settings and asks for them to be saved (when remembered).
    private static func remember(_ state: inout AppState, _ change: (inout UserSettings) -> Void) -> [AppEffect] {
        guard var settings = state.rememberedSettings else { return [] }
        change(&settings)
        state.rememberedSettings = settings
        return [.saveSettings(settings)]
    }

    /// Puts a newly loaded region on screen, keeping every screen's place by identity.
    private static func install(_ region: LoadedRegion, into state: inout AppState) {
        let wasLoading = state.context.loading != nil
        state.context.model = region.model
        state.context.loading = nil
        if region.version != nil { state.editing.base = region.version }
        state.editing.rebuild = nil
        if !region.model.index.years.contains(state.year) { state.context.year = region.model.index.latestYear ?? 0 }
        refreshScreens(&state)
        if state.editing.reloadingForOthers {
            state.editing.reloadingForOthers = false
            state.context.message = state.text(.otherUserSaved)
        } else if wasLoading {
            let seconds = NumberText.fixed(region.seconds, digits: 1, state.language)
            state.context.message = "\(state.text(.figuresReady)) (\(seconds) \(state.text(.secondsUnit)))"
        }
    }

    /// Brings the screen on show up to date; the others catch up while the runtime is idle or when
    /// they are shown (`AppState.staleTabs`).
    static func refreshScreens(_ state: inout AppState) {
        ScreenRegistry.module(for: state.tab).refresh(&state)
        state.staleTabs = Set(Tab.allCases).subtracting([state.tab])
    }

    private static func changeYear(_ state: inout AppState, by delta: Int) {
        let years = state.model.index.years
        guard let current = years.firstIndex(of: state.year) else { return }
        state.context.year = years[min(max(current + delta, 0), years.count - 1)]
        state.context.message = "\(state.text(.yearChanged)): \(AcademicYear(year: state.year).label)"
        refreshScreens(&state)
    }
}
