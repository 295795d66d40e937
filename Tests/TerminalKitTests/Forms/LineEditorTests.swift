import Testing
@testable import TerminalKit

@Suite struct LineEditorTests {
    @Test func cyrillicIsTypedAndTheCursorMovesByLetter() {
        var editor = LineEditor()
        #expect(editor.apply(typing("Школа 12")) == .changed)
        #expect(editor.text == "Школа 12" && editor.cursor == 8)
        editor.apply([.left, .left, .left])
        editor.apply(typing(" №"))
        #expect(editor.text == "Школа № 12")
        #expect(editor.cursor == 7)
        #expect(editor.drawn(columns: 12) == ("Школа № 12  ", ".......#...."))
    }

    @Test func aCombiningMarkJoinsTheLetterBeforeAndGoesWithIt() {
        var editor = LineEditor("Бер")
        editor.apply([.character("е"), .character("\u{0308}"), .character("з")])
        #expect(editor.text == "Бер\u{0435}\u{0308}з")
        #expect(editor.text == "Берёз")
        #expect(editor.count == 5 && editor.cursor == 5)
        editor.apply([.backspace, .backspace])
        #expect(editor.text == "Бер" && editor.cursor == 3)
    }

    @Test func wideCharactersAndEmojiAreOneStepEach() {
        var editor = LineEditor("学校👩‍👩‍👧!")
        #expect(editor.count == 4)
        editor.apply([.home, .right])
        #expect(editor.cursor == 1)
        #expect(editor.drawn(columns: 12) == ("学校👩👩👧! ", "..##........"))
        editor.apply(.delete)
        #expect(editor.text == "学👩‍👩‍👧!")
        editor.apply(.delete)
        #expect(editor.text == "学!")
    }

    @Test func homeEndAndTheirControlKeys() {
        var editor = LineEditor("Обь")
        #expect(editor.apply(.ctrl("a")) == .unchanged && editor.cursor == 0)
        #expect(editor.apply(.ctrl("e")) == .unchanged && editor.cursor == 3)
        editor.apply(.home)
        #expect(editor.cursor == 0)
        editor.apply(.end)
        #expect(editor.cursor == 3)
        #expect(editor.apply(.right) == .unchanged && editor.cursor == 3)
        #expect(editor.apply(.backspace) == .changed && editor.text == "Об")
    }

    @Test func everyKillKey() {
        var editor = LineEditor("МБОУ СОШ № 12")
        editor.apply([.left, .left, .left])
        var killStart = editor
        #expect(killStart.apply(.ctrl("u")) == .changed)
        #expect(killStart.text == " 12" && killStart.cursor == 0)
        var killEnd = editor
        #expect(killEnd.apply(.ctrl("k")) == .changed)
        #expect(killEnd.text == "МБОУ СОШ №" && killEnd.cursor == 10)
        var killWord = editor
        #expect(killWord.apply(.ctrl("w")) == .changed)
        #expect(killWord.text == "МБОУ СОШ  12" && killWord.cursor == 9)
        killWord.apply(.ctrl("w"))
        #expect(killWord.text == "МБОУ  12")
        var atEnd = LineEditor("СОШ   ")
        atEnd.apply(.ctrl("w"))
        #expect(atEnd.text == "")
        var atStart = LineEditor("СОШ")
        atStart.apply(.home)
        #expect(atStart.apply(.ctrl("u")) == .unchanged)
        #expect(atStart.apply(.ctrl("w")) == .unchanged)
        #expect(atStart.apply(.backspace) == .unchanged)
        #expect(atStart.apply(.ctrl("d")) == .changed && atStart.text == "ОШ")
    }

    @Test func wordMovesByAltBAndAltFFromEitherLayout() {
        var editor = LineEditor("г. Бердск, ул. Ленина")
        editor.apply(.alt("b"))
        #expect(editor.cursor == 15)
        editor.apply(.alt("и"))
        #expect(editor.cursor == 11)
        editor.apply(.alt("b"))
        #expect(editor.cursor == 3)
        editor.apply(.alt("f"))
        #expect(editor.cursor == 9)
        editor.apply(.alt("а"))
        #expect(editor.cursor == 13)
    }

    @Test func maximumLengthRefusesMoreAndCutsTheStart() {
        var editor = LineEditor("12345", maxLength: 4)
        #expect(editor.text == "1234")
        #expect(editor.apply(.character("5")) == .unchanged)
        #expect(editor.text == "1234")
        editor.apply(.backspace)
        #expect(editor.apply(.character("й")) == .changed && editor.text == "123й")
    }

    @Test func otherKeysAndControlCharactersAreNotHandled() {
        var editor = LineEditor("а")
        for key: Key in [.tab, .backTab, .enter, .escape, .up, .down, .function(2), .ctrl("s"), .character("\u{1B}")] {
            #expect(editor.apply(key) == .notHandled)
        }
        #expect(editor.text == "а")
    }

    @Test func aLongTextScrollsToKeepTheCursorInTheField() {
        var editor = LineEditor("Новосибирский район")
        #expect(editor.drawn(columns: 10) == ("кий район ", ".........#"))
        editor.reveal(columns: 10, measure: .standard)
        #expect(editor.scroll == 10)
        // Moving left inside the field does not scroll it.
        editor.apply([.left, .left, .left, .left, .left])
        #expect(editor.drawn(columns: 10) == ("кий район ", "....#....."))
        editor.reveal(columns: 10, measure: .standard)
        #expect(editor.scroll == 10)
        // Past its left edge, it scrolls just enough.
        editor.apply([.left, .left, .left, .left, .left])
        #expect(editor.drawn(columns: 10) == ("ский район", "#........."))
        editor.apply(.home)
        #expect(editor.drawn(columns: 10) == ("Новосибирс", "#........."))
        editor.reveal(columns: 10, measure: .standard)
        #expect(editor.scroll == 0)
    }

    @Test func scrollingNeverCutsAWideCharacter() {
        let editor = LineEditor("ab学校学校")
        // 10 columns of text and the cursor's: the start would fall inside 学, so it moves past it.
        #expect(editor.drawn(columns: 6) == ("学校  ", "....#."))
        var home = LineEditor("学校学校")
        home.apply(.home)
        #expect(home.drawn(columns: 5) == ("学校 ", "##..."))
    }

    @Test func ambiguousWideCyrillicScrollsByTwoColumnsALetter() {
        let editor = LineEditor("Обь Кольцово")
        let wide = TextWidth(ambiguousWide: true)
        let viewport = editor.viewport(columns: 9, measure: wide)
        #expect(viewport.text == "цово")
        #expect(viewport.cursorColumn == 8)
        #expect(editor.drawn(columns: 9, measure: wide).text == "цово ")
    }

    @Test func theCursorColumnIsReturnedForTheTerminalCursor() {
        var buffer = Buffer(width: 20, height: 1)
        var editor = LineEditor("Искитим")
        editor.apply([.left, .left])
        #expect(editor.render(into: &buffer, x: 5, y: 0, columns: 10, style: .plain) == 10)
        #expect(buffer.rowText(0) == "     Искитим        ")
    }
}
