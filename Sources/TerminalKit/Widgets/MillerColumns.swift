/// One column of `MillerColumns`: a titled list with its own selection and scroll offset, and
/// optionally a header row above the items (the titles of the figures its rows carry).
public struct MillerColumn {
    public var title: String
    /// Shown at the right of the top border when it fits (e.g. the number of items).
    public var rightTitle: String?
    /// A fixed row under the top border; the items scroll below it.
    public var header: Line?
    public var count: Int
    public var item: (Int) -> Line
    public var selected: Int?
    public var offset: Int

    public init(title: String, rightTitle: String? = nil, header: Line? = nil, count: Int,
                item: @escaping (Int) -> Line, selected: Int? = nil, offset: Int = 0) {
        self.title = title
        self.rightTitle = rightTitle
        self.header = header
        self.count = count
        self.item = item
        self.selected = selected
        self.offset = offset
    }

    /// A column over an array of lines.
    public init(title: String, items: [Line], selected: Int? = nil, offset: Int = 0) {
        self.init(title: title, count: items.count, item: { items[$0] }, selected: selected, offset: offset)
    }
}

/// Adjacent bordered lists (a hierarchy such as centre → methodological centre → school), the focused
/// one drawn with the focused border and the active selection style, the others with `inactiveSelectionStyle`.
/// With `focused` nil (the keyboard is in another pane) every column looks inactive.
/// Each list's visible height is the area's height less 2 (the border) and less 1 more with a header.
public struct MillerColumns {
    public var columns: [MillerColumn]
    public var focused: Int?
    /// Width of each column; nil shares the width equally.
    public var widths: [Constraint]?
    public var style: Style
    public var borderStyle: Style
    public var focusedBorderStyle: Style
    public var titleStyle: Style
    public var selectionStyle: Style
    public var inactiveSelectionStyle: Style

    public init(
        columns: [MillerColumn], focused: Int?, widths: [Constraint]? = nil, style: Style = .plain,
        borderStyle: Style = .plain, focusedBorderStyle: Style = Style(attributes: .bold),
        titleStyle: Style = Style(attributes: .bold), selectionStyle: Style = Style(attributes: .reverse),
        inactiveSelectionStyle: Style = Style(attributes: .underline)
    ) {
        self.columns = columns
        self.focused = focused
        self.widths = widths
        self.style = style
        self.borderStyle = borderStyle
        self.focusedBorderStyle = focusedBorderStyle
        self.titleStyle = titleStyle
        self.selectionStyle = selectionStyle
        self.inactiveSelectionStyle = inactiveSelectionStyle
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let constraints = widths ?? columns.map { _ in Constraint.fill(1) }
        let parts = Layout.split(area, direction: .horizontal, constraints: constraints)
        for (index, column) in columns.enumerated() where index < parts.count {
            let isFocused = index == focused
            let block = Block(
                title: column.title, rightTitle: column.rightTitle, borderStyle: borderStyle, focusedBorderStyle: focusedBorderStyle,
                titleStyle: titleStyle, isFocused: isFocused
            )
            var inner = block.render(into: &buffer, area: parts[index])
            if let header = column.header, inner.height > 0 {
                buffer.fill(inner.row(0), with: Cell(style: style))
                buffer.write(header, x: inner.x, y: inner.y, maxWidth: inner.width, style: style, overflow: .ellipsis)
                inner = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
            }
            ListView(
                count: column.count, item: column.item, selected: column.selected, offset: column.offset,
                style: style, selectionStyle: isFocused ? selectionStyle : inactiveSelectionStyle
            ).render(into: &buffer, area: inner)
        }
    }
}
