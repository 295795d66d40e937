import Bilingual
import KachestvoCore

/// Short wordings for the Support lists, the number first so that it survives clipping:
/// «55% дефицит педагогов», «−1,93 низкие результаты ГИА». The detail pane words reasons in full
/// (`FlagReasonText`).
enum SupportReasonText {
    static func short(_ reason: FlagReason, _ context: ScreenContext) -> String {
        switch reason {
        case .riskFactor(let factor, let level):
            "\(NumberText.percent(level, context.language)) \(factorName(factor, context.language))"
        case .standardisedScore(let value, _):
            "\(NumberText.fixed(value, digits: 2, context.language)) \(context.text(.supportLowResults))"
        default:
            FlagReasonText.text(reason, context.language, index: context.model.index)
        }
    }

    static func factorName(_ factor: RiskFactor, _ language: Language) -> String {
        BilingualText(ru: factor.russianName, en: factor.englishName).text(language)
    }
}
