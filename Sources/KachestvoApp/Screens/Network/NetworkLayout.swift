import TerminalKit

/// The Network screen's panes: a breadcrumb line, the Miller columns and the detail pane. Wider
/// terminals get a third column slot (the parent, the focus and a preview of the next level) and a
/// wider detail pane. The focused column is always the widest slot.
public struct NetworkLayout: Equatable, Sendable {
    public let header: Rect
    public let columnsArea: Rect
    public let slotCount: Int
    public let detail: Rect

    public init(body: Rect) {
        header = Rect(x: body.x, y: body.y, width: body.width, height: 1)
        let main = Rect(x: body.x, y: body.y + 1, width: body.width, height: body.height - 1)
        slotCount = body.width >= 160 ? 3 : 2
        let columnsWidth = body.width * (body.width >= 160 ? 55 : 56) / 100
        columnsArea = Rect(x: main.x, y: main.y, width: columnsWidth, height: main.height)
        detail = Rect(x: main.x + columnsWidth, y: main.y, width: main.width - columnsWidth, height: main.height)
    }

    /// `count` column slots (at most `slotCount`) sharing the columns area left to right, with
    /// `focused` the widest; a shallow hierarchy gets fewer, wider columns rather than an empty one.
    public func slots(count: Int, focused: Int) -> [Rect] {
        Layout.split(columnsArea, direction: .horizontal, constraints: slotWidths(count: count, focused: focused))
    }

    /// The width constraints of `slots(count:focused:)`, as `MillerColumns` takes them.
    public func slotWidths(count: Int, focused: Int) -> [Constraint] {
        let count = max(1, min(count, slotCount))
        let focusShare = count == 1 ? 100 : count == 2 ? 62 : 44
        return (0..<count).map { $0 == focused ? .percentage(focusShare) : .fill(1) }
    }

    /// Rows of items a column can show inside its border.
    public var visibleRows: Int { max(1, columnsArea.height - 2) }
}
