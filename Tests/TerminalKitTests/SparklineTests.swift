import Testing
@testable import TerminalKit

@Suite struct SparklineTests {
    @Test func valuesMapToEightLevelsWithGaps() {
        var buffer = Buffer(width: 12, height: 1)
        Sparkline(values: [1, 2, 3, nil, 4, 5, 6, 7, 8, .nan, 8]).render(into: &buffer, area: buffer.area)
        #expect(buffer.lines == ["▁▂▃ ▄▅▆▇█ █ "])
        Sparkline(values: [1, 2, 3, nil, 4, 5, 6, 7, 8, .nan, 8], glyphs: .ascii).render(into: &buffer, area: buffer.area)
        #expect(buffer.lines == ["_.- ~=^*# # "])
    }
}

extension SparklineTests {
    private func line(_ sparkline: Sparkline, width: Int) -> String {
        var buffer = Buffer(width: width, height: 1)
        sparkline.render(into: &buffer, area: buffer.area)
        return buffer.rowText(0)
    }

    @Test func aFixedRangeFlatValuesAndTheLatestValues() {
        #expect(line(Sparkline(values: [0, 10, 5], range: 0...10), width: 3) == "▁█▅")
        #expect(line(Sparkline(values: [3, 3]), width: 2) == "▄▄", "equal values sit in the middle")
        #expect(line(Sparkline(values: (1...8).map(Double.init)), width: 3) == "▆▇█", "the latest values are shown")
    }

    @Test func emptyOrUnknownValuesAndTinyAreasNeverBreak() {
        #expect(line(Sparkline(values: []), width: 3) == "   ")
        #expect(line(Sparkline(values: [nil, .nan, .infinity]), width: 3) == "   ")
        #expect(line(Sparkline(values: [1, 2]), width: 0) == "")
    }

    @Test func aTallAreaDrawsOnItsBottomRow() {
        var buffer = Buffer(width: 2, height: 2)
        Sparkline(values: [1, 2]).render(into: &buffer, area: buffer.area)
        #expect(buffer.lines == ["  ", "▁█"])
    }
}
