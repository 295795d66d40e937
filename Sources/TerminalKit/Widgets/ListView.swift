/// A scrolling list of lines with one selected row. Items come from a closure and only the visible rows
/// are asked for, so a list of 40,000 costs as much as a list of 20. The scroll offset is the app's
/// state: pass the previous one in `offset`; the rendered offset is
/// `ScrollState.offset(selected:visible:current:count:)` with `visible` = the area's height.
public struct ListView {
    public var count: Int
    public var item: (Int) -> Line
    public var selected: Int?
    public var offset: Int
    public var style: Style
    public var selectionStyle: Style
    /// Drawn before the selected item (e.g. "▶ "); other items get as many spaces. Nil for no column.
    public var marker: String?

    public init(
        count: Int, item: @escaping (Int) -> Line, selected: Int? = nil, offset: Int = 0,
        style: Style = .plain, selectionStyle: Style = Style(attributes: .reverse), marker: String? = nil
    ) {
        self.count = max(0, count)
        self.item = item
        self.selected = selected
        self.offset = offset
        self.style = style
        self.selectionStyle = selectionStyle
        self.marker = marker
    }

    /// A list over an array of lines.
    public init(
        items: [Line], selected: Int? = nil, offset: Int = 0, style: Style = .plain,
        selectionStyle: Style = Style(attributes: .reverse), marker: String? = nil
    ) {
        self.init(
            count: items.count, item: { items[$0] }, selected: selected, offset: offset, style: style,
            selectionStyle: selectionStyle, marker: marker
        )
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let area = area.intersection(buffer.area)
        buffer.fill(area, with: Cell(style: style))
        guard !area.isEmpty else { return }
        let first = ScrollState.offset(selected: selected, visible: area.height, current: offset, count: count)
        let markerWidth = marker.map { buffer.textWidth.width(of: sanitize($0)) } ?? 0
        for row in 0..<min(area.height, count - first) {
            let index = first + row
            let isSelected = index == selected
            var x = area.x
            if let marker {
                let shown = isSelected ? marker : String(repeating: " ", count: markerWidth)
                x += buffer.write(shown, x: x, y: area.y + row, maxWidth: area.maxX - x, style: style)
            }
            buffer.write(item(index), x: x, y: area.y + row, maxWidth: area.maxX - x, style: style, overflow: .ellipsis)
            if isSelected { buffer.setStyle(selectionStyle, in: area.row(row)) }
        }
    }
}
