import Testing
@testable import TerminalKit

@Suite struct ChartGlyphsTests {
    @Test func theLinuxConsoleGetsBlocksEveryOtherTerminalBraille() {
        #expect(ChartGlyphs.standard(term: "linux") == .blocks)
        #expect(ChartGlyphs.standard(term: "xterm-256color") == .braille)
        #expect(ChartGlyphs.standard(term: nil) == .braille)
    }

    /// Blocks and geometric shapes are East-Asian ambiguous: where they are drawn wide, only ASCII
    /// keeps a chart in its cells.
    @Test func wideAmbiguousCharactersLeaveOnlyASCII() {
        for glyphs in ChartGlyphs.allCases {
            #expect(glyphs.fitting(TextWidth(ambiguousWide: true)) == .ascii)
            #expect(glyphs.fitting(.standard) == glyphs)
        }
        var buffer = Buffer(width: 6, height: 1, textWidth: TextWidth(ambiguousWide: true))
        Sparkline(values: [1, 2, 3, 4]).render(into: &buffer, area: buffer.area)
        #expect(buffer.lines == ["_-^#  "])
    }

    @Test func barCellsInEighths() {
        #expect(String(ChartGlyphs.braille.barCells(eighths: 19, horizontal: true)) == "██▍")
        #expect(String(ChartGlyphs.blocks.barCells(eighths: 3, horizontal: false)) == "▃")
        #expect(String(ChartGlyphs.ascii.barCells(eighths: 19, horizontal: true)) == "##", "ASCII rounds to whole cells")
        #expect(String(ChartGlyphs.ascii.barCells(eighths: 20, horizontal: true)) == "###")
        #expect(ChartGlyphs.braille.barCells(eighths: -5, horizontal: true).isEmpty)
    }
}
