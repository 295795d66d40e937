import Bilingual

/// Draws a `PickerState`: a box whose top border carries the title and how many options the filter
/// leaves («3 из 29»), the filter line with its cursor (unless the field shows it, as in a form), and
/// the matching options with the highlighted one in `focusedValue`; «нет совпадений» when none match.
public struct Picker {
    public var state: PickerState
    public var title: String?
    public var language: Language
    public var styles: FormStyles
    /// Whether the first row inside the box shows the filter being typed.
    public var showsFilter: Bool

    public init(
        _ state: PickerState, title: String? = nil, language: Language, styles: FormStyles = .mono,
        showsFilter: Bool = true
    ) {
        self.state = state
        self.title = title
        self.language = language
        self.styles = styles
        self.showsFilter = showsFilter
    }

    /// Rows of options that show in `area` (the box less its border and filter row).
    public func listRows(in area: Rect) -> Int { max(0, area.height - 2 - (showsFilter ? 1 : 0)) }

    /// The list's first row as drawn in `area`: what the app keeps in `PickerState.offset`.
    public func listOffset(in area: Rect) -> Int {
        ScrollState.offset(selected: state.highlighted, visible: listRows(in: area), current: state.offset,
                           count: state.matches.count)
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let area = area.intersection(buffer.area)
        buffer.fill(area, with: Cell(style: styles.value))
        let count = FormText.count(state.matches.count, of: state.options.count).text(language)
        var inner = Block(title: title, rightTitle: count, borderStyle: styles.border, titleStyle: styles.label)
            .render(into: &buffer, area: area)
        guard !inner.isEmpty else { return }
        if showsFilter {
            state.filter.render(into: &buffer, x: inner.x, y: inner.y, columns: inner.width, style: styles.value,
                                cursorStyle: styles.focusedValue)
            inner = inner.splitTop(1).rest
        }
        guard !state.matches.isEmpty else {
            buffer.write(FormText.noMatches.text(language), x: inner.x, y: inner.y, maxWidth: inner.width,
                         style: styles.readOnly, overflow: .ellipsis)
            return
        }
        let options = state.options
        let matches = state.matches
        ListView(
            count: matches.count, item: { Line(options[matches[$0]].label) }, selected: state.highlighted,
            offset: listOffset(in: area), style: styles.value, selectionStyle: styles.focusedValue
        ).render(into: &buffer, area: inner)
    }
}
