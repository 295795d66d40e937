import Testing
@testable import TerminalKit

@Suite struct BlockParagraphTests {
    /// A name of millions of characters is clipped to what the rows can hold before it is wrapped, and
    /// to what the columns can hold before it is written.
    @Test func hugeTextIsClippedBeforeItIsWrappedOrWritten() {
        let huge = String(repeating: "Куйбышевский район ", count: 250_000)
        let (clipped, isCut) = WordWrap.clip([Span("Муниципалитет: "), Span(huge)], to: 100 * 40, measure: .standard)
        #expect(isCut)
        #expect(clipped.reduce(0) { $0 + TextWidth.standard.width(of: $1.text) } <= 4000, "what is wrapped is what 100 rows hold")
        let rows = WordWrap.wrap(Line([Span("Муниципалитет: "), Span(huge)]), width: 40)
        #expect(rows.count == WordWrap.maximumRows)
        #expect(rows.last?.plainText.hasSuffix("…") == true, "the last row says text was left out")
        #expect(rows.allSatisfy { $0.width() <= 40 })
        let shown = TextWidth.standard.prefix(of: huge, columns: 12)
        #expect(shown.text == "Куйбышевский" && shown.width == 12 && shown.isCut)
        #expect(TextWidth.standard.prefix(of: String(repeating: "\u{200B}", count: 100_000), columns: 5).text.count <= 26,
                "zero-width runs are cut too")
        var buffer = Buffer(width: 20, height: 4)
        let inner = Block(title: huge).render(into: &buffer, area: buffer.area)
        Paragraph([Line(huge)], wrap: true).render(into: &buffer, area: inner)
        #expect(buffer.lines == ["┌ Куйбышевский рай…┐", "│Куйбышевский район│", "│Куйбышевский район│", "└──────────────────┘"])
    }

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

    @Test func paragraphScrolledPastItsEndShowsItsLastRows() {
        var buffer = Buffer(width: 8, height: 2)
        Paragraph(["один два три", "четыре"], wrap: true, scroll: 40).render(into: &buffer, area: buffer.area)
        #expect(buffer.lines == ["три     ", "четыре  "])
        Paragraph(["один"], scroll: 3).render(into: &buffer, area: buffer.area)
        #expect(buffer.lines == ["один    ", "        "], "text shorter than the area is not scrolled at all")
    }

    @Test func paragraphKeepsSpanStyles() {
        var buffer = Buffer(width: 8, height: 1)
        let accent = Style(foreground: .ansi(4))
        Paragraph([Line([Span("q "), Span("Выход", style: accent)])]).render(into: &buffer, area: buffer.area)
        #expect(TestBackend.styleMask(buffer, marking: accent) == ["..#####."])
    }
}
