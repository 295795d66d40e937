import Bilingual
import KachestvoCore

/// What is wrong with the JSON text itself (before any meaning is read from it).
public enum SyntaxProblem: Equatable, Sendable {
    /// What the parser was looking for when it met something else.
    public enum Expectation: Equatable, Sendable {
        case value, key, colon, commaOrObjectEnd, commaOrArrayEnd, closingQuote

        /// «ожидался ключ в кавычках» / "expected a key in quotes": the Russian verb agrees with the
        /// gender of what was expected, so each case carries the whole phrase.
        var expectedPhrase: BilingualText {
            switch self {
            case .value: BilingualText(ru: "ожидалось значение", en: "expected a value")
            case .key: BilingualText(ru: "ожидался ключ в кавычках", en: "expected a key in quotes")
            case .colon: BilingualText(ru: "ожидался символ «:» после ключа", en: "expected “:” after the key")
            case .commaOrObjectEnd: BilingualText(ru: "ожидался символ «,» или «}»", en: "expected “,” or “}”")
            case .commaOrArrayEnd: BilingualText(ru: "ожидался символ «,» или «]»", en: "expected “,” or “]”")
            case .closingQuote: BilingualText(ru: "ожидалась закрывающая кавычка строки", en: "expected the closing quote of the string")
            }
        }
    }

    /// The file holds nothing but white space.
    case empty
    case unexpectedEnd(expected: Expectation)
    case unexpectedCharacter(found: String, expected: Expectation)
    case trailingComma
    case trailingContent(found: String)
    case leadingZero(text: String)
    case malformedNumber(text: String)
    /// `NaN`, `Infinity`, `+1`: not JSON numbers.
    case nonFiniteOrSignedNumber(text: String)
    /// Too large for a Double (such as `1e999`).
    case numberOutOfRange(text: String)
    case controlCharacter(code: UInt8)
    case invalidEscape(text: String)
    case loneSurrogate(code: UInt16)
    case invalidUTF8
    case tooDeep(limit: Int)
    case duplicateKey(String)

    /// A plain sentence saying what is wrong.
    public var text: BilingualText {
        switch self {
        case .empty:
            BilingualText(ru: "файл пуст: в нём нет данных JSON", en: "the file is empty: it holds no JSON data")
        case .unexpectedEnd(let expected):
            BilingualText(ru: "файл обрывается: \(expected.expectedPhrase.ru)", en: "the file ends too early: \(expected.expectedPhrase.en)")
        case .unexpectedCharacter(let found, let expected):
            BilingualText(ru: "\(expected.expectedPhrase.ru), а найдено «\(found)»", en: "\(expected.expectedPhrase.en), found “\(found)”")
        case .trailingComma:
            BilingualText(ru: "лишняя запятая перед закрывающей скобкой", en: "a trailing comma before the closing bracket")
        case .trailingContent(let found):
            BilingualText(ru: "лишние данные после конца документа: «\(found)»", en: "unexpected data after the end of the document: “\(found)”")
        case .leadingZero(let text):
            BilingualText(ru: "число «\(text)» начинается с нуля", en: "the number “\(text)” has a leading zero")
        case .malformedNumber(let text):
            BilingualText(ru: "неправильная запись числа «\(text)»", en: "“\(text)” is not a well-formed number")
        case .nonFiniteOrSignedNumber(let text):
            BilingualText(ru: "«\(text)» не является числом JSON (NaN, Infinity и знак «+» недопустимы)",
                          en: "“\(text)” is not a JSON number (NaN, Infinity and a leading “+” are not allowed)")
        case .numberOutOfRange(let text):
            BilingualText(ru: "число «\(text)» слишком велико", en: "the number “\(text)” is too large")
        case .controlCharacter(let code):
            BilingualText(ru: "управляющий символ U+\(hex(code, 4)) внутри строки (нужна escape-последовательность)",
                          en: "control character U+\(hex(code, 4)) inside a string (it must be escaped)")
        case .invalidEscape(let text):
            BilingualText(ru: "недопустимая escape-последовательность «\(text)»", en: "invalid escape sequence “\(text)”")
        case .loneSurrogate(let code):
            BilingualText(ru: "непарный суррогат \\u\(hex(code, 4)) в строке", en: "unpaired surrogate \\u\(hex(code, 4)) in a string")
        case .invalidUTF8:
            BilingualText(ru: "файл не в кодировке UTF-8 (недопустимый байт)", en: "the file is not valid UTF-8 (invalid byte)")
        case .tooDeep(let limit):
            BilingualText(ru: "вложенность глубже \(limit) уровней", en: "nesting deeper than \(limit) levels")
        case .duplicateKey(let key):
            BilingualText(ru: "ключ «\(key)» повторяется в одном объекте", en: "the key “\(key)” appears twice in one object")
        }
    }
}

func hex<T: BinaryInteger>(_ value: T, _ width: Int) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
