import Bilingual
import KachestvoCore

/// The words for a `FlagReason` in either language, e.g. «ЕГЭ Русский язык: 54,2 при 68,1 по
/// области» / "ЕГЭ Русский язык: 54.2 against 68.1 in the region". Subjects are named through the
/// index (exam and name), falling back to the id.
public enum FlagReasonText {
    public static func text(_ reason: FlagReason, _ language: Language, index: RegionIndex) -> String {
        wording(reason, language, index: index).text(language)
    }

    /// Both halves are written with numbers of `language`; only that half is shown.
    private static func wording(_ reason: FlagReason, _ language: Language, index: RegionIndex) -> BilingualText {
        func hundredths(_ value: Double) -> String { NumberText.fixed(value, digits: 2, language) }
        func percent(_ share: Double) -> String { NumberText.percent(share, language) }
        func subject(_ id: Identifier<Subject>) -> String {
            index.subject(id).map { "\($0.exam.abbreviation) \($0.name)" } ?? id.rawValue
        }
        switch reason {
        case .standardisedScore(let value, nil):
            return BilingualText(ru: "стандартизированный результат \(hundredths(value))", en: "standardised score \(hundredths(value))")
        case .standardisedScore(let value, let threshold?):
            return BilingualText(ru: "стандартизированный результат \(hundredths(value)) (порог \(hundredths(threshold)))",
                                 en: "standardised score \(hundredths(value)) (threshold \(hundredths(threshold)))")
        case .subjectBelowRegion(let id, let mean, let regionMean):
            let mean = NumberText.fixed(mean, digits: 1, language), region = NumberText.fixed(regionMean, digits: 1, language)
            return BilingualText(ru: "\(subject(id)): \(mean) при \(region) по области",
                                 en: "\(subject(id)): \(mean) against \(region) in the region")
        case .belowMinimum(let count, let participants, let share, let threshold):
            return BilingualText(
                ru: "не преодолели минимальный порог \(count) из \(participants) (\(percent(share)), порог \(percent(threshold)))",
                en: "\(count) of \(participants) below the minimum score (\(percent(share)), threshold \(percent(threshold)))")
        case .subjectBelowMinimum(let id, let count, let participants):
            return BilingualText(ru: "\(subject(id)): \(count) из \(participants)", en: "\(subject(id)): \(count) of \(participants)")
        case .lowYears(let years, let window):
            let listed = years.map(String.init).joined(separator: ", ")
            return BilingualText(ru: "низкие результаты в \(years.count) из последних \(window) лет: \(listed)",
                                 en: "low results in \(years.count) of the last \(window) years: \(listed)")
        case .highInAllYears(let scores, let threshold):
            let listed = scores.map(hundredths).joined(separator: "; ")
            return BilingualText(ru: "стандартизированный результат выше \(hundredths(threshold)) все \(scores.count) года: \(listed)",
                                 en: "standardised score above \(hundredths(threshold)) in all \(scores.count) years: \(listed)")
        case .scoreChange(let before, let now, let year):
            return BilingualText(ru: "стандартизированный результат \(hundredths(before)) в \(year) → \(hundredths(now))",
                                 en: "standardised score \(hundredths(before)) in \(year) → \(hundredths(now))")
        case .raisedCoefficient(let coefficient):
            return BilingualText(ru: "повышенный коэффициент финансирования \(hundredths(coefficient))",
                                 en: "raised funding coefficient \(hundredths(coefficient))")
        case .ordinaryCoefficient(let coefficient):
            return BilingualText(ru: "коэффициент финансирования \(hundredths(coefficient)), без доплат",
                                 en: "funding coefficient \(hundredths(coefficient)), no extra funding")
        case .percentile(let share):
            return BilingualText(ru: "результаты лучше, чем у \(percent(share)) школ области",
                                 en: "results better than \(percent(share)) of the region's schools")
        case .riskScore(let value, let threshold):
            return BilingualText(ru: "индекс риска \(hundredths(value)) (порог \(hundredths(threshold)))",
                                 en: "risk score \(hundredths(value)) (threshold \(hundredths(threshold)))")
        case .riskFactor(let factor, let level):
            return BilingualText(ru: "\(factor.russianName): \(percent(level))", en: "\(factor.englishName): \(percent(level))")
        }
    }
}
