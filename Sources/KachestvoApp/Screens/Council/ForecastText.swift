import Bilingual
import KachestvoCore
import TerminalKit

/// How a forecast is written, the same in the table, the drill and the form: its indicator named as
/// the Exams screen names the figure, values as it shows them — a mean at its subject's digits, a
/// share in percent, a count whole — the difference with its sign (shares in percentage points), and
/// its scope by name.
enum ForecastText {
    static func indicatorName(_ indicator: Indicator, _ subject: Subject?, _ context: ScreenContext) -> String {
        let marks = subject?.scale == .mark5
        return switch indicator {
        case .mean: context.text(marks ? .examsMeanMarkName : .examsMeanScoreName)
        case .belowMinimumShare: marks ? "\(context.text(.examsMarkName)) «2»" : context.text(.examsBelowMinimumName)
        case .highShare: marks ? "\(context.text(.examsMarkName)) «5»" : context.text(.examsHighName)
        case .hundreds: context.text(.examsHundredsName)
        }
    }

    static func isShare(_ indicator: Indicator) -> Bool { indicator == .belowMinimumShare || indicator == .highShare }

    /// Digits after the point: a mean's subject digits, a share's one (in percent), a count's none.
    static func digits(_ indicator: Indicator, _ subject: Subject?) -> Int {
        switch indicator {
        case .mean: subject.map(MeanText.digits) ?? 1
        case .belowMinimumShare, .highShare: 1
        case .hundreds: 0
        }
    }

    /// A value as the user reads and types it: shares in percent.
    static func shown(_ value: Double, _ indicator: Indicator) -> Double { isShare(indicator) ? value * 100 : value }

    /// «70,5», «12,3 %», «4»; «—» for none.
    static func value(_ value: Double?, _ indicator: Indicator, _ subject: Subject?, _ language: Language) -> String {
        guard let value else { return "—" }
        let number = NumberText.fixed(shown(value, indicator), digits: digits(indicator, subject), language)
        return isShare(indicator) ? number + " %" : number
    }

    /// Actual less planned, signed; nil without an actual value.
    static func difference(_ forecast: Forecast, actual: Double?, _ subject: Subject?, _ language: Language) -> SignedChange? {
        actual.map { SignedChange(shown($0, forecast.indicator) - shown(forecast.planned, forecast.indicator),
                                  digits: digits(forecast.indicator, subject), language) }
    }

    /// Whether a rise is good: fewer below the minimum is better.
    static func better(_ indicator: Indicator) -> Int { indicator == .belowMinimumShare ? -1 : 1 }

    /// «Область», a municipality's name, or a centre's or school's role and short name.
    static func scope(_ scope: Scope, _ context: ScreenContext) -> String {
        let index = context.model.index
        switch scope {
        case .region: return context.text(.region)
        case .municipality(let id): return index.municipality(id)?.name ?? id.rawValue
        case .organisation(let id):
            guard let org = index.organisation(id) else { return id.rawValue }
            return [org.role.abbreviation, OrganisationShortName.of(org.name)].filter { !$0.isEmpty }.joined(separator: " ")
        }
    }
}
