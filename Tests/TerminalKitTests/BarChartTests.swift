import Testing
@testable import TerminalKit

@Suite struct BarChartTests {
    let items = [
        BarChartItem(label: "КЦ 1", value: 10, valueText: "10"),
        BarChartItem(label: "КЦ 2", value: 5.5, valueText: "5,5"),
        BarChartItem(label: "Третий", value: 0, valueText: "0"),
    ]

    @Test func horizontalBarsScaleToTheLargestWithLabelsAndValues() {
        let buffer = BarChart(items: items, selected: 1).buffer(width: 20, height: 3)
        #expect(TestBackend.mismatch(buffer, expected: [
            "КЦ 1   █████████  10",
            "КЦ 2   ▓▓▓▓▓     5,5",
            "Третий             0",
        ]) == nil)
        #expect(TestBackend.styleMask(buffer, marking: Style(attributes: .reverse))[1] == "######...........###",
                "the selected bar's label and value are reversed")
    }

    @Test func verticalBarsHaveValuesAboveAndLabelsBelow() {
        let buffer = BarChart(items: items, orientation: .vertical, selected: 1).buffer(width: 20, height: 5)
        #expect(TestBackend.mismatch(buffer, expected: [
            "  10    5,5     0   ",
            "██████              ",
            "██████ ▅▅▅▅▅▅       ",
            "██████ ▓▓▓▓▓▓       ",
            " КЦ 1   КЦ 2  Третий",
        ]) == nil)
    }

    @Test func asciiBarsUseHashesAndAtForTheSelection() {
        let buffer = BarChart(items: items, selected: 1, glyphs: .ascii).buffer(width: 20, height: 3)
        #expect(buffer.lines == ["КЦ 1   #########  10", "КЦ 2   @@@@@     5,5", "Третий             0"])
    }
}

extension BarChartTests {
    /// The bounds clamp: above the maximum is a full bar, below a minimum of zero none.
    @Test func partialCellsInEighthsAndTheBoundsClamp() {
        let values: [Double] = [4, 1.5, 0.125, 3.875, 10, .nan, -2]
        let chart = BarChart(items: values.map { BarChartItem(label: "", value: $0) }, minimum: 0, maximum: 4)
        #expect(chart.buffer(width: 4, height: 7).lines == ["████", "█▌  ", "▏   ", "███▉", "████", "    ", "    "])
    }

    @Test func verticalPartialCells() {
        let chart = BarChart(items: [2, 1, 0.25].map { BarChartItem(label: "", value: $0) }, orientation: .vertical)
        #expect(chart.buffer(width: 5, height: 2).lines == ["█    ", "█ █ ▂"])
    }

    @Test func eachBarMayHaveItsOwnStyle() {
        let good = Style(foreground: .ansi(2)), bad = Style(foreground: .ansi(1))
        let chart = BarChart(items: [BarChartItem(label: "", value: 2, style: good), BarChartItem(label: "", value: 1, style: bad)])
        let buffer = chart.buffer(width: 4, height: 2)
        #expect(TestBackend.styleMask(buffer, marking: good) == ["####", "...."])
        #expect(TestBackend.styleMask(buffer, marking: bad) == ["....", "##.."])
    }

    @Test func longLabelsAreCutWithAnEllipsisAndTheSelectionStaysInView() {
        let items = (1...5).map { BarChartItem(label: "Организация \($0)", value: Double($0), valueText: "\($0)") }
        let buffer = BarChart(items: items, selected: 4).buffer(width: 12, height: 2)
        #expect(buffer.lines == ["Орг… ████  4", "Орг… ▓▓▓▓▓ 5"])
    }

    @Test func tinyAndEmptyAreasNeverBreak() {
        for (width, height) in [(0, 0), (1, 1), (2, 1), (0, 3), (3, 0)] {
            for orientation in [BarChart.Orientation.horizontal, .vertical] {
                let buffer = BarChart(items: items, orientation: orientation, selected: 9).buffer(width: width, height: height)
                #expect(buffer.width == width)
            }
        }
        #expect(BarChart(items: []).buffer(width: 5, height: 1).lines == ["     "])
    }
}

extension BarChartTests {
    /// A result index below the region's is a bar to the left of (under) the zero line.
    @Test func negativeValuesGrowFromTheZeroLineInHalfCells() {
        let horizontal = BarChart(items: [-2, 4, -0.5].map { BarChartItem(label: "", value: $0) })
        #expect(horizontal.lines(width: 6, height: 3) == ["██    ", "  ████", " ▐    "])
        let vertical = BarChart(items: [2, -1].map { BarChartItem(label: "", value: $0) }, orientation: .vertical)
        #expect(vertical.lines(width: 3, height: 3) == ["█  ", "█  ", "  █"])
        let bounded = BarChart(items: [BarChartItem(label: "", value: -1)], minimum: -4, maximum: 4, glyphs: .ascii)
        #expect(bounded.line(width: 8) == "   #    ")
    }
}
