import Testing
@testable import TerminalKit

@Suite struct ConfirmPromptTests {
    @Test func noHasTheFocusAtFirstAndTheButtonsFollowTheLanguage() {
        var buffer = Buffer(width: 30, height: 7, filling: Cell(symbol: "x"))
        let prompt = ConfirmPrompt(title: "Школа", question: "Отменить изменения?")
        prompt.render(into: &buffer, area: buffer.area, language: .ru)
        #expect(TestBackend.mismatch(buffer, expected: [
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
            "xxx┌ Школа ──────────────┐xxxx",
            "xxx│ Отменить изменения? │xxxx",
            "xxx│                     │xxxx",
            "xxx│      Да  [ Нет ]    │xxxx",
            "xxx└─────────────────────┘xxxx",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ]) == nil)
        var english = Buffer(width: 30, height: 7)
        prompt.render(into: &english, area: english.area, language: .en)
        #expect(english.rowText(4).contains("  Yes  [ No ]"))
        #expect(TestBackend.styleMask(english, marking: Style(attributes: .reverse))[4] == "...............######.........")
    }

    @Test func keysAnswerAndMoveTheFocus() {
        var prompt = ConfirmPrompt(title: "", question: "Discard changes?")
        #expect(prompt.apply(.enter) == .no)
        #expect(prompt.apply(.left) == nil && prompt.focusesYes)
        #expect(prompt.apply(.enter) == .yes)
        #expect(prompt.apply(.tab) == nil && !prompt.focusesYes)
        #expect(prompt.apply(.character("д")) == .yes)
        #expect(prompt.apply(.character("y")) == .yes)
        #expect(prompt.apply(.character("n")) == .no)
        #expect(prompt.apply(.escape) == .no)
        #expect(prompt.apply(.character("н")) == nil)
        #expect(prompt.apply(.character("т")) == nil)
    }
}
