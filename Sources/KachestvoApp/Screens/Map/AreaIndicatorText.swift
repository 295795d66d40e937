import Bilingual
import KachestvoCore

/// How the Map screen names an `AreaIndicator` and writes its values.
extension AreaIndicator {
    var title: UIText {
        switch self {
        case .russianMean: .mapRussianMean
        case .profileMathMean: .mapProfileMathMean
        case .belowMinimumShare: .mapBelowMinimumShare
        case .flaggedShare: .mapFlaggedShare
        case .financingCoefficient: .mapFinancingCoefficient
        }
    }

    /// The header of a school's value in the drilled list.
    var schoolValueTitle: UIText {
        switch self {
        case .russianMean, .profileMathMean: .mapValueMean
        case .belowMinimumShare: .mapValueBelowMinimum
        case .flaggedShare: .mapValueFlags
        case .financingCoefficient: .mapValueCoefficient
        }
    }

    /// What an area's figure rests on: participants of the exams, or schools.
    var basisUnit: UIText {
        switch self {
        case .russianMean, .profileMathMean, .belowMinimumShare: .mapParticipants
        case .flaggedShare, .financingCoefficient: .mapSchools
        }
    }

    /// An area's value as a tile shows it: `66,1`, `4,2%`, `1,07`.
    func areaText(_ value: Double, _ language: Language) -> String {
        switch self {
        case .russianMean, .profileMathMean: NumberText.fixed(value, digits: 1, language)
        case .belowMinimumShare, .flaggedShare: NumberText.percent(value, digits: 1, language)
        case .financingCoefficient: NumberText.fixed(value, digits: 2, language)
        }
    }

    /// A school's value as the drilled list shows it (a share in percent), with its decimals.
    func schoolValue(_ value: Double) -> Double { self == .belowMinimumShare ? value * 100 : value }

    var schoolDecimals: Int {
        switch self {
        case .russianMean, .profileMathMean, .belowMinimumShare: 1
        case .flaggedShare: 0
        case .financingCoefficient: 2
        }
    }
}
