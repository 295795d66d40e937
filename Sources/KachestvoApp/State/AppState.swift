import Bilingual
import KachestvoCore
import TerminalKit

/// Everything the dashboard shows, as plain values. `update` changes it; `view` draws it.
public struct AppState: Sendable {
    public var model: AppModel
    public var language: Language
    public var tab: Tab = .network
    public var width: Int
    public var height: Int
    public var year: Int
    public var network = NetworkState()
    public var search = SearchState()
    public var overlay: Overlay?
    public var themes: [Theme]
    public var themeIndex: Int = 0
    public var colorDepth: ColorDepth
    /// A one-line notice in the status bar, cleared by the next key.
    public var message: String?
    public var shouldQuit = false

    public init(model: AppModel, language: Language, width: Int, height: Int,
                themes: [Theme], themeName: String? = nil, colorDepth: ColorDepth) {
        self.model = model
        self.language = language
        self.width = width
        self.height = height
        self.year = model.index.latestYear ?? 0
        let available = themes.isEmpty ? [Theme.builtInDefault] : themes
        self.themes = available
        self.themeIndex = themeName.flatMap { name in available.firstIndex { $0.name == name } } ?? 0
        self.colorDepth = colorDepth
        NetworkNavigator.start(&self)
    }

    public var theme: Theme { themes[themeIndex] }

    /// Style of a theme role at the terminal's colour depth.
    public func style(_ role: ThemeRole) -> Style { theme.style(for: role, depth: colorDepth) }

    public func text(_ key: UIText) -> String { key(language) }

    /// The smallest terminal the dashboard lays out for (DESIGN.md §6).
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public var isTooSmall: Bool { width < AppState.minimumWidth || height < AppState.minimumHeight }
}

/// The search prompt and its matches (`/`, then `n`/`N`).
public struct SearchState: Sendable, Equatable {
    public var query = ""
    /// True while the prompt is open and typing goes into `query`.
    public var isEditing = false
    public var matches: [Int] = []
    public var current: Int?
    /// Where the user was before searching, restored by Esc.
    public var origin: NetworkState?

    public init() {}
}

/// A window drawn over the screen that takes the keys while open.
public enum Overlay: Sendable, Equatable {
    case help(scroll: Int)
    case palette(query: String, selected: Int)
}
