import Testing
@testable import TerminalKit

@Suite struct BlockParagraphTests {
    @Test func blockDrawsBorderAndTitlesAndReturnsTheInside() {
        var buffer = Buffer(width: 20, height: 4)
        let inner = Block(title: "Сеть", rightTitle: "3/38").render(into: &buffer, area: buffer.area)
        #expect(inner == Rect(x: 1, y: 1, width: 18, height: 2))
        #expect(TestBackend.mismatch(buffer, expected: [
            "┌ Сеть ────── 3/38 ┐",
            "│                  │",
            "│                  │",
            "└──────────────────┘",
        ]) == nil)
    }

    @Test func longTitleIsClippedAndTheRightTitleDropped() {
        var buffer = Buffer(width: 12, height: 3)
        Block(title: "Финансирование", rightTitle: "x").render(into: &buffer, area: buffer.area)
        #expect(buffer.rowText(0) == "┌ Финансир…┐")
    }

    @Test func focusedBlockUsesTheFocusedStyle() {
        var buffer = Buffer(width: 6, height: 3)
        let focused = Style(foreground: .ansi(6))
        Block(focusedBorderStyle: focused, isFocused: true).render(into: &buffer, area: buffer.area)
        #expect(TestBackend.styleMask(buffer, marking: focused) == ["######", "#....#", "######"])
    }

    @Test func paragraphClipsLongLines() {
        var buffer = Buffer(width: 10, height: 2)
        Paragraph(["Коэффициент финансирования", "1,15"]).render(into: &buffer, area: buffer.area)
        #expect(buffer.lines == ["Коэффициен", "1,15      "])
    }

    @Test func paragraphWrapsAtWordsAndBreaksLongWords() {
        var buffer = Buffer(width: 10, height: 5)
        let text: Line = "Совет проекта рассмотрел сверхдлинноеслово итоги"
        Paragraph([text], wrap: true).render(into: &buffer, area: buffer.area)
        #expect(TestBackend.mismatch(buffer, expected: [
            "Совет     ",
            "проекта   ",
            "рассмотрел",
            "сверхдлинн",
            "оеслово   ",
        ]) == nil)
        #expect(Paragraph([text], wrap: true).rowCount(width: 10) == 6)
    }

    @Test func paragraphScrollsByVisualRowsAndAligns() {
        var buffer = Buffer(width: 8, height: 2)
        Paragraph(["один два три", "четыре"], wrap: true, scroll: 1, alignment: .right)
            .render(into: &buffer, area: buffer.area)
        #expect(buffer.lines == ["     три", "  четыре"])
    }

    @Test func paragraphKeepsSpanStyles() {
        var buffer = Buffer(width: 8, height: 1)
        let accent = Style(foreground: .ansi(4))
        Paragraph([Line([Span("q "), Span("Выход", style: accent)])]).render(into: &buffer, area: buffer.area)
        #expect(TestBackend.styleMask(buffer, marking: accent) == ["..#####."])
    }
}
