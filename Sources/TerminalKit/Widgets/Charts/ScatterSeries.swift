/// A point of a chart in data coordinates.
public struct ChartPoint: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// How a series' points are drawn: as dots (braille 2×4 a cell, half blocks 1×2, `*`), or each as one
/// whole-cell symbol. `automatic` gives the first series dots and each later one a marker of its own
/// (●○■□, ASCII `o+x%`), so series differ without colour.
public enum ScatterMarker: Hashable, Sendable {
    case automatic
    case dots
    case symbol(Character)
}

/// The points of one series of a `ScatterPlot` and how they look.
public struct ScatterSeries: Hashable, Sendable {
    public var points: [ChartPoint]
    public var style: Style
    public var marker: ScatterMarker

    public init(points: [ChartPoint], style: Style = .plain, marker: ScatterMarker = .automatic) {
        self.points = points
        self.style = style
        self.marker = marker
    }
}
