import Bilingual
import Testing
@testable import TerminalKit

@Suite struct FormTests {
    static let municipalities = [
        PickerOption(id: "bag", label: "Баганский район"),
        PickerOption(id: "kra", label: "Краснозёрский район"),
        PickerOption(id: "chi", label: "Чистоозёрный район"),
    ]

    /// A school's form: name, pupils, coefficient, opening date, rural, municipality; the id is read-only.
    static func schoolForm(name: String = "") -> FormState {
        FormState(fields: [
            .line("id", label: "Код", kind: .text(), text: "nso-0042", isReadOnly: true),
            .line("name", label: "Название", kind: .text(maxLength: 60), text: name, isRequired: true),
            .line("pupils", label: "Учащихся", kind: .integer(1...5000)),
            .line("coefficient", label: "Коэффициент", kind: .decimal(1...2.5), text: "1,00"),
            .line("opened", label: "Открыта", kind: .date),
            .toggle("rural", label: "Сельская", isOn: false),
            .picker("municipality", label: "Район", options: municipalities, isRequired: true),
        ])
    }

    private func apply(_ keys: [Key], to form: inout FormState, language: Language = .ru,
                       validate: FormValidator = { _, _ in nil }) -> [FormOutcome] {
        keys.map { form.apply($0, language: language, validate: validate) }
    }

