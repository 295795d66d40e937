/// The axes of a plot: the y axis left of the plot with its labels right-aligned before it, the x axis
/// under the plot with its labels centred under their ticks (a label that would touch the previous one
/// is left out), and reference lines across the plot.
struct ChartAxes {
    var glyphs: ChartGlyphs
    var style: Style

    /// - Parameters:
    ///   - xTicks: the column of each tick on the x axis and its label.
    ///   - yTicks: the row of each tick on the y axis and its label.
    func draw(into buffer: inout Buffer, plot: Rect, area: Rect, xTicks: [(Int, String)], yTicks: [(Int, String)]) {
        let pieces = glyphs.axis, axisX = plot.x - 1, axisY = plot.maxY
        for row in plot.y..<plot.maxY { buffer.set(pieces.vertical, x: axisX, y: row, style: style) }
        buffer.set(pieces.corner, x: axisX, y: axisY, style: style)
        for column in plot.x..<plot.maxX { buffer.set(pieces.horizontal, x: column, y: axisY, style: style) }
        let measure = buffer.textWidth
        for (row, label) in yTicks {
            buffer.set(pieces.yTick, x: axisX, y: row, style: style)
            let shown = String(measure.prefix(of: label, columns: axisX - area.x).text)
            buffer.write(measure.padded(shown, to: axisX - area.x, alignment: .right), x: area.x, y: row,
                         maxWidth: axisX - area.x, style: style)
        }
        var labelEnd = area.x
        for (column, label) in xTicks.sorted(by: { $0.0 < $1.0 }) {
            buffer.set(pieces.xTick, x: column, y: axisY, style: style)
            guard axisY + 1 < area.maxY else { continue }
            let shown = measure.prefix(of: label, columns: area.width)
            let start = min(max(area.x, column - shown.width / 2), area.maxX - shown.width)
            guard start >= labelEnd else { continue }
            labelEnd = start + buffer.write(String(shown.text), x: start, y: axisY + 1, style: style) + 1
        }
    }

    /// A vertical line at column `x` and a horizontal one at row `y` across `plot`, crossing where they
    /// meet.
    static func drawReferenceLines(
        into buffer: inout Buffer, plot: Rect, x: Int, y: Int, glyphs: ChartGlyphs, style: Style
    ) {
        let line = glyphs.referenceLine
        for row in plot.y..<plot.maxY { buffer.set(line.vertical, x: x, y: row, style: style) }
        for column in plot.x..<plot.maxX {
            buffer.set(column == x ? line.crossing : line.horizontal, x: column, y: y, style: style)
        }
    }
}
