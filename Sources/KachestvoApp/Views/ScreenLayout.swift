import TerminalKit

/// The frame every screen shares: the tab bar on top, the body, and the status bar at the bottom.
/// A pure function of the terminal size, used by `view` to draw and by `update` to scroll.
public struct ScreenLayout: Equatable, Sendable {
    public let tabBar: Rect
    public let body: Rect
    public let statusBar: Rect

    public init(width: Int, height: Int) {
        tabBar = Rect(x: 0, y: 0, width: width, height: 1)
        body = Rect(x: 0, y: 1, width: width, height: height - 2)
        statusBar = Rect(x: 0, y: height - 1, width: width, height: 1)
    }
}

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
        let count = max(1, min(count, slotCount))
        let focusShare = count == 1 ? 100 : count == 2 ? 62 : 44
        let focusWidth = columnsArea.width * focusShare / 100
        let sideWidth = count == 1 ? 0 : (columnsArea.width - focusWidth) / (count - 1)
        var widths = (0..<count).map { $0 == focused ? focusWidth : sideWidth }
        widths[count - 1] += columnsArea.width - widths.reduce(0, +)
        var x = columnsArea.x
        return widths.map { width in
            defer { x += width }
            return Rect(x: x, y: columnsArea.y, width: width, height: columnsArea.height)
        }
    }

    /// Rows of items a column can show inside its border.
    public var visibleRows: Int { max(1, columnsArea.height - 2) }
}
