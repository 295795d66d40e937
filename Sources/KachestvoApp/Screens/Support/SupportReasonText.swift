import Bilingual
import KachestvoCore

/// Short wordings for the Support lists, the number first so that it survives clipping:
/// «55% нет педагогов», «результат −1,93». The detail pane words reasons in full
/// (`FlagReasonText`).
enum SupportReasonText {
    static func short(_ reason: FlagReason, _ context: ScreenContext) -> String {
        switch reason {
        case .riskFactor(let factor, let level):
            "\(NumberText.percent(level, context.language)) \(shortName(factor, context.language))"
        case .standardisedScore(let value, _):
            "\(context.text(.supportScoreShort)) \(NumberText.fixed(value, digits: 2, context.language))"
        default:
            FlagReasonText.text(reason, context.language, index: context.model.index)
        }
    }

    /// A factor in a word or two, for a list's narrow column.
    static func shortName(_ factor: RiskFactor, _ language: Language) -> String {
        let names: BilingualText = switch factor {
        case .lowEquipment: BilingualText(ru: "оснащённость", en: "equipment")
        case .teacherShortage: BilingualText(ru: "нет педагогов", en: "teachers")
        case .failureRisk: BilingualText(ru: "неуспешность", en: "failure risk")
        case .lowMotivation: BilingualText(ru: "мотивация", en: "motivation")
        case .lowParentalInvolvement: BilingualText(ru: "родители", en: "parents")
        case .specialNeeds: BilingualText(ru: "ОВЗ", en: "special needs")
        }
        return names.text(language)
    }

    static func factorName(_ factor: RiskFactor, _ language: Language) -> String {
        BilingualText(ru: factor.russianName, en: factor.englishName).text(language)
    }
}
