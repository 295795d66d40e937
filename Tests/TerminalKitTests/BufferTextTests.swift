import Testing
@testable import TerminalKit

@Suite struct BufferTextTests {
    @Test func writesAndReportsColumnsUsed() {
        var buffer = Buffer(width: 10, height: 1)
        #expect(buffer.write("Сеть", x: 1, y: 0) == 4)
        #expect(buffer.rowText(0) == " Сеть     ")
    }

    @Test func clipsAtTheEdgeAndAtMaxWidth() {
        var buffer = Buffer(width: 8, height: 2)
        #expect(buffer.write("Новосибирск", x: 2, y: 0) == 6)
        #expect(buffer.write("Новосибирск", x: 0, y: 1, maxWidth: 3) == 3)
        #expect(buffer.lines == ["  Новоси", "Нов     "])
    }

    @Test func ellipsisMarksCutText() {
        var buffer = Buffer(width: 8, height: 2)
        buffer.write("Новосибирск", x: 0, y: 0, overflow: .ellipsis)
        buffer.write("Обь", x: 0, y: 1, maxWidth: 3, overflow: .ellipsis)
        #expect(buffer.lines == ["Новосиб…", "Обь     "])
    }

    @Test func ellipsisAcrossSpansTakesTheCutSpansStyle() {
        var buffer = Buffer(width: 6, height: 1)
        let bold = Style(attributes: .bold)
        buffer.write(Line([Span("ab"), Span("cdefg", style: bold)]), x: 0, y: 0, overflow: .ellipsis)
        #expect(buffer.rowText(0) == "abcde…")
        #expect(buffer[5, 0].style == bold)
        #expect(buffer[0, 0].style == .plain)
    }

    @Test func wideCharactersTakeAContinuationCell() {
        var buffer = Buffer(width: 6, height: 1)
        #expect(buffer.write("中文", x: 1, y: 0) == 4)
        #expect(buffer[1, 0].symbol == "中")
        #expect(buffer[2, 0].isContinuation)
        #expect(buffer[4, 0].isContinuation)
        #expect(buffer.rowText(0) == " 中文 ")
    }

    @Test func aWideCharacterThatDoesNotFitLeavesASpace() {
        var buffer = Buffer(width: 6, height: 1, filling: Cell(symbol: "x"))
        #expect(buffer.write("中文", x: 0, y: 0, maxWidth: 3) == 3)
        #expect(buffer.rowText(0) == "中 xxx")
        var edge = Buffer(width: 3, height: 1, filling: Cell(symbol: "x"))
        edge.write("a中", x: 1, y: 0)
        #expect(edge.rowText(0) == "xa ")
        #expect(!edge.cells.contains { $0.isContinuation })
    }

    @Test func ellipsisAfterWideCharactersNeverSplitsThem() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.write("中文字", x: 0, y: 0, overflow: .ellipsis)
        #expect(buffer.rowText(0) == "中… ")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.write("中文", x: 0, y: 0)
        buffer.write("a", x: 1, y: 0)
        #expect(buffer.rowText(0) == " a文  ")
        buffer.write("b", x: 2, y: 0)
        #expect(buffer.rowText(0) == " ab   ")
        #expect(!buffer.cells.contains { $0.isContinuation })
    }

    @Test func fillCuttingAWideCharacterBlanksTheOtherHalf() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.write("中文", x: 0, y: 0)
        buffer.fill(Rect(x: 1, y: 0, width: 2, height: 1), with: Cell(symbol: "-"))
        #expect(buffer.rowText(0) == " -- ")
        #expect(!buffer.cells.contains { $0.isContinuation })
    }

    @Test func ambiguousWideBufferMeasuresCyrillicAsTwo() {
        var buffer = Buffer(width: 6, height: 1, textWidth: TextWidth(ambiguousWide: true))
        #expect(buffer.write("Обь", x: 0, y: 0) == 6)
        #expect(buffer[1, 0].isContinuation)
    }

    @Test func textOutsideTheBufferIsIgnored() {
        var buffer = Buffer(width: 4, height: 1)
        #expect(buffer.write("abc", x: 0, y: 3) == 0)
        #expect(buffer.write("abc", x: 5, y: 0) == 0)
        buffer.write("中ab", x: -1, y: 0)
        #expect(buffer.rowText(0) == " ab ")
    }
}
