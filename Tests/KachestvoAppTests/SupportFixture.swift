import Bilingual
@testable import KachestvoApp
import KachestvoCore
import TerminalKit

/// The app fixture with what the Support screen needs: cases in every kind of state and risk
/// profiles that put some schools over the NEEDS_SUPPORT threshold.
///
/// - case-1 Палецкая СОШ, active, curated by its УМЦ: one step done, one overdue (due 01.02.2019).
/// - case-2 СОШ № 19, closed 01.03.2019 (the data's latest day): nothing overdue.
/// - case-3 СОШ № 99, monitoring, curated by its КЦ: its open step is due after the latest day.
/// - case-4 СОШ № 7, cancelled: its undone steps are not overdue.
/// - NEEDS_SUPPORT in 2018: Палецкая (open case), Урезская ООШ (no case), СОШ № 19 (closed case only).
enum SupportFixture {
    static let latestDay = Day(iso: "2019-03-01")!

    static func dataset() -> Dataset {
        var dataset = AppFixture.dataset()
        func day(_ iso: String) -> Day { Day(iso: iso)! }
        func step(_ title: String, _ due: String, _ done: Bool) -> SupportCase.PlanStep {
            SupportCase.PlanStep(title: title, due: day(due), done: done)
        }
        dataset.supportCases += [
            SupportCase(id: "case-2", organisationId: "org-07", reasons: ["снижение результатов ОГЭ"], curatorId: "org-03",
                        plan: [step("Диагностика", "2017-12-01", true), step("Отчёт совету", "2018-06-01", true)],
                        status: .closed, opened: day("2017-10-01"), closed: latestDay),
            SupportCase(id: "case-3", organisationId: "org-10", reasons: ["дефицит педагогов"], curatorId: "org-02",
                        plan: [step("Стажировка", "2018-12-01", true), step("Мониторинг", "2019-05-01", false)],
                        status: .monitoring, opened: day("2018-10-01")),
            SupportCase(id: "case-4", organisationId: "org-06", reasons: ["низкая мотивация"], curatorId: "org-03",
                        plan: [step("Анализ", "2018-03-01", false)],
                        status: .cancelled, opened: day("2018-01-10"), closed: day("2018-02-01")),
        ]
        func profile(_ id: String, _ level: Double) -> RiskProfile {
            RiskProfile(organisationId: Identifier(id), year: 2018,
                        factors: Dictionary(uniqueKeysWithValues: RiskFactor.allCases.map { ($0, level) }))
        }
        dataset.riskProfiles = [profile("org-06", 0.2), profile("org-07", 0.8), profile("org-08", 0.9), profile("org-09", 0.5),
                                profile("org-10", 0.1)]
        return dataset
    }

    /// A demo region big enough for a few dozen cases.
    static let demo = DemoRegion.generate(schools: 500)

    static func state(width: Int = 80, height: Int = 24, language: Language = .ru, dataset: Dataset = dataset()) -> AppState {
        var state = AppState(model: AppModel(index: RegionIndex(dataset)), language: language, width: width, height: height,
                             themes: [Theme.builtInDefault], colorDepth: .none)
        state.tab = .support
        return state
    }
}
