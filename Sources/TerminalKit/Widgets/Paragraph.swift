/// Lines of styled text in a rectangle: clipped by columns (or wrapped at words), aligned, and scrolled
/// by `scroll` visual rows (no further than the last page). The area is first filled with `style`.
public struct Paragraph: Sendable {
    public var lines: [Line]
    public var style: Style
    public var wrap: Bool
    public var scroll: Int
    public var alignment: TextAlignment
    public var overflow: Overflow

    public init(
        _ lines: [Line], style: Style = .plain, wrap: Bool = false, scroll: Int = 0,
        alignment: TextAlignment = .left, overflow: Overflow = .clip
    ) {
        self.lines = lines
        self.style = style
        self.wrap = wrap
        self.scroll = scroll
        self.alignment = alignment
        self.overflow = overflow
    }

    /// How many rows the text takes at `width` columns.
    public func rowCount(width: Int, measure: TextWidth = .standard) -> Int {
        guard wrap else { return lines.count }
        return lines.reduce(0) { $0 + WordWrap.wrap($1, width: width, measure: measure).count }
    }

    /// Draws the rows from `scroll` on. A scroll past the end shows the last rows, so a scroll the
    /// caller keeps (a pane scrolled with the keys) never leaves the area blank nor needs the rows
    /// counted first — the text is wrapped once per frame.
    public func render(into buffer: inout Buffer, area: Rect) {
        let area = area.intersection(buffer.area)
        buffer.fill(area, with: Cell(style: style))
        guard !area.isEmpty else { return }
        let rows = wrap ? lines.flatMap { WordWrap.wrap($0, width: area.width, measure: buffer.textWidth) } : lines
        let first = min(max(0, scroll), max(0, rows.count - area.height))
        for (row, visual) in rows[first...].prefix(area.height).enumerated() {
            let gap = area.width - visual.width(using: buffer.textWidth)
            let indent = gap > 0 ? TextWidth.split(gap: gap, alignment: alignment).before : 0
            buffer.write(visual, x: area.x + indent, y: area.y + row, maxWidth: area.width - indent, style: style, overflow: overflow)
        }
    }
}
