import Bilingual
import KachestvoCore
import KachestvoStore
import TerminalKit

/// Everything the dashboard shows, as plain values. `update` changes it; `view` draws it.
public struct AppState: Sendable {
    /// What every screen reads: the model, language, year, look, size, loading progress, message.
    public var context: ScreenContext
    /// Where the region came from, read again by `reload`.
    public var source: DataSource?
    /// The screen on show. Only it is kept up to date with the model, year and size; another is
    /// refreshed when it is shown, so a change costs what one screen needs, not seven.
    public var tab: Tab = .network {
        didSet {
            guard tab != oldValue, staleTabs.contains(tab) else { return }
            ScreenRegistry.module(for: tab).refresh(&self)
            staleTabs.remove(tab)
        }
    }
    /// The screens not on show that have not caught up with the model, year or size since they
    /// changed: each is refreshed when the runtime is idle (`AppEvent.idle`) or when it is shown.
    public internal(set) var staleTabs: Set<Tab> = []

    /// True when a stale screen should catch up at the next idle moment: not while the figures are
    /// still loading, which would take cores from the load only to be redone when it lands.
    public var hasIdleWork: Bool { !staleTabs.isEmpty && context.loading == nil }
    public var screens = ScreenStates()
    public var search = SearchState()
    public var overlay: Overlay?
    /// Advances on every tick while background work runs (the status bar's spinner).
    public var spinnerFrame = 0
    /// The data file could not be read after its outline was shown: the dashboard says so and quits.
    public var failure: StoreError?
    public var shouldQuit = false
    /// What the settings file holds, changed and saved when the user picks a language or a theme;
    /// nil when choices are not remembered (no settings file, or one that could not be read and is
    /// left alone, or one that could not be written).
    public var rememberedSettings: UserSettings?
    /// This user's edits: undo, what is still to be saved, where, and what may be changed.
    public var editing = EditSession()

    public init(context: ScreenContext) {
        self.context = context
        ScreenRegistry.module(for: tab).refresh(&self)
        staleTabs = Set(Tab.allCases).subtracting([tab])
    }

    public init(model: AppModel, language: Language, width: Int, height: Int, themes: [Theme],
                themeName: String? = nil, colorDepth: ColorDepth, background: TerminalBackground = .unknown,
                textWidth: TextWidth = .standard) {
        self.init(context: ScreenContext(model: model, language: language, width: width, height: height, themes: themes,
                                         themeName: themeName, colorDepth: colorDepth, background: background,
                                         textWidth: textWidth))
    }

    public var model: AppModel { context.model }
    public var language: Language { context.language }
    public var year: Int { context.year }
    public var message: String? { context.message }
    public var theme: Theme { context.theme }
    public var width: Int { context.width }
    public var height: Int { context.height }

    public func style(_ role: ThemeRole) -> Style { context.style(role) }
    public func text(_ key: UIText) -> String { context.text(key) }
    public func text(_ key: EntryText) -> String { context.text(key) }

    /// The smallest terminal the dashboard lays out for (DESIGN.md §6).
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public var isTooSmall: Bool { width < AppState.minimumWidth || height < AppState.minimumHeight }
}

/// The search prompt and its matches (`/`, then `n`/`N`), on any screen.
public struct SearchState: Sendable, Equatable {
    public var query = ""
    /// True while the prompt is open and typing goes into `query`.
    public var isEditing = false
    /// The organisations found, in dataset order, by identity.
    public var matches: [Identifier<Organisation>] = []
    public var current: Int?
    /// Where the user was before searching, restored by Esc.
    public var origin: SearchOrigin?

    public init() {}
}

/// The tab and screen states to return to when a search is cancelled.
public struct SearchOrigin: Sendable, Equatable {
    public var tab: Tab
    public var screens: ScreenStates
}

/// A window drawn over the screen that takes the keys while open.
public enum Overlay: Sendable, Equatable {
    case help(scroll: Int)
    case palette(query: String, selected: Int)
    /// The organisations behind a number a screen was asked to open.
    case drill(DrillList)
    /// A record's card being edited or added.
    case recordForm(RecordEditor)
    /// A support case's status being moved on, or a step added to its plan.
    case caseForm(CaseEditor)
    /// A council meeting's decision being edited or added.
    case decisionForm(DecisionEditor)
    /// A school's exam results for a year, as a grid.
    case resultsGrid(ResultsEditor)
    /// Asking before a delete.
    case deleteQuestion(DeleteQuestion)
    /// Another user's save set a field this user changed too: keep which value?
    case conflict(ConflictQuestion)
}
