import Bilingual
import Testing
@testable import TerminalKit

@Suite struct TextFieldKindTests {
    private func message(_ kind: TextFieldKind, _ text: String, _ language: Language, isRequired: Bool = false) -> String? {
        guard case .invalid(let problem) = kind.parse(text, isRequired: isRequired) else { return nil }
        return problem.text(language)
    }

    @Test func integersAcceptGroupSpacesAndEitherMinus() {
        let kind = TextFieldKind.integer()
        #expect(kind.parse("12", isRequired: false) == .valid(.integer(12)))
        #expect(kind.parse(" 1 000 ", isRequired: false) == .valid(.integer(1000)))
        #expect(kind.parse("312\u{00A0}456", isRequired: false) == .valid(.integer(312_456)))
        #expect(kind.parse("−5", isRequired: false) == .valid(.integer(-5)))
        #expect(kind.parse("+7", isRequired: false) == .valid(.integer(7)))
        #expect(message(kind, "12,5", .ru) == "нужно целое число")
        #expect(message(kind, "12,5", .en) == "a whole number is needed")
        #expect(message(kind, "12а", .ru) == "не число")
        #expect(message(kind, "1-2", .en) == "not a number")
        #expect(message(kind, "-", .en) == "not a number")
        #expect(message(kind, "99999999999999999999", .en) == "not a number")
    }

    @Test func decimalsTakeACommaAsRussiansTypeThem() {
        let kind = TextFieldKind.decimal()
        #expect(kind.parse("12,5", isRequired: false) == .valid(.decimal(12.5)))
        #expect(kind.parse("12.5", isRequired: false) == .valid(.decimal(12.5)))
        #expect(kind.parse(",5", isRequired: false) == .valid(.decimal(0.5)))
        #expect(kind.parse("5,", isRequired: false) == .valid(.decimal(5)))
        #expect(kind.parse("−1,15", isRequired: false) == .valid(.decimal(-1.15)))
        #expect(message(kind, "1,2,3", .ru) == "не число")
        #expect(message(kind, "1e5", .en) == "not a number")
        #expect(message(kind, "inf", .en) == "not a number")
    }

    @Test func rangesAreWordedWithTheLanguagesNumbers() {
        #expect(message(.integer(1...100), "0", .ru) == "должно быть от 1 до 100")
        #expect(message(.integer(1...100), "101", .en) == "must be between 1 and 100")
        #expect(TextFieldKind.integer(1...100).parse("100", isRequired: false) == .valid(.integer(100)))
        #expect(message(.integer(0...300_000), "-1", .ru) == "должно быть от 0 до 300\u{00A0}000")
        #expect(message(.integer(0...300_000), "-1", .en) == "must be between 0 and 300,000")
        #expect(message(.decimal(1...2.5), "2,6", .ru) == "должно быть от 1 до 2,5")
        #expect(message(.decimal(1...2.5), "0.99", .en) == "must be between 1 and 2.5")
        #expect(TextFieldKind.decimal(1...2.5).parse("2,5", isRequired: false) == .valid(.decimal(2.5)))
        #expect(message(.decimal(-0.5...0.25), "1", .ru) == "должно быть от −0,5 до 0,25")
        #expect(message(.integer(Int.min...Int.max), "99999999999999999999", .en) == "not a number")
        #expect(FormText.between(0, 1e19).text(.en) == "must be between 0 and 1e+19")
    }

    @Test func datesAreReadAsDayMonthYearAndMustBeInTheCalendar() {
        #expect(TextFieldKind.date.parse("29.02.2024", isRequired: false) == .valid(.date(FormDate(year: 2024, month: 2, day: 29)!)))
        #expect(TextFieldKind.date.parse("1.9.2017", isRequired: false) == .valid(.date(FormDate(year: 2017, month: 9, day: 1)!)))
        #expect(TextFieldKind.date.parse("28,09,2017", isRequired: false) == .valid(.date(FormDate(year: 2017, month: 9, day: 28)!)))
        #expect(message(.date, "31.02.2024", .ru) == "нет такой даты: 31.02.2024")
        #expect(message(.date, "31.02.2024", .en) == "no such date: 31.02.2024")
        #expect(message(.date, "29.02.2023", .en) == "no such date: 29.02.2023")
        #expect(message(.date, "01.13.2017", .en) == "no such date: 01.13.2017")
        #expect(message(.date, "00.01.2017", .en) == "no such date: 00.01.2017")
        #expect(message(.date, "2017-09-01", .ru) == "дата в виде ДД.ММ.ГГГГ")
        #expect(message(.date, "01.09.17", .en) == "date as DD.MM.YYYY")
        #expect(message(.date, "1.+9.2017", .en) == "date as DD.MM.YYYY")
        #expect(message(.date, "１.9.2017", .en) == "date as DD.MM.YYYY")
        #expect(FormDate(year: 2017, month: 9, day: 1)?.text == "01.09.2017")
        #expect(FormDate(year: 1900, month: 2, day: 29) == nil)
        #expect(FormDate(year: 2000, month: 2, day: 29) != nil)
    }

    @Test func textIsTrimmedRequiredAndLimited() {
        #expect(TextFieldKind.text().parse("  СОШ № 1 ", isRequired: true) == .valid(.text("СОШ № 1")))
        #expect(TextFieldKind.text().parse("   ", isRequired: false) == .valid(.empty))
        #expect(message(.text(), " ", .ru, isRequired: true) == "обязательное поле")
        #expect(message(.integer(), "", .en, isRequired: true) == "required")
        #expect(message(.text(maxLength: 3), "Обская", .ru) == "длина не больше 3")
    }

    @Test func everyWidgetTextHasBothLanguages() {
        for text in FormText.samples {
            #expect(!text.text(.ru).isEmpty && !text.text(.en).isEmpty)
            #expect(text.text(.ru) != text.text(.en), "\(text)")
        }
    }
}
