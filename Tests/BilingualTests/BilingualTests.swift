import Bilingual
import Testing

@Suite struct BilingualTests {
    @Test func languageComesFromTheLocaleName() {
        #expect(Language.fromLocale("ru_RU.UTF-8") == .ru)
        #expect(Language.fromLocale("RU") == .ru)
        #expect(Language.fromLocale("en_US.UTF-8") == .en)
        #expect(Language.fromLocale("C") == .en)
        #expect(Language.fromLocale(nil) == .en)
    }

    @Test func textPicksTheLanguage() {
        let text = BilingualText(ru: "школа", en: "school")
        #expect(text.text(.ru) == "школа")
        #expect(text.text(.en) == "school")
        #expect(text.description == "school")
    }
}

@Suite struct NumberTextTests {
    @Test func decimalsUseTheLanguagesSeparatorAndATrueMinus() {
        #expect(NumberText.fixed(67.25, digits: 1, .ru) == "67,3")
        #expect(NumberText.fixed(67.25, digits: 1, .en) == "67.3")
        #expect(NumberText.fixed(-0.5, digits: 2, .en) == "−0.50")
        #expect(NumberText.fixed(-0.001, digits: 2, .en) == "0.00")
        #expect(NumberText.fixed(.nan, digits: 1, .ru) == "—")
    }

    @Test func percentagesAndGroupedIntegers() {
        #expect(NumberText.percent(0.186, .en) == "19%")
        #expect(NumberText.percent(0.1849, digits: 1, .ru) == "18,5%")
        #expect(NumberText.grouped(312_456, .ru) == "312\u{00A0}456")
        #expect(NumberText.grouped(-1_234_567, .en) == "−1,234,567")
        #expect(NumberText.grouped(12, .en) == "12")
    }
}
