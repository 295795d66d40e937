/// A bordered box (─│┌┐└┘) with a title on the left of the top border and an optional title on the right.
/// A focused block draws its border in `focusedBorderStyle`.
public struct Block: Sendable {
    public var title: String?
    public var rightTitle: String?
    public var borderStyle: Style
    public var focusedBorderStyle: Style
    public var titleStyle: Style
    public var isFocused: Bool

    public init(
        title: String? = nil, rightTitle: String? = nil, borderStyle: Style = .plain,
        focusedBorderStyle: Style = Style(attributes: .bold), titleStyle: Style = Style(attributes: .bold),
        isFocused: Bool = false
    ) {
        self.title = title
        self.rightTitle = rightTitle
        self.borderStyle = borderStyle
        self.focusedBorderStyle = focusedBorderStyle
        self.titleStyle = titleStyle
        self.isFocused = isFocused
    }

    /// The area inside the border.
    public func inner(_ area: Rect) -> Rect { area.inset(by: 1) }

    /// Draws the border and titles; returns the inner area. Areas smaller than 2×2 get no border.
    /// Where box-drawing characters are two columns wide (`TextWidth.ambiguousWide`), the border is
    /// drawn in ASCII (`+-|`) so that it keeps to its cells.
    @discardableResult
    public func render(into buffer: inout Buffer, area: Rect) -> Rect {
        let area = area.intersection(buffer.area)
        guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        let style = isFocused ? focusedBorderStyle : borderStyle
        let box = buffer.textWidth.width(of: "│") == 1 ? Array("┌┐└┘─│") : Array("++++-|")
        let line = String(repeating: box[4], count: area.width - 2)
        buffer.write("\(box[0])\(line)\(box[1])", x: area.x, y: area.y, style: style)
        buffer.write("\(box[2])\(line)\(box[3])", x: area.x, y: area.maxY - 1, style: style)
        for row in (area.y + 1)..<(area.maxY - 1) {
            buffer.set(box[5], x: area.x, y: row, style: style)
            buffer.set(box[5], x: area.maxX - 1, y: row, style: style)
        }
        renderTitles(into: &buffer, area: area)
        return inner(area)
    }

    /// Titles sit one cell in from the corners with a space either side: "┌ Left ───── Right ┐".
    /// The left title keeps priority; the right one is shown only if it fits whole after it.
    private func renderTitles(into buffer: inout Buffer, area: Rect) {
        let room = area.width - 4
        guard room > 0 else { return }
        let titleStyle = isFocused ? self.titleStyle.adding(.bold) : self.titleStyle
        var used = 0
        if let title, !title.isEmpty {
            used = buffer.write(
                Line([Span(" "), Span(title), Span(" ")]), x: area.x + 1, y: area.y, maxWidth: room + 2, style: titleStyle,
                overflow: .ellipsis
            )
        }
        if let rightTitle, !rightTitle.isEmpty {
            let text = " " + rightTitle + " "
            let width = buffer.textWidth.width(of: sanitize(text))
            if used + 1 + width <= room + 2 {
                buffer.write(text, x: area.maxX - 1 - width, y: area.y, style: titleStyle)
            }
        }
    }
}
