import Bilingual
import KachestvoCore
import TerminalKit

/// The Miller columns: the focused column, its parent, and on wide terminals a preview of the next
/// level; with the region selected, the region alone and a preview of the top column. The focused
/// column has a header naming its figures; its rows read `Линёвская СОШ № 1 …… 67,3 ⚑2 ›`.
enum NetworkColumnsView {
    /// One column to draw: the children of `parent` (nil: the region alone), with `selected` chosen.
    private struct Spec {
        let parent: Int?
        let selected: Int?
        let focused: Bool
    }

    static func render(_ path: [Int], _ state: NetworkState, _ context: ScreenContext,
                       into buffer: inout Buffer, layout: NetworkLayout) {
        guard let focusedNode = path.last else { return }
        let tree = NetworkNavigator.hierarchy(state, context)
        let specs: [Spec]
        if state.isAtRegion {
            specs = [Spec(parent: nil, selected: focusedNode, focused: true),
                     Spec(parent: focusedNode, selected: nil, focused: false)]
        } else {
            let depth = path.count - 1
            // The focused column and its ancestors, plus a preview of the next level when there is room.
            let wantsPreview = !tree.children[focusedNode].isEmpty && (layout.slotCount > 2 || depth == 0)
            let last = wantsPreview ? depth + 1 : depth
            specs = (max(0, last - layout.slotCount + 1)...last).map { column in
                Spec(parent: column == 0 ? Hierarchy.rootNode : path[column - 1],
                     selected: column < path.count ? path[column] : nil, focused: column == depth)
            }
        }
        let focusedSlot = specs.firstIndex { $0.focused } ?? 0
        let slots = layout.slots(count: specs.count, focused: focusedSlot)
        let columns = zip(specs, slots).map { spec, slot in
            column(spec, width: slot.width - 2, height: slot.height - 2, state, context)
        }
        MillerColumns(columns: columns, focused: state.focus == .columns ? focusedSlot : nil,
                      widths: layout.slotWidths(count: specs.count, focused: focusedSlot),
                      style: context.style(.text), borderStyle: context.style(.border),
                      focusedBorderStyle: context.style(.focusedBorder), titleStyle: context.style(.title),
                      selectionStyle: context.style(.selection),
                      inactiveSelectionStyle: context.style(.selection).adding(.dim))
            .render(into: &buffer, area: layout.columnsArea)
    }

    private static func column(_ spec: Spec, width: Int, height: Int, _ state: NetworkState,
                               _ context: ScreenContext) -> MillerColumn {
        let nodes = spec.parent.map { NetworkNavigator.orderedChildren(of: $0, state, context) } ?? [Hierarchy.rootNode]
        let selected = spec.selected.flatMap { nodes.firstIndex(of: $0) }
        let scrollKey = spec.parent.map { context.model.index.key(of: $0, in: state.view) }
        let offset = scrollKey.flatMap { state.scrollOffsets[$0] } ?? 0
        let rows = spec.focused ? NetworkRowFigures(nodes: nodes, width: width, state, context) : nil
        let listHeight = max(0, height - (spec.focused ? 1 : 0))
        let first = ScrollState.offset(selected: selected, visible: listHeight, current: offset, count: nodes.count)
        let visible = first..<min(nodes.count, first + listHeight)
        let nameWidth = rows?.nameWidth ?? width
        let names = NodeLabel.rowNames(nodes, visible: visible, width: nameWidth, state, context)
        let title = spec.parent.map { NodeLabel.columnTitle(of: $0, state, context) } ?? context.text(.region)
        return MillerColumn(
            title: title, rightTitle: NumberText.grouped(nodes.count, context.language),
            header: rows?.header(),
            count: nodes.count,
            item: { row in
                let name = visible.contains(row) ? names[row - visible.lowerBound] : ""
                return rows?.line(name: name, node: nodes[row]) ?? Line(name)
            },
            selected: selected, offset: offset)
    }
}
