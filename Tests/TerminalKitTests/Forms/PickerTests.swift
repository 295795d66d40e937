import Bilingual
import Testing
@testable import TerminalKit

@Suite struct PickerTests {
    let options = [
        PickerOption(id: "bag", label: "Баганский район"),
        PickerOption(id: "ber", label: "Берёзовский сельсовет"),
        PickerOption(id: "kra", label: "Краснозёрский район"),
        PickerOption(id: "brd", label: "г. Бердск"),
        PickerOption(id: "chi", label: "Чистоозёрный район"),
    ]

    private func labels(_ picker: PickerState) -> [String] { picker.matches.map { picker.options[$0].label } }

    private func typed(_ text: String, into picker: PickerState) -> PickerState {
        var picker = picker
        for key in typing(text) { _ = picker.apply(key) }
        return picker
    }

    @Test func filterIgnoresCaseAndYoAndMatchesAnyPart() {
        let picker = PickerState(options: options)
        #expect(labels(typed("зер", into: picker)) == ["Краснозёрский район", "Чистоозёрный район"])
        #expect(labels(typed("БЕР", into: picker)) == ["Берёзовский сельсовет", "г. Бердск"])
        #expect(labels(typed("берез", into: picker)) == ["Берёзовский сельсовет"])
        #expect(labels(typed("РАЙОН", into: picker)).count == 3)
        #expect(typed("Озё", into: picker).isOpen)
        // A decomposed ё (е and a combining diaeresis) is read as е too.
        var decomposed = picker
        _ = decomposed.apply(.character("е"))
        _ = decomposed.apply(.character("\u{0308}"))
        #expect(labels(decomposed) == ["Берёзовский сельсовет", "Краснозёрский район", "г. Бердск", "Чистоозёрный район"])
    }

    @Test func decomposedLettersMatchTheirComposedForms() {
        let picker = PickerState(options: [
            PickerOption(id: "nfd", label: "Бере\u{0308}зовский, Новомии\u{0306}ский"),
            PickerOption(id: "nfc", label: "Новомийский"),
        ])
        #expect(typed("берез", into: picker).matches == [0])
        #expect(typed("мий", into: picker).matches == [0, 1])
        #expect(typed("Ё", into: picker).matches == [0])
    }

    @Test func typingNarrowsAndDeletingWidensTheMatchesAgain() {
        var picker = typed("рай", into: PickerState(options: options))
        #expect(labels(picker).count == 3)
        _ = picker.apply(.character("о"))
        _ = picker.apply(.character("н"))
        _ = picker.apply(.character("ы"))
        #expect(labels(picker).isEmpty)
        _ = picker.apply(.backspace)
        #expect(labels(picker).count == 3)
        for _ in 0..<4 { _ = picker.apply(.backspace) }
        #expect(labels(picker) == labels(typed("р", into: PickerState(options: options))))
        _ = picker.apply(.backspace)
        #expect(picker.matches.count == options.count)
    }

    @Test func arrowsMoveInTheFilteredListAndEnterChooses() {
        var picker = typed("район", into: PickerState(options: options))
        #expect(picker.highlightedOption?.id == "bag")
        #expect(picker.apply(.down) == .updated)
        #expect(picker.apply(.down) == .updated)
        #expect(picker.apply(.down) == .updated)
        #expect(picker.highlightedOption?.id == "chi")
        #expect(picker.apply(.up) == .updated)
        #expect(picker.apply(.enter) == .chosen(options[2]))
        #expect(picker.chosen?.id == "kra" && !picker.isOpen && picker.filter.text.isEmpty)
    }

    @Test func spaceOpensTheWholeListAtTheChoiceAndEscClosesIt() {
        var picker = PickerState(options: options, chosen: "brd")
        #expect(picker.apply(.character(" ")) == .updated)
        #expect(picker.isOpen && picker.matches.count == 5 && picker.highlightedOption?.id == "brd")
        #expect(picker.apply(.pageUp) == .updated && picker.highlightedOption?.id == "bag")
        #expect(picker.apply(.escape) == .closed)
        #expect(!picker.isOpen && picker.chosen?.id == "brd")
        #expect(picker.apply(.backspace) == .chosen(nil))
        #expect(picker.chosen == nil)
        #expect(picker.apply(.delete) == .notHandled)
        #expect(picker.apply(.down) == .notHandled)
    }

    @Test func drawsTheFilterTheCountAndTheList() {
        var buffer = Buffer(width: 28, height: 6)
        let picker = typed("зер", into: PickerState(options: options))
        Picker(picker, title: "Район", language: .ru).render(into: &buffer, area: buffer.area)
        #expect(TestBackend.mismatch(buffer, expected: [
            "┌ Район ─────────── 2 из 5 ┐",
            "│зер                       │",
            "│Краснозёрский район       │",
            "│Чистоозёрный район        │",
            "│                          │",
            "└──────────────────────────┘",
        ]) == nil)
        #expect(TestBackend.styleMask(buffer, marking: Style(attributes: .reverse))[1...2] == [
            "....#.......................",
            ".##########################.",
        ])
    }

    @Test func saysWhenNothingMatches() {
        var buffer = Buffer(width: 24, height: 4)
        Picker(typed("Обь", into: PickerState(options: options)), language: .en).render(into: &buffer, area: buffer.area)
        #expect(TestBackend.mismatch(buffer, expected: [
            "┌────────────── 0 of 5 ┐",
            "│Обь                   │",
            "│no matches            │",
            "└──────────────────────┘",
        ]) == nil)
    }

    @Test func aLongListScrollsToTheHighlightedOption() {
        let many = (1...30).map { PickerOption(id: "\($0)", label: "Школа № \($0)") }
        var picker = PickerState(options: many)
        _ = picker.apply(.character(" "))
        for _ in 0..<12 { _ = picker.apply(.down) }
        var buffer = Buffer(width: 20, height: 6)
        let view = Picker(picker, language: .ru, showsFilter: false)
        view.render(into: &buffer, area: buffer.area)
        #expect(view.listOffset(in: buffer.area) == 9)
        #expect(TestBackend.mismatch(buffer, expected: [
            "┌──────── 30 из 30 ┐",
            "│Школа № 10        │",
            "│Школа № 11        │",
            "│Школа № 12        │",
            "│Школа № 13        │",
            "└──────────────────┘",
        ]) == nil)
    }
}
