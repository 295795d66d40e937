/// A row of numbered tab titles (" 1 Overview  2 Network "), the selected one highlighted. Titles that
/// do not fit are clipped with "…".
public struct Tabs: Sendable {
    public var titles: [String]
    public var selected: Int
    public var style: Style
    public var selectedStyle: Style

    public init(
        _ titles: [String], selected: Int, style: Style = .plain,
        selectedStyle: Style = Style(attributes: [.reverse, .bold])
    ) {
        self.titles = titles
        self.selected = selected
        self.style = style
        self.selectedStyle = selectedStyle
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let row = area.intersection(buffer.area).row(0)
        buffer.fill(row, with: Cell(style: style))
        var x = row.x
        for (index, title) in titles.enumerated() where x < row.maxX {
            x += buffer.write(
                " \(index + 1) \(title) ", x: x, y: row.y, maxWidth: row.maxX - x,
                style: index == selected ? selectedStyle : style, overflow: .ellipsis
            )
        }
    }
}
