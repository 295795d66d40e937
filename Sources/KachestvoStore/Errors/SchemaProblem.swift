import Bilingual
import KachestvoCore

/// What is wrong with well-formed JSON when it is read as a Kachestvo dataset.
public enum SchemaProblem: Error, Equatable, Sendable {
    /// The kind of JSON value the schema wanted.
    public enum Expected: Equatable, Sendable {
        case wholeNumber, number, string, boolean, object, array

        /// «ожидалась строка» / "expected a string": the Russian verb agrees with the gender of what
        /// was expected, so each case carries the whole phrase.
        var expectedPhrase: BilingualText {
            switch self {
            case .wholeNumber: BilingualText(ru: "ожидалось целое число", en: "expected a whole number")
            case .number: BilingualText(ru: "ожидалось число", en: "expected a number")
            case .string: BilingualText(ru: "ожидалась строка", en: "expected a string")
            case .boolean: BilingualText(ru: "ожидалось true или false", en: "expected true or false")
            case .object: BilingualText(ru: "ожидался объект", en: "expected an object")
            case .array: BilingualText(ru: "ожидался массив", en: "expected an array")
            }
        }
    }

    /// `found` is the offending value as written (strings in quotes, long ones shortened).
    case typeMismatch(expected: Expected, found: String)
    case missingKey(String)
    case notWholeNumber(found: String)
    case outOfRange(found: String)
    /// A name outside a fixed list (an enum value).
    case unknownValue(found: String, allowed: [String])
    /// A value the domain type refused; `detail` is the type's own (English) explanation.
    case invalidValue(found: String, detail: String)
    case tooFewElements

    public var text: BilingualText {
        switch self {
        case .typeMismatch(let expected, let found):
            BilingualText(ru: "\(expected.expectedPhrase.ru), а найдено \(found)", en: "\(expected.expectedPhrase.en), found \(found)")
        case .missingKey(let key):
            BilingualText(ru: "нет обязательного ключа «\(key)»", en: "the required key “\(key)” is missing")
        case .notWholeNumber(let found):
            BilingualText(ru: "\(Expected.wholeNumber.expectedPhrase.ru), а найдено \(found)", en: "\(Expected.wholeNumber.expectedPhrase.en), found \(found)")
        case .outOfRange(let found):
            BilingualText(ru: "число \(found) вне допустимого диапазона", en: "the number \(found) is out of range")
        case .unknownValue(let found, let allowed):
            BilingualText(ru: "неизвестное значение \(found); допустимы: \(allowed.joined(separator: ", "))",
                          en: "unknown value \(found); allowed: \(allowed.joined(separator: ", "))")
        case .invalidValue(let found, let detail):
            BilingualText(ru: "недопустимое значение \(found) (\(detail))", en: "invalid value \(found) (\(detail))")
        case .tooFewElements:
            BilingualText(ru: "в массиве не хватает элементов", en: "the array has too few elements")
        }
    }
}
