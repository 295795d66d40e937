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
