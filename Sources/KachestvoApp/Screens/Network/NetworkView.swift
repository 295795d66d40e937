import Bilingual
import KachestvoCore
import TerminalKit

/// The Network screen: breadcrumbs with year, sort and view; Miller columns over the hierarchy; and
/// the detail pane of the selection.
enum NetworkView {
    static func render(_ state: NetworkState, _ context: ScreenContext, into buffer: inout Buffer, area: Rect) {
        let layout = NetworkLayout(body: area)
        let path = NetworkNavigator.path(state, context)
        renderHeader(path, state, context, into: &buffer, area: layout.header)
        NetworkColumnsView.render(path, state, context, into: &buffer, layout: layout)
        let block = Block(title: context.text(.detailTitle), borderStyle: context.style(.border),
                          focusedBorderStyle: context.style(.focusedBorder), titleStyle: context.style(.title),
                          isFocused: state.focus == .detail)
        let inner = block.render(into: &buffer, area: layout.detail).inset(horizontal: 1, vertical: 0)
        guard let node = path.last else { return }
        let paragraph = Paragraph(DetailPane.lines(for: node, state, context, width: inner.width),
                                  style: context.style(.text), wrap: true)
        let rows = paragraph.rowCount(width: inner.width, measure: buffer.textWidth)
        var scrolled = paragraph
        scrolled.scroll = min(state.detailScroll, max(0, rows - inner.height))
        scrolled.render(into: &buffer, area: inner)
    }

    private static func renderHeader(_ path: [Int], _ state: NetworkState, _ context: ScreenContext,
                                     into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, with: Cell(style: context.style(.background)))
        let right = Line([
            Span("\(context.text(.year)): ", style: context.style(.muted)),
            Span("◂ \(AcademicYear(year: context.year).label) ▸", style: context.style(.accent).adding(.bold)),
            Span("  \(context.text(.sortLabel)): ", style: context.style(.muted)),
            Span(context.text(state.sort.label) + (state.sortDescends ? " ▼" : " ▲"), style: context.style(.text)),
            Span("  " + context.text(state.view == .network ? .networkView : .administrativeView) + " ",
                 style: context.style(.accent)),
        ])
        let rightWidth = min(right.width(using: buffer.textWidth), area.width)
        buffer.write(right, x: area.maxX - rightWidth, y: area.y, maxWidth: rightWidth, overflow: .ellipsis)
        var spans: [Span] = []
        for (index, part) in NodeLabel.breadcrumb(path, state, context).enumerated() {
            if index > 0 { spans.append(Span(" › ", style: context.style(.muted))) }
            spans.append(Span(part, style: index == path.count ? context.style(.title) : context.style(.text)))
        }
        buffer.write(Line(spans), x: area.x + 1, y: area.y, maxWidth: max(0, area.width - rightWidth - 2),
                     overflow: .ellipsis)
    }
}

/// The Miller columns: the focused column, its parent, and on wide terminals a preview of the next
/// level. Each row of the focused column: a name, the headline mean, and a flag marker.
enum NetworkColumnsView {
    static func render(_ path: [Int], _ state: NetworkState, _ context: ScreenContext,
                       into buffer: inout Buffer, layout: NetworkLayout) {
        guard let focusedNode = path.last else { return }
        let depth = path.count - 1
        let tree = NetworkNavigator.hierarchy(state, context)
        // The focused column and its ancestors, plus a preview of the next level when there is room.
        let wantsPreview = !tree.children[focusedNode].isEmpty && (layout.slotCount > 2 || depth == 0)
        let last = wantsPreview ? depth + 1 : depth
        let shown = Array(max(0, last - layout.slotCount + 1)...last)
        let focusedSlot = shown.firstIndex(of: depth) ?? 0
        let itemWidth = layout.slots(count: shown.count, focused: focusedSlot)[focusedSlot].width - 2
        let columns = shown.map { column(depth: $0, focused: $0 == depth, itemWidth: itemWidth, path, state, context) }
        MillerColumns(columns: columns, focused: state.focus == .columns ? focusedSlot : nil,
                      widths: layout.slotWidths(count: shown.count, focused: focusedSlot),
                      style: context.style(.text), borderStyle: context.style(.border),
                      focusedBorderStyle: context.style(.focusedBorder), titleStyle: context.style(.title),
                      selectionStyle: context.style(.selection),
                      inactiveSelectionStyle: context.style(.selection).adding(.dim))
            .render(into: &buffer, area: layout.columnsArea)
    }

    private static func column(depth: Int, focused: Bool, itemWidth: Int, _ path: [Int], _ state: NetworkState,
                               _ context: ScreenContext) -> MillerColumn {
        let parent = depth == 0 ? Hierarchy.rootNode : path[depth - 1]
        let children = NetworkNavigator.orderedChildren(of: parent, state, context)
        let selected = depth < path.count ? children.firstIndex(of: path[depth]) : nil
        return MillerColumn(
            title: NodeLabel.columnTitle(depth, parent: parent, state, context), rightTitle: "\(children.count)",
            count: children.count,
            item: { row in
                focused ? itemLine(children[row], width: itemWidth, state, context)
                    : Line(NodeLabel.name(children[row], state, context))
            },
            selected: selected, offset: state.scrollOffsets[state.parent(ofColumn: depth)] ?? 0)
    }

    /// `МБОУ СОШ № 12 ……… 67,3 ⚑2`: the name clipped to leave the figures room.
    static func itemLine(_ node: Int, width: Int, _ state: NetworkState, _ context: ScreenContext) -> Line {
        let measure = context.textWidth
        let mean = NodeFigures.headlineMean(of: node, state, context).map { NumberText.fixed($0, digits: 1, context.language) } ?? "—"
        let concerns = NodeFigures.concernCount(of: node, state, context)
        let positives = NodeFigures.positiveCount(of: node, state, context)
        let hasChildren = !NetworkNavigator.hierarchy(state, context).children[node].isEmpty
        let badge = measure.padded(concerns > 0 ? "⚑\(concerns)" : positives > 0 ? "★" : "", to: 4)
        let figures = " " + measure.padded(mean, to: 5, alignment: .right) + " "
        let nameWidth = max(1, width - measure.width(of: figures + badge) - 1)
        return Line([
            Span(measure.fitted(NodeLabel.name(node, state, context), to: nameWidth), style: nil),
            Span(figures, style: context.style(.muted)),
            Span(badge, style: concerns > 0 ? context.style(.danger) : context.style(.success)),
            Span(hasChildren ? "›" : " ", style: context.style(.muted)),
        ])
    }
}
