import Bilingual

/// Every text the form widgets show by themselves — validation messages, the toggle's words, the
/// picker's count — in both languages. The app's own messages come from its validator.
public enum FormText: Hashable, Sendable {
    case required
    case notANumber
    case notAWholeNumber
    /// The number lies outside the field's range (bounds written as each language writes them).
    case between(Double, Double)
    case dateFormat
    /// A date in the right form that the calendar does not have (31.02.2024).
    case noSuchDate(String)
    case tooLong(Int)
    /// Something was typed into a picker's filter but nothing chosen.
    case chooseFromList
    case yes, no
    /// How many options the filter leaves, of how many.
    case count(Int, of: Int)
    case noMatches

    /// One of each case, for the test that every text has both languages.
    public static let samples: [FormText] = [
        .required, .notANumber, .notAWholeNumber, .between(1, 100), .dateFormat, .noSuchDate("31.02.2024"),
        .tooLong(20), .chooseFromList, .yes, .no, .count(3, of: 29), .noMatches,
    ]

    public var bilingual: BilingualText {
        switch self {
        case .required: BilingualText(ru: "обязательное поле", en: "required")
        case .notANumber: BilingualText(ru: "не число", en: "not a number")
        case .notAWholeNumber: BilingualText(ru: "нужно целое число", en: "a whole number is needed")
        case .between(let low, let high):
            BilingualText(
                ru: "должно быть от \(Self.number(low, .ru)) до \(Self.number(high, .ru))",
                en: "must be between \(Self.number(low, .en)) and \(Self.number(high, .en))"
            )
        case .dateFormat: BilingualText(ru: "дата в виде ДД.ММ.ГГГГ", en: "date as DD.MM.YYYY")
        case .noSuchDate(let text): BilingualText(ru: "нет такой даты: \(text)", en: "no such date: \(text)")
        case .tooLong(let limit): BilingualText(ru: "длина не больше \(limit)", en: "at most \(limit) characters")
        case .chooseFromList: BilingualText(ru: "выберите из списка", en: "choose from the list")
        case .yes: BilingualText(ru: "да", en: "yes")
        case .no: BilingualText(ru: "нет", en: "no")
        case .count(let shown, let total): BilingualText(ru: "\(shown) из \(total)", en: "\(shown) of \(total)")
        case .noMatches: BilingualText(ru: "нет совпадений", en: "no matches")
        }
    }

    public func text(_ language: Language) -> String { bilingual.text(language) }

    /// A bound as the language writes it: `1 000`, `2,5`, `−3` in Russian; `1,000`, `2.5`, `−3` in
    /// English (a decimal in its shortest exact form).
    private static func number(_ value: Double, _ language: Language) -> String {
        if value.rounded() == value, abs(value) < 9e18 { return NumberText.grouped(Int(value), language) }
        let separator: Character = language == .ru ? "," : "."
        return String(String(value).map { $0 == "." ? separator : $0 == "-" ? "−" : $0 })
    }
}
