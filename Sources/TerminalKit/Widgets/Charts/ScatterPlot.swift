/// Points over an x and a y range, in braille dots (2×4 a cell; half blocks or `*` for other glyphs),
/// with axes and tick labels (y on the left, x below), optional reference lines at `quadrant` (in
/// braille dots, else ┊ ┈, ASCII `:` `-`) that split the plane into quadrants, several series (see `ScatterMarker`: the first
/// in dots, later ones with markers of their own) and a cursor point drawn as ◆ (`@`) in `cursorStyle`.
/// Points outside the ranges and NaN are left out. `cell(of:in:textWidth:)` says where a point is drawn,
/// for a caller that labels the cursor.
public struct ScatterPlot: Sendable {
    public var series: [ScatterSeries]
    public var xRange: ClosedRange<Double>
    public var yRange: ClosedRange<Double>
    public var xTicks: [AxisTick]
    public var yTicks: [AxisTick]
    public var quadrant: ChartPoint?
    public var cursor: ChartPoint?
    /// Whether the axes and their labels are drawn (when the area has room for them).
    public var showsAxes: Bool
    public var glyphs: ChartGlyphs
    public var style: Style
    public var axisStyle: Style
    public var lineStyle: Style
    public var cursorStyle: Style

    public init(
        series: [ScatterSeries], xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, xTicks: [AxisTick] = [],
        yTicks: [AxisTick] = [], quadrant: ChartPoint? = nil, cursor: ChartPoint? = nil, showsAxes: Bool = true,
        glyphs: ChartGlyphs = .braille,
        style: Style = .plain, axisStyle: Style = .plain, lineStyle: Style = Style(attributes: .dim),
        cursorStyle: Style = Style(attributes: [.reverse, .bold])
    ) {
        self.series = series
        self.xRange = xRange
        self.yRange = yRange
        self.xTicks = xTicks
        self.yTicks = yTicks
        self.quadrant = quadrant
        self.cursor = cursor
        self.showsAxes = showsAxes
        self.glyphs = glyphs
        self.style = style
        self.axisStyle = axisStyle
        self.lineStyle = lineStyle
        self.cursorStyle = cursorStyle
    }

    /// Where the points go inside `area`: right of the y labels and axis, above the x axis and its
    /// labels. Too small an area for axes is all plot.
    public func plotArea(in area: Rect, textWidth: TextWidth = .standard) -> Rect {
        let labelWidth = min(area.width / 4,
                             yTicks.map { textWidth.prefix(of: $0.label, columns: area.width).width }.max() ?? 0)
        let axisRows = xTicks.isEmpty ? 1 : 2
        guard showsAxes, area.width >= labelWidth + 3, area.height >= axisRows + 2 else { return area }
        return Rect(x: area.x + labelWidth + 1, y: area.y, width: area.width - labelWidth - 1,
                    height: area.height - axisRows)
    }

    /// The dot a point falls on, from the plot area's top-left, nil when it is outside the ranges.
    func dot(of point: ChartPoint, in plot: Rect, glyphs: ChartGlyphs) -> (x: Int, y: Int)? {
        let (perX, perY) = DotCanvas.resolution(glyphs)
        guard let x = ChartScale.slot(point.x, in: xRange, count: plot.width * perX),
              let fromBottom = ChartScale.slot(point.y, in: yRange, count: plot.height * perY) else { return nil }
        return (x, plot.height * perY - 1 - fromBottom)
    }

    /// The cell a point is drawn in when the plot fills `area`; nil when it is outside the ranges.
    public func cell(of point: ChartPoint, in area: Rect, textWidth: TextWidth = .standard) -> (x: Int, y: Int)? {
        let glyphs = glyphs.fitting(textWidth)
        return cell(of: point, inPlot: plotArea(in: area, textWidth: textWidth), glyphs: glyphs)
    }

    private func cell(of point: ChartPoint, inPlot plot: Rect, glyphs: ChartGlyphs) -> (x: Int, y: Int)? {
        let (perX, perY) = DotCanvas.resolution(glyphs)
        return dot(of: point, in: plot, glyphs: glyphs).map { (plot.x + $0.x / perX, plot.y + $0.y / perY) }
    }

    /// The marker series `index` is drawn with, nil for dots.
    func marker(ofSeries index: Int, glyphs: ChartGlyphs) -> Character? {
        switch series[index].marker {
        case .dots: nil
        case .symbol(let symbol): symbol
        case .automatic: index == 0 ? nil : glyphs.seriesMarkers[(index - 1) % glyphs.seriesMarkers.count]
        }
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let area = area.intersection(buffer.area)
        buffer.fill(area, with: Cell(style: style))
        guard !area.isEmpty else { return }
        let glyphs = glyphs.fitting(buffer.textWidth), plot = plotArea(in: area, textWidth: buffer.textWidth)
        let place = { (point: ChartPoint) in cell(of: point, inPlot: plot, glyphs: glyphs) }
        if plot != area {
            let xColumns = xTicks.compactMap { tick in
                place(ChartPoint(x: tick.value, y: yRange.lowerBound)).map { ($0.x, tick.label) }
            }
            let yRows = yTicks.compactMap { tick in
                place(ChartPoint(x: xRange.lowerBound, y: tick.value)).map { ($0.y, tick.label) }
            }
            ChartAxes(glyphs: glyphs, style: axisStyle)
                .draw(into: &buffer, plot: plot, area: area, xTicks: xColumns, yTicks: yRows)
        }
        var canvas = DotCanvas(glyphs: glyphs, area: plot)
        if let quadrant, let dot = dot(of: quadrant, in: plot, glyphs: glyphs), let cell = place(quadrant) {
            // In braille the lines are dots too, so that they show between the points of a dense cloud.
            if glyphs == .braille {
                canvas.drawLines(x: dot.x, y: dot.y, owner: series.count)
            } else {
                ChartAxes.drawReferenceLines(into: &buffer, plot: plot, x: cell.x, y: cell.y, glyphs: glyphs,
                                             style: lineStyle)
            }
        }
        for index in series.indices where marker(ofSeries: index, glyphs: glyphs) == nil {
            for point in series[index].points {
                if let dot = dot(of: point, in: plot, glyphs: glyphs) { canvas.set(dotX: dot.x, dotY: dot.y, owner: index) }
            }
        }
        canvas.draw(into: &buffer, styles: series.map(\.style) + [lineStyle])
        for index in series.indices {
            guard let symbol = marker(ofSeries: index, glyphs: glyphs) else { continue }
            for point in series[index].points {
                if let cell = place(point) { buffer.set(symbol, x: cell.x, y: cell.y, style: series[index].style) }
            }
        }
        if let cursor, let cell = place(cursor) { buffer.set(glyphs.cursorMarker, x: cell.x, y: cell.y, style: cursorStyle) }
    }
}
