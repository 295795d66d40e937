import Bilingual
import KachestvoCore

/// How a mean is written everywhere: a 0–100 score with one decimal, a 2–5 mark with two, «—» when
/// nobody sat the exam; and its change since last year, signed, at the same digits.
enum MeanText {
    static func digits(_ subject: Subject) -> Int { subject.scale == .mark5 ? 2 : 1 }

    static func text(_ mean: Double?, _ subject: Subject, _ language: Language) -> String {
        mean.map { NumberText.fixed($0, digits: digits(subject), language) } ?? "—"
    }

    /// The change from `before` to `now`, nil when either is missing.
    static func change(from before: Double?, to now: Double?, _ subject: Subject, _ language: Language) -> SignedChange? {
        guard let now, let before else { return nil }
        return SignedChange(now - before, digits: digits(subject), language)
    }
}
