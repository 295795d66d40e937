import KachestvoCore
import TerminalKit

/// How exam tables write subjects and their means, the same on every screen.
enum SubjectText {
    /// Digits after the point of a mean: marks to hundredths (3,82), test scores to tenths (66,5).
    static func meanDigits(_ subject: Subject) -> Int { subject.scale == .mark5 ? 2 : 1 }

    /// Each subject's full name where it fits, else its short one; cut, if need be, so that no two look alike.
    static func names(_ subjects: [Subject], width: Int, _ measure: TextWidth) -> [String] {
        let names = subjects.map { measure.width(of: $0.name) <= width ? $0.name : $0.shortName }
        return measure.distinctlyClipped(names, to: width)
    }
}
