import Testing
@testable import TerminalKit

@Suite struct BufferTextTests {
    /// Names with joiners, emoji sequences and flags in a bordered list: every row keeps its right
    /// border in the last column, at every width the names are cut at, and no cell holds a joiner.
    @Test func aZeroWidthJoinerInANameMovesNoBorder() {
        let names: [Line] = ["Ку\u{200D}йбышевская", "Семья 👨\u{200D}👩\u{200D}👧 школа", "🇷🇺 ❤\u{FE0F} 👍🏽 лицей", "СОШ № 1"]
        for width in 8...30 {
            var buffer = Buffer(width: width, height: names.count + 2)
            let inner = Block(title: "Ку\u{200D}йб 👨\u{200D}👩").render(into: &buffer, area: buffer.area)
            ListView(items: names, selected: 1, offset: 0).render(into: &buffer, area: inner)
            for row in 1...names.count {
                #expect(buffer[width - 1, row].symbol == "│", "row \(row) at width \(width): \(buffer.rowText(row))")
                #expect(buffer[0, row].symbol == "│")
            }
            #expect(buffer[width - 1, 0].symbol == "┐", "the title keeps the corner: \(buffer.rowText(0))")
            expectEveryCellDrawnAsTerminalsAgree(buffer)
        }
    }

    /// What makes a terminal advance exactly as the buffer does: each cell is one scalar of `wcwidth` 1,
    /// or 2 with a continuation after it, followed only by zero-width marks that join nothing.
    private func expectEveryCellDrawnAsTerminalsAgree(_ buffer: Buffer) {
        for (index, cell) in buffer.cells.enumerated() where !cell.isContinuation {
            let scalars = Array(cell.symbol.unicodeScalars)
            let wide = index + 1 < buffer.cells.count && buffer.cells[index + 1].isContinuation
            #expect(LibcWidth.width(of: scalars[0]) == (wide ? 2 : 1), "cell «\(cell.symbol)»")
            #expect(scalars.dropFirst().allSatisfy { LibcWidth.width(of: $0) == 0 && !TextWidth.isLeftOut($0) },
                    "cell «\(cell.symbol)» holds a joiner, selector or second spacing scalar")
        }
    }

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
