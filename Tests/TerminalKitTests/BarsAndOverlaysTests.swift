import Testing
@testable import TerminalKit

@Suite struct BarsAndOverlaysTests {
    @Test func tabsNumberTitlesAndHighlightTheSelected() {
        var buffer = Buffer(width: 30, height: 1)
        let selected = Style(attributes: .reverse)
        Tabs(["Обзор", "Сеть", "ГИА"], selected: 1, selectedStyle: selected).render(into: &buffer, area: buffer.area)
        #expect(buffer.rowText(0) == " 1 Обзор  2 Сеть  3 ГИА       ")
        #expect(TestBackend.styleMask(buffer, marking: selected) == [".........########............."])
    }

    @Test func tabsAreClippedWhenNarrow() {
        var buffer = Buffer(width: 14, height: 1)
        Tabs(["Обзор", "Финансирование"], selected: 0).render(into: &buffer, area: buffer.area)
        #expect(buffer.rowText(0) == " 1 Обзор  2 Ф…")
    }

    @Test func statusBarPutsHintsBetweenLeftAndRightAndDropsWhatDoesNotFit() {
        var buffer = Buffer(width: 30, height: 1)
        let key = Style(foreground: .ansi(3), attributes: .bold)
        StatusBar(
            left: [Span("Демо")], right: [Span("12:00")],
            hints: [KeyHint(key: "q", label: "Выход"), KeyHint(key: "?", label: "Справка"), KeyHint(key: "/", label: "Поиск")],
            keyStyle: key
        ).render(into: &buffer, area: buffer.area)
        #expect(buffer.rowText(0) == "Демо q Выход ? Справка   12:00")
        #expect(TestBackend.styleMask(buffer, marking: key) == [".....#.......#................"])
    }

    @Test func dialogIsCentredClearsBeneathAndWraps() {
        var buffer = Buffer(width: 20, height: 7, filling: Cell(symbol: "x"))
        Dialog(title: "Удалить?", lines: ["Удалить школу № 12?"], width: 14, height: 5)
            .render(into: &buffer, area: buffer.area)
        #expect(TestBackend.mismatch(buffer, expected: [
            "xxxxxxxxxxxxxxxxxxxx",
            "xxx┌ Удалить? ──┐xxx",
            "xxx│ Удалить    │xxx",
            "xxx│ школу №    │xxx",
            "xxx│ 12?        │xxx",
            "xxx└────────────┘xxx",
            "xxxxxxxxxxxxxxxxxxxx",
        ]) == nil)
    }
}
