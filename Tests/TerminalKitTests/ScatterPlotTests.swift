import Testing
@testable import TerminalKit

@Suite struct ScatterPlotTests {
    func plot(_ glyphs: ChartGlyphs) -> ScatterPlot {
        ScatterPlot(
            series: [
                ScatterSeries(points: [ChartPoint(x: 0, y: 0), ChartPoint(x: 1, y: 1), ChartPoint(x: 0.5, y: 0.5), ChartPoint(x: 0.25, y: 0.75)]),
                ScatterSeries(points: [ChartPoint(x: 0.9, y: 0.1)]),
            ],
            xRange: 0...1, yRange: 0...1,
            xTicks: [AxisTick(0, label: "0"), AxisTick(0.5, label: "0,5"), AxisTick(1, label: "1")],
            yTicks: [AxisTick(0, label: "0"), AxisTick(1, label: "100")],
            quadrant: ChartPoint(x: 0.6, y: 0.4), cursor: ChartPoint(x: 0.25, y: 0.75), glyphs: glyphs)
    }

    @Test func brailleDotsAxesQuadrantLinesSeriesAndCursor() {
        var buffer = Buffer(width: 24, height: 8)
        plot(.braille).render(into: &buffer, area: buffer.area)
        #expect(buffer.lines == [
            "100┤            ┊      ⠈",
            "   │     ◆      ┊       ",
            "   │          ⡀ ┊       ",
            "   │┈┈┈┈┈┈┈┈┈┈┈┈┼┈┈┈┈┈┈┈",
            "   │            ┊       ",
            "  0┤⡀           ┊     ● ",
            "   └┬─────────┬────────┬",
            "    0        0,5       1",
        ])
        #expect(plot(.braille).cell(of: ChartPoint(x: 0.25, y: 0.75), in: buffer.area)! == (9, 1))
    }
}
