import Bilingual
@testable import KachestvoApp
import KachestvoCore
import TerminalKit

/// The app fixture with what the Council screen needs. The data's latest day is the support case's
/// opening, 15.09.2018.
///
/// - m-2017-09-28, open: three decisions — one naming Палецкая and СОШ № 19 due 01.12.2017
///   (overdue), one naming none, one due 01.12.2018 (not yet) — and four forecasts: the region's
///   ЕГЭ Russian mean for 2018 (65,0; actual 66,3), КЦ лицей № 9's (72,0), Баганский's share below
///   the minimum (5 %) and the region's ОГЭ maths mean for 2019 (no results yet).
/// - m-2018-02-15, closed: one decision, no forecasts — nothing refers to it.
enum CouncilFixture {
    static func dataset() -> Dataset {
        var dataset = AppFixture.dataset()
        func day(_ iso: String) -> Day { Day(iso: iso)! }
        dataset.meetings = [
            CouncilMeeting(id: "m-2017-09-28", date: day("2017-09-28"), topic: "О направлениях работы на 2017-2018 годы", open: true,
                           participants: ["министр образования", "руководители КЦ"], agenda: ["Итоги ГИА-2017", "Адресная поддержка"],
                           decisions: [
                            .init(text: "Организовать адресную поддержку", organisationIds: ["org-09", "org-07"], due: day("2017-12-01")),
                            .init(text: "Утвердить прогнозы ГИА-2018"),
                            .init(text: "Подвести итоги полугодия", due: day("2018-12-01")),
                           ]),
            CouncilMeeting(id: "m-2018-02-15", date: day("2018-02-15"), topic: "О промежуточных итогах", open: false,
                           participants: ["руководители УМЦ"], agenda: ["Пробный ЕГЭ"],
                           decisions: [.init(text: "Усилить подготовку к ЕГЭ")]),
        ]
        func forecast(_ id: String, _ indicator: Indicator, _ subject: Identifier<Subject>, _ scope: Scope, _ year: Int,
                      _ planned: Double) -> Forecast {
            Forecast(id: Identifier(id), meetingId: "m-2017-09-28", indicator: indicator, subjectId: subject, scope: scope,
                     year: year, planned: planned)
        }
        dataset.forecasts = [
            forecast("f-region-rus", .mean, AppFixture.rus, .region, 2018, 65),
            forecast("f-kc-rus", .mean, AppFixture.rus, .organisation("org-01"), 2018, 72),
            forecast("f-bagan-below", .belowMinimumShare, AppFixture.rus, .municipality("mr-bagan"), 2018, 0.05),
            forecast("f-region-math-2019", .mean, AppFixture.math, .region, 2019, 3.9),
        ]
        return dataset
    }

    /// The Council screen on the fixture, its newest meeting — the closed one — selected.
    static func state(width: Int = 80, height: Int = 24, language: Language = .ru) -> AppState {
        var state = AppState(model: AppModel(index: RegionIndex(dataset())), language: language, width: width, height: height,
                             themes: [Theme.builtInDefault], colorDepth: .none)
        AppFixture.type([.character("6")], into: &state)
        return state
    }

    /// The open meeting selected, with the focus on `pane` (Tab from the list).
    static func atOpenMeeting(_ pane: CouncilState.Pane = .meetings, width: Int = 80, height: Int = 24,
                              language: Language = .ru) -> AppState {
        var state = state(width: width, height: height, language: language)
        AppFixture.type([.character("j")], into: &state)
        let tabs = CouncilState.Pane.allCases.firstIndex(of: pane)!
        AppFixture.type(Array(repeating: .tab, count: tabs), into: &state)
        return state
    }
}
