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

    /// The quadrant lines are dotted braille lines (every other dot), drawn under the points.
    @Test func brailleDotsAxesQuadrantLinesSeriesAndCursor() {
        var buffer = Buffer(width: 24, height: 8)
        plot(.braille).render(into: &buffer, area: buffer.area)
        #expect(buffer.lines == [
            "100┤            ⠅      ⠈",
            "   │     ◆      ⠅       ",
            "   │          ⡀ ⠅       ",
            "   │⠄⠄⠄⠄⠄⠄⠄⠄⠄⠄⠄⠄⠅⠄⠄⠄⠄⠄⠄⠄",
            "   │            ⠅       ",
            "  0┤⡀           ⠅     ● ",
            "   └┬─────────┬────────┬",
            "    0        0,5       1",
        ])
        #expect(plot(.braille).cell(of: ChartPoint(x: 0.25, y: 0.75), in: buffer.area)! == (9, 1))
    }
}

extension ScatterPlotTests {
    private func bare(_ points: [ChartPoint], glyphs: ChartGlyphs = .braille) -> ScatterPlot {
        ScatterPlot(series: [ScatterSeries(points: points)], xRange: 0...1, yRange: 0...1, showsAxes: false, glyphs: glyphs)
    }

    /// Each cell holds 2×4 dots: bits 1 2 4 down the left column, 8 16 32 down the right, 64 and 128 below.
    @Test func brailleDotsOfOneCell() {
        #expect(bare([ChartPoint(x: 0, y: 1)]).lines(width: 1, height: 1) == ["⠁"])
        #expect(bare([ChartPoint(x: 1, y: 0)]).lines(width: 1, height: 1) == ["⢀"])
        #expect(bare([ChartPoint(x: 0, y: 1), ChartPoint(x: 1, y: 0)]).lines(width: 1, height: 1) == ["⢁"])
        let all = (0..<2).flatMap { x in (0..<4).map { y in ChartPoint(x: Double(x), y: Double(y) / 3) } }
        #expect(bare(all).lines(width: 1, height: 1) == ["⣿"])
        #expect(bare([ChartPoint(x: 0, y: 0), ChartPoint(x: 0.6, y: 0.4)]).lines(width: 2, height: 2) == ["  ", "⡀⠁"])
    }

    @Test func blocksAndASCII() {
        #expect(bare([ChartPoint(x: 0, y: 1), ChartPoint(x: 1, y: 0), ChartPoint(x: 1, y: 1)], glyphs: .blocks).lines(width: 2, height: 1)
            == ["▀█"])
        #expect(plot(.blocks).lines(width: 24, height: 8)[3...5] == ["   │┈┈┈┈┈┈┈┈┈┈┈┈┼┈┈┈┈┈┈┈", "   │            ┊       ", "  0┤▄           ┊     ● "])
        #expect(plot(.ascii).lines(width: 24, height: 8) == [
            "100+            :      *",
            "   |     @      :       ",
            "   |          * :       ",
            "   |------------+-------",
            "   |            :       ",
            "  0+*           :     o ",
            "   ++---------+--------+",
            "    0        0,5       1",
        ])
    }

    @Test func laterSeriesGetMarkersOfTheirOwn() {
        let series = (0..<4).map { ScatterSeries(points: [ChartPoint(x: 0.5, y: Double($0) / 3)]) }
            + [ScatterSeries(points: [ChartPoint(x: 0, y: 0)], marker: .symbol("x"))]
        let plot = ScatterPlot(series: series, xRange: 0...1, yRange: 0...1, showsAxes: false)
        #expect(plot.lines(width: 3, height: 4) == [" ■ ", " ○ ", " ● ", "x⢀ "])
        #expect(series.indices.map { plot.marker(ofSeries: $0, glyphs: .ascii) } == [nil, "o", "+", "x", "x"])
    }

    @Test func theCursorIsDrawnInItsOwnStyle() {
        var buffer = Buffer(width: 3, height: 1)
        let cursor = Style(attributes: [.reverse, .bold])
        var plot = bare([ChartPoint(x: 0, y: 0), ChartPoint(x: 1, y: 1)])
        plot.cursor = ChartPoint(x: 1, y: 1)
        plot.render(into: &buffer, area: buffer.area)
        #expect(buffer.lines == ["⡀ ◆"])
        #expect(TestBackend.styleMask(buffer, marking: cursor) == ["..#"])
    }

    @Test func pointsOutsideTheRangesOrUnknownAreLeftOut() {
        let points = [ChartPoint(x: 2, y: 0.5), ChartPoint(x: .nan, y: 0.5), ChartPoint(x: 0.5, y: -.infinity)]
        #expect(bare(points).lines(width: 2, height: 1) == ["  "])
        #expect(bare(points).cell(of: ChartPoint(x: 2, y: 0.5), in: Rect(x: 0, y: 0, width: 2, height: 1)) == nil)
        let empty = ScatterPlot(series: [], xRange: 1...1, yRange: 5...5)
        #expect(empty.lines(width: 4, height: 4).count == 4)
    }

    @Test func tinyAreasDropTheAxesAndZeroAreasDrawNothing() {
        #expect(plot(.braille).lines(width: 0, height: 0) == [])
        let small = plot(.braille).lines(width: 3, height: 2)
        #expect(!small.joined().contains("│"), "no room for axes: all plot")
        #expect(plot(.braille).plotArea(in: Rect(x: 0, y: 0, width: 24, height: 8)) == Rect(x: 4, y: 0, width: 20, height: 6))
    }
}
