/// The styles form widgets draw with, taken from theme roles: labels in `text`, the focused label in
/// `accent`, the focused field and the highlighted option in `selection`, the cursor as the focused
/// field's style with reverse video flipped, messages and their `!` in `danger`, read-only values in
/// `muted`, the picker's box in `border`, grid headers in `header`. Without colour, focus still shows
/// as reverse video (the theme gives `selection` reverse) and a `▸` marker, an error as `!` and bold.
public struct FormStyles: Hashable, Sendable {
    public var label: Style
    public var focusedLabel: Style
    public var value: Style
    public var focusedValue: Style
    public var cursor: Style
    public var error: Style
    public var readOnly: Style
    public var border: Style
    public var header: Style

    /// Styles from a theme: `FormStyles { context.style($0) }` or `FormStyles { themeStyles[$0] }`.
    public init(role: (ThemeRole) -> Style) {
        label = role(.text)
        focusedLabel = role(.accent).adding(.bold)
        value = role(.text)
        focusedValue = role(.selection)
        var cursor = focusedValue
        cursor.attributes.formSymmetricDifference(.reverse)
        self.cursor = cursor
        error = role(.danger).adding(.bold)
        readOnly = role(.muted)
        border = role(.border)
        header = role(.header)
    }

    /// No colour at all: what a monochrome terminal shows.
    public static let mono = FormStyles { role in
        switch role {
        case .selection: Style(attributes: .reverse)
        case .muted, .border: Style(attributes: .dim)
        case .header: Style(attributes: .bold)
        default: .plain
        }
    }
}
