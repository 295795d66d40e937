/// A centred bordered box drawn over whatever is beneath (help, confirmations, forms). Its size is
/// clamped to the area; the box is cleared with `style`, titled, and its lines are wrapped inside with
/// one column of padding left and right.
public struct Dialog: Sendable {
    public var title: String?
    public var lines: [Line]
    public var width: Int
    public var height: Int
    public var style: Style
    public var borderStyle: Style
    public var titleStyle: Style

    public init(
        title: String? = nil, lines: [Line] = [], width: Int, height: Int, style: Style = .plain,
        borderStyle: Style = Style(attributes: .bold), titleStyle: Style = Style(attributes: .bold)
    ) {
        self.title = title
        self.lines = lines
        self.width = width
        self.height = height
        self.style = style
        self.borderStyle = borderStyle
        self.titleStyle = titleStyle
    }

    /// The box's rectangle inside `area`.
    public func frame(in area: Rect) -> Rect { area.centered(width: width, height: height) }

    /// Draws the dialog; returns its content area (inside border and padding) for callers that add more.
    @discardableResult
    public func render(into buffer: inout Buffer, area: Rect) -> Rect {
        let frame = frame(in: area)
        buffer.fill(frame, with: Cell(style: style))
        let block = Block(title: title, borderStyle: borderStyle, titleStyle: titleStyle)
        let content = block.render(into: &buffer, area: frame).inset(horizontal: 1, vertical: 0)
        Paragraph(lines, style: style, wrap: true).render(into: &buffer, area: content)
        return content
    }
}
