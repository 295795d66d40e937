/// What a typed field holds, and how its text is read: plain text, a whole or decimal number within
/// an optional range, or a date as ДД.ММ.ГГГГ. Shared by form fields and grid columns.
public enum TextFieldKind: Hashable, Sendable {
    case text(maxLength: Int? = nil)
    case integer(ClosedRange<Int>? = nil)
    /// Typed with `,` (as Russian users write 12,5) or `.`.
    case decimal(ClosedRange<Double>? = nil)
    /// ДД.ММ.ГГГГ; the day and month may have one digit, and `,` or `/` may stand for the dots.
    case date

    /// The most clusters the field's editor should take.
    public var maxLength: Int? {
        switch self {
        case .text(let maxLength): maxLength
        case .integer, .decimal: 32
        case .date: 10
        }
    }

    /// The text read as a value, or why it cannot be. Blank text is `.empty`, or `required` when the
    /// field must be filled. Spaces around are ignored, and spaces between digit groups of a number.
    public func parse(_ text: String, isRequired: Bool) -> ParsedField {
        let trimmed = Self.trimmed(text)
        if trimmed.isEmpty { return isRequired ? .invalid(.required) : .valid(.empty) }
        switch self {
        case .text(let maxLength):
            if let maxLength, trimmed.count > maxLength { return .invalid(.tooLong(maxLength)) }
            return .valid(.text(trimmed))
        case .integer(let range): return Self.integer(trimmed, range: range)
        case .decimal(let range): return Self.decimal(trimmed, range: range)
        case .date: return Self.date(trimmed)
        }
    }

    private static func trimmed(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    /// Sign and digits with group spaces removed, `−` read as `-` and `,` as `.`; nil when anything
    /// else is in it, or no digit.
    private static func numeral(_ text: String) -> String? {
        var result = ""
        for character in text where !character.isWhitespace {
            if character.isASCII, character.isNumber {
                result.append(character)
            } else if result.isEmpty, character == "-" || character == "−" || character == "+" {
                result.append(character == "+" ? "+" : "-")
            } else if character == "," || character == ".", !result.contains(".") {
                result.append(".")
            } else {
                return nil
            }
        }
        return result.contains(where: \.isNumber) ? result : nil
    }

    private static func integer(_ text: String, range: ClosedRange<Int>?) -> ParsedField {
        guard let numeral = numeral(text) else { return .invalid(.notANumber) }
        guard !numeral.contains(".") else { return .invalid(.notAWholeNumber) }
        guard let value = Int(numeral) else { return .invalid(.notANumber) }
        if let range, !range.contains(value) {
            return .invalid(.between(Double(range.lowerBound), Double(range.upperBound)))
        }
        return .valid(.integer(value))
    }

    private static func decimal(_ text: String, range: ClosedRange<Double>?) -> ParsedField {
        guard let numeral = numeral(text),
              let value = Double(numeral.hasSuffix(".") ? numeral + "0" : numeral), value.isFinite
        else { return .invalid(.notANumber) }
        if let range, !range.contains(value) {
            return .invalid(.between(range.lowerBound, range.upperBound))
        }
        return .valid(.decimal(value))
    }

    private static func date(_ text: String) -> ParsedField {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "." || $0 == "," || $0 == "/" }
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
              let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]),
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && !$0.isEmpty && $0.allSatisfy(\.isNumber) })
        else { return .invalid(.dateFormat) }
        guard let date = FormDate(year: year, month: month, day: day) else { return .invalid(.noSuchDate(text)) }
        return .valid(.date(date))
    }
}

/// A field's text read by its kind: the value, or the message saying what is wrong.
public enum ParsedField: Hashable, Sendable {
    case valid(FormValue)
    case invalid(FormText)
}
