import Testing
@testable import TerminalKit

@Suite struct HistogramTests {
    let bins = [1, 3, 7, 4, 2, 0].enumerated().map { HistogramBin(count: $1, label: "\($0 * 20)") }

    @Test func binsWithTicksAndAHighlightedBin() {
        var buffer = Buffer(width: 20, height: 5)
        Histogram(bins: bins, highlighted: 2).render(into: &buffer, area: buffer.area)
        #expect(buffer.lines == [
            "      ▓▓▓           ",
            "      ▓▓▓▂▂▂        ",
            "   ▆▆▆▓▓▓███▁▁▁     ",
            "▅▅▅███▓▓▓██████     ",
            "0  20 40 60 80 100  ",
        ])
    }
}
