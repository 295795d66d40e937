/// Names for the four quadrants of a `ScatterPlot` that the `quadrant` lines divide, each written in
/// its quadrant's outer corner (top-left, top-right, bottom-left, bottom-right of the plot), cut to the
/// quadrant's width. Empty names are left out.
public struct QuadrantLabels: Hashable, Sendable {
    public var topLeft: String
    public var topRight: String
    public var bottomLeft: String
    public var bottomRight: String

    public init(topLeft: String = "", topRight: String = "", bottomLeft: String = "", bottomRight: String = "") {
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
    }

    /// Writes the names in `plot`, whose quadrant lines cross at the cell `center`.
    func draw(into buffer: inout Buffer, plot: Rect, center: (x: Int, y: Int), style: Style) {
        let measure = buffer.textWidth
        let corners = [(topLeft, plot.y, false), (topRight, plot.y, true), (bottomLeft, plot.maxY - 1, false),
                       (bottomRight, plot.maxY - 1, true)]
        for (text, y, isRight) in corners where !text.isEmpty {
            guard y != center.y else { continue }  // on the horizontal line
            let room = isRight ? plot.maxX - center.x - 1 : center.x - plot.x
            let shown = measure.prefix(of: text, columns: max(0, room))
            guard shown.width > 0 else { continue }
            buffer.write(String(shown.text), x: isRight ? plot.maxX - shown.width : plot.x, y: y, style: style)
        }
    }
}
