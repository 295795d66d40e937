import KachestvoCore
import TerminalKit

/// How exam tables write subjects, the same on every screen (their means: `MeanText`).
enum SubjectText {
    /// Each subject's full name where it fits, else its short one; cut, if need be, so that no two look alike.
    static func names(_ subjects: [Subject], width: Int, _ measure: TextWidth) -> [String] {
        let names = subjects.map { measure.width(of: $0.name) <= width ? $0.name : $0.shortName }
        return measure.distinctlyClipped(names, to: width)
    }
}
