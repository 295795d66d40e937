import Bilingual
import KachestvoCore
import TerminalKit

/// What every screen reads besides its own state — the loaded region, the language, the school year,
/// the look, the terminal size, how text is measured, which glyphs charts draw with, how far loading
/// has got — and the one thing a screen may set for all to see: the status-bar message.
public struct ScreenContext: Sendable {
    public var model: AppModel
    public var language: Language
    public var year: Int
    public var width: Int
    public var height: Int
    public var themes: [Theme]
    public var themeIndex: Int
    public var colorDepth: ColorDepth
    /// The terminal's own background as the terminal said it: no role is drawn unreadable on it.
    public var background: TerminalBackground
    /// How every view measures text: `--ambiguous-wide` reaches every screen through it.
    public var textWidth: TextWidth
    /// Which characters charts draw with: `--charts` reaches every chart through it.
    public var chartGlyphs: ChartGlyphs = .braille
    /// The background work still under way, nil once every figure is in.
    public var loading: LoadProgress?
    /// Today by the clock in the local time zone, set by the runtime before each event (nil until
    /// then): forms offer it as the day of a step, so that `update` itself never reads the clock.
    public var today: Day?
    /// A one-line notice in the status bar, cleared by the next key.
    public var message: String?
    /// Set by a screen to list the organisations behind a figure: the shell opens the list and
    /// clears this.
    /// Set by a screen's entry command (`e`, `a`, `d`, `r`): the shell opens the form and clears it.
    public var entry: EntryRequest?
    public var drill: OrganisationDrill?

    public init(model: AppModel, language: Language, width: Int, height: Int, themes: [Theme],
                themeName: String? = nil, colorDepth: ColorDepth, background: TerminalBackground = .unknown,
                textWidth: TextWidth = .standard) {
        self.model = model
        self.language = language
        self.width = width
        self.height = height
        year = model.index.latestYear ?? 0
        let available = themes.isEmpty ? [Theme.builtInDefault] : themes
        self.themes = available
        themeIndex = themeName.flatMap { name in available.firstIndex { $0.name == name } } ?? 0
        self.colorDepth = colorDepth
        self.background = background
        self.textWidth = textWidth
    }

    public var theme: Theme { themes[themeIndex] }

    /// Style of a theme role at the terminal's colour depth, readable on its background.
    public func style(_ role: ThemeRole) -> Style { theme.style(for: role, depth: colorDepth, background: background) }

    public func text(_ key: UIText) -> String { key(language) }
    public func text(_ key: EntryText) -> String { key(language) }

    /// The frame every screen shares at the current size.
    public var layout: ScreenLayout { ScreenLayout(width: width, height: height) }

    /// What to say where figures are missing: that they are still loading, or else `none`
    /// («no flags», «no funding data»…), as a muted line.
    public func missingFigures(_ none: UIText) -> Line {
        Line(text(loading != nil ? .figuresLoading : none), style: style(.muted))
    }
}
