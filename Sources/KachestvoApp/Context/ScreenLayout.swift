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