    private func drawn(_ form: FormState, width: Int = 44, height: Int = 10, language: Language = .ru) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        Form(form, language: language).render(into: &buffer, area: buffer.area)
        return buffer
    }

    @Test func labelsAreRightAlignedBeforeTheirValuesAndTheFocusIsMarked() {
        var form = Self.schoolForm(name: "МБОУ СОШ № 12")
        _ = apply([.tab, .tab, .tab, .tab, .character(" ")], to: &form)
        #expect(TestBackend.mismatch(drawn(form), expected: [
            "          Код  nso-0042                     ",
            "     Название  МБОУ СОШ № 12                ",
            "     Учащихся                               ",
            "  Коэффициент  1,00                         ",
            "      Открыта                               ",
            "▸    Сельская  [x] да                       ",
            "        Район                              ▾",
            "                                            ",
            "                                            ",
            "                                            ",
        ]) == nil)
        let reverse = TestBackend.styleMask(drawn(form), marking: Style(attributes: .reverse))
        #expect(reverse[5] == "...............#############################")
        #expect(TestBackend.mismatch(drawn(form, language: .en), expected: [
            "          Код  nso-0042                     ",
            "     Название  МБОУ СОШ № 12                ",
            "     Учащихся                               ",
            "  Коэффициент  1,00                         ",
            "      Открыта                               ",
            "▸    Сельская  [x] yes                      ",
            "        Район                              ▾",
            "                                            ",
            "                                            ",
            "                                            ",
        ]) == nil)
    }

    @Test func tabAndShiftTabWrapAndSkipReadOnlyFields() {
        var form = Self.schoolForm()
        #expect(form.focusedField?.id == "name")
        _ = apply([.backTab], to: &form)
        #expect(form.focusedField?.id == "municipality")
        _ = apply([.tab], to: &form)
        #expect(form.focusedField?.id == "name")
        _ = apply([.up], to: &form)
        #expect(form.focusedField?.id == "name")
        _ = apply([.down, .down, .tab], to: &form)
        #expect(form.focusedField?.id == "opened")
        _ = apply([.down, .down, .down], to: &form)
        #expect(form.focusedField?.id == "municipality")
    }

    @Test func aFieldIsCheckedWhenLeftAndItsMessageShowsUnderIt() {
        var form = Self.schoolForm(name: "Гимназия № 1")
        _ = apply([.tab] + typing("12а") + [.tab], to: &form)
        #expect(form["pupils"]?.message == "не число")
        #expect(form.focusedField?.id == "coefficient")
        #expect(TestBackend.mismatch(drawn(form), expected: [
            "          Код  nso-0042                     ",
            "     Название  Гимназия № 1                 ",
            "!    Учащихся  12а                          ",
            "               ! не число                   ",
            "▸ Коэффициент  1,00                         ",
            "      Открыта                               ",
            "     Сельская  [ ] нет                      ",
            "        Район                              ▾",
            "                                            ",
            "                                            ",
        ]) == nil)
        // Fixing a field with a message clears it as it is typed.
        _ = apply([.backTab, .backspace], to: &form)
        #expect(form["pupils"]?.message == nil)
        _ = apply(typing("0000") + [.tab], to: &form)
        #expect(form["pupils"]?.message == "должно быть от 1 до 5\u{00A0}000")
        _ = apply([.backTab], to: &form)
        _ = apply([.ctrl("u")] + typing("120"), to: &form)
        #expect(form["pupils"]?.message == nil)
    }

    @Test func messagesFollowTheLanguage() {
        var form = Self.schoolForm()
        _ = apply([.tab], to: &form, language: .en)
        #expect(form["name"]?.message == "required")
        _ = apply(typing("1,5") + [.tab], to: &form, language: .en)
        #expect(form["pupils"]?.message == "a whole number is needed")
        _ = apply([.backTab, .ctrl("a"), .ctrl("k")] + typing("1,5") + [.tab], to: &form, language: .ru)
        #expect(form["pupils"]?.message == "нужно целое число")
    }

    @Test func theAppsValidatorGetsTheFieldIdAndTextOnLeave() {
        var form = Self.schoolForm(name: "СОШ")
        var asked: [String] = []
        let validate: FormValidator = { id, text in
            asked.append("\(id)=\(text)")
            return id == "name" && text.count < 5 ? "слишком короткое название" : nil
        }
        _ = apply([.tab], to: &form, validate: validate)
        #expect(asked == ["name=СОШ"])
        #expect(form["name"]?.message == "слишком короткое название")
        _ = apply([.tab, .tab, .tab, .tab, .tab], to: &form, validate: validate)
        #expect(asked.last == "rural=false")
    }

    @Test func commitWithErrorsIsRefusedAndFocusesTheFirstBadField() {
        var form = Self.schoolForm()
        _ = apply([.tab, .tab, .ctrl("u")] + typing("3"), to: &form)
        #expect(form.apply(.enter, language: .ru) == .refused(firstInvalid: "name"))
        #expect(form.focusedField?.id == "name")
        #expect(form["name"]?.message == "обязательное поле")
        #expect(form["coefficient"]?.message == "должно быть от 1 до 2,5")
        #expect(form["municipality"]?.message == "обязательное поле")
        #expect(form["pupils"]?.message == nil)
    }

    @Test func commitGivesTypedValues() {
        var form = Self.schoolForm()
        _ = apply(typing("МКОУ Урезская ООШ") + [.tab] + typing("1 204") + [.tab, .ctrl("u")] + typing("1,15")
                  + [.tab] + typing("01.09.2017") + [.tab, .character(" "), .tab] + typing("чист") + [.enter], to: &form)
        #expect(form["municipality"]?.text == "chi")
        guard case .commit(let values) = form.apply(.ctrl("s"), language: .ru) else {
            Issue.record("not committed")
            return
        }
        #expect(values["id"] == .text("nso-0042"))
        #expect(values["name"] == .text("МКОУ Урезская ООШ"))
        #expect(values["pupils"] == .integer(1204))
        #expect(values["coefficient"] == .decimal(1.15))
        #expect(values["opened"] == .date(FormDate(year: 2017, month: 9, day: 1)!))
        #expect(values["rural"] == .toggle(true))
        #expect(values["municipality"] == .choice(Self.municipalities[2]))
        #expect(values["unknown"] == .empty)
    }

    @Test func dirtyTrackingAndCancelAsksFirstOnlyWhenSomethingChanged() {
        var form = Self.schoolForm(name: "СОШ")
        #expect(!form.isDirty)
        #expect(form.apply(.escape, language: .ru) == .cancel(askFirst: false))
        #expect(form.apply(.character("!"), language: .ru) == .changed)
        #expect(form.isDirty)
        #expect(form.apply(.escape, language: .ru) == .cancel(askFirst: true))
        #expect(form.apply(.backspace, language: .ru) == .changed)
        #expect(!form.isDirty)
        _ = apply([.tab, .tab, .tab, .tab, .character(" ")], to: &form)
        #expect(form.isDirty)
        _ = apply([.character(" ")], to: &form)
        #expect(!form.isDirty)
        #expect(form.apply(.left, language: .ru) == .notHandled)
        #expect(form.apply(.function(1), language: .ru) == .notHandled)
    }

    @Test func aPickerOpensUnderItsFieldAndTakesTheArrowsWhileOpen() {
        var form = Self.schoolForm(name: "СОШ")
        _ = apply([.backTab] + typing("ЗЕР"), to: &form)
        #expect(TestBackend.mismatch(drawn(form, height: 12), expected: [
            "          Код  nso-0042                     ",
            "     Название  СОШ                          ",
            "     Учащихся                               ",
            "  Коэффициент  1,00                         ",
            "      Открыта                               ",
            "     Сельская  [ ] нет                      ",
            "▸       Район  ЗЕР                         ▾",
            "               ┌─────────────────── 2 из 3 ┐",
            "               │Краснозёрский район        │",
            "               │Чистоозёрный район         │",
            "               └───────────────────────────┘",
            "                                            ",
        ]) == nil)
        #expect(form.apply(.down, language: .ru) == .none)
        #expect(form.focusedField?.id == "municipality")
        #expect(form.apply(.enter, language: .ru) == .changed)
        #expect(form["municipality"]?.text == "chi")
        #expect(TestBackend.lines(of: drawn(form))[6] == "▸       Район  Чистоозёрный район          ▾")
        // Esc closes an open list without cancelling the form; Tab takes the highlighted match.
        _ = apply(typing("баг"), to: &form)
        #expect(form.apply(.escape, language: .ru) == .none)
        #expect(form["municipality"]?.text == "chi")
        _ = apply(typing("баг"), to: &form)
        #expect(form.apply(.tab, language: .ru) == .changed)
        #expect(form["municipality"]?.text == "bag" && form.focusedField?.id == "name")
    }

    @Test func aPickerLeftWithAFilterButNoChoiceSaysSo() {
        var form = Self.schoolForm(name: "СОШ")
        _ = apply([.backTab] + typing("Обь") + [.tab], to: &form)
        #expect(form["municipality"]?.message == "выберите из списка")
        #expect(form["municipality"]?.text == "")
    }

    @Test func aFormTallerThanItsAreaScrollsToTheFocus() {
        var form = Self.schoolForm(name: "СОШ")
        _ = apply([.backTab, .backTab], to: &form)
        var buffer = Buffer(width: 30, height: 3)
        form.reveal(in: buffer.area, measure: buffer.textWidth)
        #expect(form.rowOffset == 3)
        Form(form, language: .ru).render(into: &buffer, area: buffer.area)
        #expect(TestBackend.mismatch(buffer, expected: [
            "  Коэффициент  1,00           ",
            "      Открыта                 ",
            "▸    Сельская  [ ] нет        ",
        ]) == nil)
        _ = apply([.tab], to: &form)
        form.reveal(in: buffer.area, measure: buffer.textWidth)
        #expect(form.rowOffset == 5)
    }

    @Test func aLongValueScrollsInsideItsFieldAndTheCursorIsReturned() {
        var form = FormState(fields: [.line("name", label: "Название", kind: .text(), text: "МБОУ Новосибирская СОШ № 112")])
        var buffer = Buffer(width: 24, height: 1)
        let cursor = Form(form, language: .ru).render(into: &buffer, area: buffer.area)
        #expect(buffer.rowText(0) == "▸ Название  я СОШ № 112 ")
        #expect(cursor?.x == 23 && cursor?.y == 0)
        _ = form.apply(.home, language: .ru)
        form.reveal(in: buffer.area, measure: buffer.textWidth)
        Form(form, language: .ru).render(into: &buffer, area: buffer.area)
        #expect(buffer.rowText(0) == "▸ Название  МБОУ Новосиб")
    }

    @Test func monochromeShowsFocusAndErrorsWithoutColour() {
        var form = Self.schoolForm()
        _ = apply([.tab], to: &form)
        let buffer = drawn(form)
        let lines = TestBackend.lines(of: buffer)
        #expect(lines[1].hasPrefix("!    Название"))
        #expect(lines[2].hasPrefix("               ! обязательное поле"))
        #expect(lines[3].hasPrefix("▸    Учащихся"))
        #expect(TestBackend.styleMask(buffer, marking: Style(attributes: .reverse))[3] == "................############################")
        // The cursor is the one cell of the field not in reverse video.
        #expect(buffer[15, 3].style == .plain)
        #expect(TestBackend.styleMask(buffer, marking: Style(attributes: .bold))[2] == "...............###################..........")
    }

    @Test func themeStylesAreUsed() {
        let theme = Theme.builtInDefault.styles(depth: .truecolor)
        let styles = FormStyles { theme[$0] }
        #expect(styles.focusedValue == theme[.selection])
        #expect(styles.cursor.attributes.contains(.reverse) != theme[.selection].attributes.contains(.reverse))
        #expect(styles.error.foreground == theme[.danger].foreground)
        var buffer = Buffer(width: 44, height: 10)
        var form = Self.schoolForm()
        _ = form.apply(.tab, language: .ru)
        Form(form, language: .ru, styles: styles).render(into: &buffer, area: buffer.area)
        #expect(buffer[20, 3].style == theme[.selection])
        #expect(buffer[15, 3].style == styles.cursor)
        #expect(buffer[17, 2].style == styles.error)
    }

    @Test func ambiguousWideTerminalsGetTheSameColumnsMeasuredWide() {
        var form = FormState(fields: [
            .line("name", label: "Имя", kind: .text(), text: "Обь"),
            .toggle("rural", label: "Село", isOn: true),
        ])
        _ = form.apply(.tab, language: .ru)
        var buffer = Buffer(width: 24, height: 2, textWidth: TextWidth(ambiguousWide: true))
        Form(form, language: .ru).render(into: &buffer, area: buffer.area)
        // Cyrillic takes two columns a letter: «Село» fills the 8 columns of labels, «Имя» is moved
        // right by two, and the values start at column 12 on both rows.
        #expect(TestBackend.mismatch(buffer, expected: [
            "    Имя  Обь",
            "▸ Село  [x] да",
        ], trimming: true) == nil)
        #expect(buffer[12, 0].symbol == "О" && buffer[12, 1].symbol == "[")
        #expect(buffer[12, 1].style == Style(attributes: .reverse))
    }

    @Test func aLabelLongerThanTwoFifthsIsCutWithAnEllipsis() {
        let form = FormState(fields: [
            .line("ratio", label: "Доля выпускников ниже минимального балла", kind: .decimal(0...100), text: "12,5"),
        ])
        var buffer = Buffer(width: 30, height: 1)
        Form(form, language: .ru).render(into: &buffer, area: buffer.area)
        #expect(buffer.rowText(0) == "▸ Доля выпус…  12,5           ")
    }

    @Test func aPickerListOpensAboveItsFieldWhenThereIsNoRoomBelow() {
        var form = FormState(fields: [
            .line("name", label: "Имя", kind: .text()),
            .line("code", label: "Код", kind: .text()),
            .line("year", label: "Год", kind: .integer()),
            .picker("area", label: "Район", options: Self.municipalities),
            .picker("fixed", label: "Было", options: Self.municipalities, chosen: "bag", isReadOnly: true),
        ])
        _ = form.apply(.backTab, language: .ru)
        _ = form.apply(.character(" "), language: .ru)
        var buffer = Buffer(width: 36, height: 5)
        Form(form, language: .ru).render(into: &buffer, area: buffer.area)
        // Three rows above the field, one below: the list opens above (and scrolls); a read-only
        // picker has no «▾».
        #expect(TestBackend.mismatch(buffer, expected: [
            "    Имя  ┌───────────────── 3 из 3 ┐",
            "    Код  │Баганский район          │",
            "    Год  └─────────────────────────┘",
            "▸ Район                            ▾",
            "   Было  Баганский район            ",
        ]) == nil)
    }

    @Test func theAppMayChangeAFieldAsAnotherChanges() {
        var form = Self.schoolForm(name: "СОШ")
        form.update("municipality") {
            $0.input = .picker(PickerState(options: Array(Self.municipalities.prefix(1)), chosen: "bag"))
        }
        #expect(form["municipality"]?.text == "bag" && form.isDirty)
        form.setMessage("занято другим пользователем", for: "name")
        #expect(form["name"]?.message == "занято другим пользователем")
        form.update("name") { $0.isReadOnly = true }
        #expect(form.focusedField?.id == "pupils")
        form.focus(on: "name")
        #expect(form.focusedField?.id == "pupils")
        form.focus(on: "municipality")
        #expect(form.focusedField?.id == "municipality")
    }

    @Test func aFormWithItsMessagesFitsADialogAtEightyByTwentyFourInBothLanguages() {
        for language in Language.allCases {
            var form = Self.schoolForm(name: "МБОУ СОШ № 12 с углублённым изучением отдельных предметов г. Бердска")
            _ = apply([.tab, .character("x"), .tab, .ctrl("u"), .character("3"), .tab] + typing("31.02.2024") + [.tab],
                      to: &form, language: language)
            var buffer = Buffer(width: 80, height: 24)
            let content = Dialog(title: "Школа", width: 72, height: 14).render(into: &buffer, area: buffer.area)
            form.reveal(in: content, measure: buffer.textWidth)
            Form(form, language: language).render(into: &buffer, area: content)
            let text = TestBackend.text(of: buffer)
            let messages: [FormText] = [.notANumber, .between(1, 2.5), .noSuchDate("31.02.2024")]
            for message in messages {
                #expect(text.contains("! " + message.text(language)), "\(language): \(message)")
            }
            #expect(text.contains("МБОУ СОШ № 12 с углублённым изучением отдельных пред…"))
            #expect(text.contains("[ ] " + FormText.no.text(language)))
            #expect(form.rowOffset == 0)
        }
    }
}

