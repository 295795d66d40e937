/// Numbers written the way each language writes them: `67,3` in Russian, `67.3` in English, with a
/// true minus sign. Fast and locale-independent (no Foundation formatters on hot paths).
public enum NumberText {
    /// `value` rounded to `digits` decimals.
    public static func fixed(_ value: Double, digits: Int, _ language: Language) -> String {
        guard value.isFinite else { return "—" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = Int(scaled / scale)
        let fraction = Int(scaled - Double(whole) * scale)
        var text = String(whole)
        if digits > 0 {
            let digitsText = String(fraction)
            text += decimalSeparator(language) + String(repeating: "0", count: digits - digitsText.count) + digitsText
        }
        return (value < 0 && scaled != 0 ? "−" : "") + text
    }

    /// A share 0…1 as a percentage: `18%` or `18,5%`.
    public static func percent(_ share: Double, digits: Int = 0, _ language: Language) -> String {
        fixed(share * 100, digits: digits, language) + "%"
    }

    /// An integer with thin groups: `312 456` (ru) or `312,456` (en).
    public static func grouped(_ value: Int, _ language: Language) -> String {
        let digits = String(abs(value))
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "−" : "") + groups.joined(separator: groupSeparator(language))
    }

    private static func decimalSeparator(_ language: Language) -> String {
        switch language {
        case .ru: ","
        case .en: "."
        }
    }

    /// A no-break space in Russian, so that a number never wraps inside itself.
    private static func groupSeparator(_ language: Language) -> String {
        switch language {
        case .ru: "\u{00A0}"
        case .en: ","
        }
    }
}
