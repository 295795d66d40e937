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
    @Test func aFixedRangeFlatValuesAndTheLatestValues() {
        #expect(Sparkline(values: [0, 10, 5], range: 0...10).line(width: 3) == "▁█▅")
        #expect(Sparkline(values: [3, 3]).line(width: 2) == "▄▄", "equal values sit in the middle")
        #expect(Sparkline(values: (1...8).map(Double.init)).line(width: 3) == "▆▇█", "the latest values are shown")
    }

    @Test func emptyOrUnknownValuesAndTinyAreasNeverBreak() {
        #expect(Sparkline(values: []).line(width: 3) == "   ")
        #expect(Sparkline(values: [nil, .nan, .infinity]).line(width: 3) == "   ")
        #expect(Sparkline(values: [1, 2]).line(width: 0) == "")
    }

    @Test func aTallAreaDrawsOnItsBottomRow() {
        var buffer = Buffer(width: 2, height: 2)
        Sparkline(values: [1, 2]).render(into: &buffer, area: buffer.area)
        #expect(buffer.lines == ["  ", "▁█"])
    }
}
