import Testing
@testable import TerminalKit

@Suite struct BarChartTests {
    let items = [
        BarChartItem(label: "КЦ 1", value: 10, valueText: "10"),
        BarChartItem(label: "КЦ 2", value: 5.5, valueText: "5,5"),
        BarChartItem(label: "Третий", value: 0, valueText: "0"),
    ]

    private func render(_ chart: BarChart, width: Int, height: Int) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        chart.render(into: &buffer, area: buffer.area)
        return buffer
    }

    @Test func horizontalBarsScaleToTheLargestWithLabelsAndValues() {
        let buffer = render(BarChart(items: items, selected: 1), width: 20, height: 3)
        #expect(TestBackend.mismatch(buffer, expected: [
            "КЦ 1   █████████  10",
            "КЦ 2   ▓▓▓▓▓     5,5",
            "Третий             0",
        ]) == nil)
        #expect(TestBackend.styleMask(buffer, marking: Style(attributes: .reverse))[1] == "######...........###",
                "the selected bar's label and value are reversed")
    }

    @Test func verticalBarsHaveValuesAboveAndLabelsBelow() {
        let buffer = render(BarChart(items: items, orientation: .vertical, selected: 1), width: 20, height: 5)
        #expect(TestBackend.mismatch(buffer, expected: [
            "  10    5,5     0   ",
            "██████              ",
            "██████ ▅▅▅▅▅▅       ",
            "██████ ▓▓▓▓▓▓       ",
            " КЦ 1   КЦ 2  Третий",
        ]) == nil)
    }

    @Test func asciiBarsUseHashesAndAtForTheSelection() {
        let buffer = render(BarChart(items: items, selected: 1, glyphs: .ascii), width: 20, height: 3)
        #expect(buffer.lines == ["КЦ 1   #########  10", "КЦ 2   @@@@@     5,5", "Третий             0"])
    }
}
