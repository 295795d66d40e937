/// One column of a `TableView`: header title, width constraint and alignment of its cells.
public struct TableColumn: Hashable, Sendable {
    public var title: String
    public var width: Constraint
    public var alignment: TextAlignment

    public init(_ title: String, width: Constraint, alignment: TextAlignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// Which column a table is sorted by, shown as ▲ (ascending) or ▼ (descending) after its title.
public struct TableSort: Hashable, Sendable {
    public var column: Int
    public var ascending: Bool

    public init(column: Int, ascending: Bool) {
        self.column = column
        self.ascending = ascending
    }

    public var indicator: String { ascending ? "▲" : "▼" }
}

/// A table with a header row and a scrolling body with one selected row. Rows come from a closure that
/// is called only for visible rows, so 40,000 rows cost nothing until shown. Column widths come from
/// `Layout` with `columnSpacing` blank columns between them; cell text is clipped with "…". The body
/// offset follows `ScrollState.offset` with `visible` = `bodyHeight(in:)`.
public struct TableView {
    public var columns: [TableColumn]
    public var rowCount: Int
    public var row: (Int) -> [Line]
    public var selected: Int?
    public var offset: Int
    public var sort: TableSort?
    public var style: Style
    public var headerStyle: Style
    public var selectionStyle: Style
    public var columnSpacing: Int

    public init(
        columns: [TableColumn], rowCount: Int, row: @escaping (Int) -> [Line], selected: Int? = nil,
        offset: Int = 0, sort: TableSort? = nil, style: Style = .plain,
        headerStyle: Style = Style(attributes: .bold), selectionStyle: Style = Style(attributes: .reverse),
        columnSpacing: Int = 1
    ) {
        self.columns = columns
        self.rowCount = max(0, rowCount)
        self.row = row
        self.selected = selected
        self.offset = offset
        self.sort = sort
        self.style = style
        self.headerStyle = headerStyle
        self.selectionStyle = selectionStyle
        self.columnSpacing = columnSpacing
    }

    /// Rows of the body visible in `area` (its height less the header).
    public func bodyHeight(in area: Rect) -> Int { max(0, area.height - 1) }

    public func render(into buffer: inout Buffer, area: Rect) {
        let area = area.intersection(buffer.area)
        buffer.fill(area, with: Cell(style: style))
        guard !area.isEmpty else { return }
        let cells = Layout.split(
            area.row(0), direction: .horizontal, constraints: columns.map(\.width), spacing: columnSpacing
        )
        renderHeader(into: &buffer, cells: cells, area: area)
        let visible = bodyHeight(in: area)
        let first = ScrollState.offset(selected: selected, visible: visible, current: offset, count: rowCount)
        for line in 0..<min(visible, rowCount - first) {
            let index = first + line
            let y = area.y + 1 + line
            for (column, text) in zip(columns.indices, row(index)) {
                write(
                    text, in: cells[column], y: y, alignment: columns[column].alignment, style: style,
                    buffer: &buffer
                )
            }
            if index == selected { buffer.setStyle(selectionStyle, in: area.row(1 + line)) }
        }
    }

    private func renderHeader(into buffer: inout Buffer, cells: [Rect], area: Rect) {
        buffer.setStyle(headerStyle, in: area.row(0))
        for (index, column) in columns.enumerated() {
            let cell = cells[index]
            guard let sort, sort.column == index else {
                write(
                    Line(column.title), in: cell, y: area.y, alignment: column.alignment, style: headerStyle,
                    buffer: &buffer
                )
                continue
            }
            let suffix = " " + sort.indicator
            let room = cell.width - buffer.textWidth.width(of: suffix)
            let title = room > 0 ? buffer.textWidth.clipped(sanitize(column.title), to: room) + suffix : sort.indicator
            write(Line(title), in: cell, y: area.y, alignment: column.alignment, style: headerStyle, buffer: &buffer)
        }
    }

    private func write(
        _ text: Line, in cell: Rect, y: Int, alignment: TextAlignment, style: Style, buffer: inout Buffer
    ) {
        let gap = cell.width - text.width(using: buffer.textWidth)
        let indent = gap > 0 ? TextWidth.split(gap: gap, alignment: alignment).before : 0
        buffer.write(
            text, x: cell.x + indent, y: y, maxWidth: cell.width - indent, style: style, overflow: .ellipsis
        )
    }
}

extension TableView {
    /// The header and every row laid out as text lines `width` columns wide, for a table that sits
    /// inside scrolling text (a detail pane) rather than in a fixed area. No row is selected.
    public func lines(width: Int, textWidth: TextWidth = .standard) -> [Line] {
        var table = self
        table.selected = nil
        table.offset = 0
        var buffer = Buffer(width: max(0, width), height: rowCount + 1, textWidth: textWidth)
        table.render(into: &buffer, area: buffer.area)
        return (0..<buffer.height).map(buffer.line)
    }
}
