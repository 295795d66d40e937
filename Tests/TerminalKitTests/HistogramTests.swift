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

extension HistogramTests {
    @Test func theHighlightedBinAndItsTickAreInTheHighlightStyle() {
        var buffer = Buffer(width: 20, height: 5)
        let accent = Style(foreground: .ansi(3), attributes: .bold)
        Histogram(bins: bins, highlighted: 2, highlightStyle: accent).render(into: &buffer, area: buffer.area)
        #expect(TestBackend.styleMask(buffer, marking: accent) == [
            "......###...........", "......###...........", "......###...........", "......###...........",
            "......##............",
        ])
    }

    @Test func ticksThatWouldTouchAreLeftOutAndBinsPastTheEdgeAreNotDrawn() {
        var buffer = Buffer(width: 4, height: 2)
        Histogram(bins: bins, glyphs: .ascii).render(into: &buffer, area: buffer.area)
        #expect(buffer.lines == ["  ##", "0 40"])
        #expect(Histogram(bins: bins).columns(ofBin: 5, in: buffer.area) == nil)
        #expect(Histogram(bins: bins).columns(ofBin: 1, in: Rect(x: 2, y: 0, width: 12, height: 3)) == 4..<6)
    }

    @Test func emptyOrZeroBinsAndTinyAreasNeverBreak() {
        for bins in [[], [HistogramBin(count: 0), HistogramBin(count: 0)], self.bins] {
            for (width, height) in [(0, 0), (1, 1), (3, 1), (5, 4)] {
                var buffer = Buffer(width: width, height: height)
                Histogram(bins: bins, highlighted: 7).render(into: &buffer, area: buffer.area)
                #expect(buffer.lines.allSatisfy { !$0.contains("█") } || bins.contains { $0.count > 0 })
            }
        }
    }
}

extension HistogramTests {
    @Test func valuesAreCountedIntoEqualBins() {
        #expect(Histogram.counts(of: [0, 9.9, 10, 55, 100, 101, .nan, -1], in: 0...100, bins: 10) == [2, 1, 0, 0, 0, 1, 0, 0, 0, 1])
        #expect(Histogram.counts(of: [1, 2], in: 0...1, bins: 0) == [])
    }
}
