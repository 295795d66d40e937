/// What a piece of the screen is, as far as colour goes. Views ask a `Theme` for a role's style and never
/// name raw colours. The JSON key of each role is its raw value.
public enum ThemeRole: String, CaseIterable, Hashable, Sendable {
    /// The screen's background (and default text on it).
    case background
    /// Ordinary text.
    case text
    /// Secondary text: hints, units, disabled items.
    case muted
    /// Emphasis that is not a warning: key letters, links, current values.
    case accent
    /// Borders of unfocused panes.
    case border
    /// The border of the pane that has the keyboard focus.
    case focusedBorder
    /// Pane and dialog titles.
    case title
    /// The selected row or item.
    case selection
    /// Table headers.
    case header
    /// The status bar and the tab bar.
    case statusBar
    case success, warning, danger
    /// Chart series, in order.
    case series1, series2, series3, series4, series5, series6
    /// A heat scale from low to high values: the background is the heat colour, the foreground a text
    /// colour readable on it.
    case heatLow, heatMid, heatHigh
}
