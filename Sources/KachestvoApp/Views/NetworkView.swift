import Bilingual
import KachestvoCore
import TerminalKit

/// The Network screen: breadcrumbs with year, sort and view; Miller columns over the hierarchy; and
/// the detail pane of the selection.
enum NetworkView {
    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        let layout = NetworkLayout(body: area)
        renderHeader(state, into: &buffer, area: layout.header)
        NetworkColumnsView.render(state, into: &buffer, layout: layout)
        let focused = state.network.focus == .detail
        let block = Block(title: state.text(.detailTitle), borderStyle: state.style(.border),
                          focusedBorderStyle: state.style(.focusedBorder), titleStyle: state.style(.title),
                          isFocused: focused)
        let inner = block.render(into: &buffer, area: layout.detail).inset(horizontal: 1, vertical: 0)
        guard let node = state.network.focusedNode else { return }
        let lines = DetailPane.lines(for: node, state, width: inner.width)
        let paragraph = Paragraph(lines, style: state.style(.text), wrap: true)
        let rows = paragraph.rowCount(width: inner.width, measure: buffer.textWidth)
        var scrolled = paragraph
        scrolled.scroll = min(state.network.detailScroll, max(0, rows - inner.height))
        scrolled.render(into: &buffer, area: inner)
    }

    private static func renderHeader(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        buffer.fill(area, with: Cell(style: state.style(.background)))
        let right = Line([
            Span("\(state.text(.year)): ", style: state.style(.muted)),
            Span("◂ \(AcademicYear(year: state.year).label) ▸", style: state.style(.accent).adding(.bold)),
            Span("  \(state.text(.sortLabel)): ", style: state.style(.muted)),
            Span(state.text(state.network.sort.label), style: state.style(.text)),
            Span("  " + state.text(state.network.view == .network ? .networkView : .administrativeView) + " ",
                 style: state.style(.accent)),
        ])
        let rightWidth = min(right.width(using: buffer.textWidth), area.width)
        buffer.write(right, x: area.maxX - rightWidth, y: area.y, maxWidth: rightWidth, overflow: .ellipsis)
        var spans: [Span] = []
        for (index, part) in NodeLabel.breadcrumb(state).enumerated() {
            if index > 0 { spans.append(Span(" › ", style: state.style(.muted))) }
            let isLast = index == state.network.selection.count
            spans.append(Span(part, style: isLast ? state.style(.title) : state.style(.text)))
        }
        buffer.write(Line(spans), x: area.x + 1, y: area.y, maxWidth: max(0, area.width - rightWidth - 2),
                     overflow: .ellipsis)
    }
}

/// The Miller columns: the focused column, its parent, and on wide terminals a preview of the next
/// level. Each row: a name, the headline mean, and a flag marker.
enum NetworkColumnsView {
    static func render(_ state: AppState, into buffer: inout Buffer, layout: NetworkLayout) {
        let depth = state.network.selection.count - 1
        guard depth >= 0 else { return }
        // The focused column and its ancestors, plus a preview of the next level when there is room.
        let focusedHasChildren = state.network.focusedNode.map {
            !state.model.index.hierarchy(state.network.view).children[$0].isEmpty
        } ?? false
        let slots = layout.slotCount
        let wantsPreview = focusedHasChildren && (slots > 2 || depth == 0)
        let last = wantsPreview ? depth + 1 : depth
        let shown = Array(max(0, last - slots + 1)...last)
        let rects = layout.slots(count: shown.count, focused: shown.firstIndex(of: depth) ?? 0)
        for (slot, columnDepth) in shown.enumerated() {
            renderColumn(columnDepth, focused: columnDepth == depth, state, into: &buffer, area: rects[slot])
        }
    }

    private static func renderColumn(_ depth: Int, focused: Bool, _ state: AppState,
                                     into buffer: inout Buffer, area: Rect) {
        let parent = state.network.parent(ofColumn: depth)
        let children = NetworkNavigator.orderedChildren(of: parent, state)
        let selectedNode = depth < state.network.selection.count ? state.network.selection[depth] : nil
        let selected = selectedNode.flatMap { children.firstIndex(of: $0) }
        let title = NodeLabel.columnTitle(depth, state)
        let block = Block(title: title, rightTitle: "\(children.count)", borderStyle: state.style(.border),
                          focusedBorderStyle: state.style(.focusedBorder), titleStyle: state.style(.title),
                          isFocused: focused && state.network.focus == .columns)
        let inner = block.render(into: &buffer, area: area)
        let selectionStyle = focused && state.network.focus == .columns
            ? state.style(.selection) : state.style(.selection).adding(.dim)
        ListView(count: children.count, item: { row in
                     focused ? itemLine(children[row], width: inner.width, state) : Line(NodeLabel.name(children[row], state))
                 },
                 selected: selected, offset: state.network.scrollOffsets[parent] ?? 0,
                 style: state.style(.text), selectionStyle: depth < state.network.selection.count ? selectionStyle : state.style(.text))
            .render(into: &buffer, area: inner)
    }

    /// `МБОУ СОШ № 12 ……… 67,3 ⚑2`: the name clipped to leave the figures room.
    static func itemLine(_ node: Int, width: Int, _ state: AppState) -> Line {
        let measure = TextWidth.standard
        let mean = NodeFigures.headlineMean(of: node, state).map { NumberText.fixed($0, digits: 1, state.language) } ?? "—"
        let concerns = NodeFigures.concernCount(of: node, state)
        let positives = NodeFigures.positiveCount(of: node, state)
        let hasChildren = !state.model.index.hierarchy(state.network.view).children[node].isEmpty
        var badge = concerns > 0 ? "⚑\(concerns)" : positives > 0 ? "★" : ""
        badge = measure.padded(badge, to: 4)
        let tail = " " + measure.padded(mean, to: 5, alignment: .right) + " " + badge + (hasChildren ? "›" : " ")
        let nameWidth = max(1, width - measure.width(of: tail))
        let name = measure.fitted(NodeLabel.name(node, state), to: nameWidth)
        return Line([
            Span(name, style: nil),
            Span(" " + measure.padded(mean, to: 5, alignment: .right) + " ", style: state.style(.muted)),
            Span(badge, style: concerns > 0 ? state.style(.danger) : state.style(.success)),
            Span(hasChildren ? "›" : " ", style: state.style(.muted)),
        ])
    }
}
