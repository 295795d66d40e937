import Bilingual
@testable import KachestvoApp
import KachestvoCore
import TerminalKit
import Testing

/// The Council screen through `Update.apply`: the meetings newest first, the decisions with their
/// overdue marks, the forecasts against the actual values (the Exams screen's), Tab between the
/// panes and the lists Enter opens.
@Suite struct CouncilScreenTests {
    private func screen(_ state: AppState) -> String { AppFixture.screen(state).joined(separator: "\n") }

    private func drillList(_ state: AppState) -> DrillList? {
        if case .drill(let list)? = state.overlay { return list }
        return nil
    }

    private func row(_ text: String, _ state: AppState) -> String? { AppFixture.screen(state).first { $0.contains(text) } }

    @Test func meetingsAreListedNewestFirstWithTheirCounts() throws {
        let state = CouncilFixture.state()
        #expect(state.screens.council.meeting == "m-2018-02-15", "the newest is selected")
        let lines = AppFixture.screen(state)
        let newer = try #require(lines.firstIndex { $0.contains("15.02.2018") })
        let older = try #require(lines.firstIndex { $0.contains("28.09.2017 ◉") }, "the open meeting is marked ◉")
        #expect(newer < older)
        #expect(try #require(row("28.09.2017 ◉", state)).contains("  3   4"), "3 decisions and 4 forecasts")
        #expect(screen(state).contains("Заседание не ставило прогнозов"), "the closed meeting set none")
    }

    @Test func forecastsCompareThePlanWithTheExamsScreensFigures() throws {
        var state = CouncilFixture.atOpenMeeting(.forecasts, width: 120, height: 40)
        let region = try #require(row("Область", state))
        #expect(region.contains("65,0") && region.contains("66,3") && region.contains("+1,3"), "\(region)")
        let exams = state.model.index.aggregate(of: .region, year: 2018, subject: AppFixture.rus).mean!
        #expect(abs(exams - 66.333) < 0.01, "the Exams screen's own figure for the region")
        let centre = try #require(row("КЦ лицей № 9", state))
        #expect(centre.contains("72,0") && centre.contains("−"), "лицей № 9's network did worse than planned: \(centre)")
        let share = try #require(row("Баганский", state))
        #expect(share.contains("5,0 %"), "a share is shown in percent: \(share)")
        let future = try #require(row("2019", state))
        #expect(future.contains("3,90") && future.filter { $0 == "—" }.count == 2, "no results for 2019 yet: \(future)")
        // The region's forecasts come first.
        AppFixture.type([.character("G")], into: &state)
        #expect(state.screens.council.forecast == "f-kc-rus")
    }

    @Test func aDecisionPastTheDatasLatestDayIsMarkedOverdue() throws {
        let state = CouncilFixture.atOpenMeeting(width: 120, height: 40)
        let lines = AppFixture.screen(state)
        let overdue = try #require(lines.firstIndex { $0.contains("срок 01.12.2017") })
        #expect(lines[overdue].contains("! просрочено"))
        #expect(lines[overdue + 1].contains("Палецкая СОШ, СОШ № 19"), "the organisations it names, by short name")
        let later = try #require(lines.first { $0.contains("срок 01.12.2018") })
        #expect(!later.contains("просрочено"), "15.09.2018 is the data's latest day, whatever the clock says")
    }

    @Test func theSelectedDecisionIsScrolledIntoViewWhole() throws {
        var dataset = CouncilFixture.dataset()
        dataset.meetings[0].decisions += (1...4).map { .init(text: "Решение номер \($0) о работе УМЦ", organisationIds: ["org-03"]) }
        var state = AppState(model: AppModel(index: RegionIndex(dataset)), language: .ru, width: 80, height: 24,
                             themes: [Theme.builtInDefault], colorDepth: .none)
        AppFixture.type([.character("6"), .character("j"), .tab, .tab], into: &state)
        #expect(row("1. Организовать адресную поддержку", state) != nil, "the top to begin with")
        AppFixture.type([.character("G")], into: &state)
        #expect(state.screens.council.decision == 6)
        #expect(row("7. Решение номер 4 о работе УМЦ", state) != nil, "the last decision is shown")
        let lines = AppFixture.screen(state)
        let last = try #require(lines.firstIndex { $0.contains("7. Решение номер 4") })
        #expect(lines[last + 1].contains("СОШ № 12"), "with its organisations")
        #expect(row("1. Организовать адресную поддержку", state) == nil, "the first scrolled away")
    }

    @Test func tabMovesBetweenTheListAndTheDetailAndEscapeReturns() {
        var state = CouncilFixture.atOpenMeeting()
        for pane in [CouncilState.Pane.meeting, .decisions, .forecasts, .meetings] {
            AppFixture.type([.tab], into: &state)
            #expect(state.screens.council.focus == pane)
        }
        AppFixture.type([.enter], into: &state)
        #expect(state.screens.council.focus == .decisions, "Enter on a meeting goes to its decisions")
        AppFixture.type([.down, .down, .down], into: &state)
        #expect(state.screens.council.decision == 2, "the cursor stops at the last decision")
        AppFixture.type([.escape], into: &state)
        #expect(state.screens.council.focus == .meetings)
        #expect(state.screens.council.meeting == "m-2017-09-28")
    }

    @Test func enterOnAForecastListsTheScopesSchoolsWithTheirValues() throws {
        var state = CouncilFixture.atOpenMeeting(.forecasts)
        AppFixture.type([.down, .down, .down], into: &state)
        #expect(state.screens.council.forecast == "f-kc-rus")
        AppFixture.type([.enter], into: &state)
        let list = try #require(drillList(state), "Enter opens the list")
        #expect(list.drill.title.contains("КЦ лицей № 9") && list.drill.title.contains("2017/2018"), "\(list.drill.title)")
        let values = Dictionary(uniqueKeysWithValues: list.drill.rows.map { ($0.id, $0.value) })
        #expect(Set(values.keys) == ["org-01", "org-03", "org-04", "org-06", "org-07", "org-09"], "лицей № 9's network with results")
        #expect(values["org-09"] == 49)
    }

    @Test func aShareForecastsListIsInPercent() throws {
        var state = CouncilFixture.atOpenMeeting(.forecasts)
        AppFixture.type([.down, .down, .enter], into: &state)
        let list = try #require(drillList(state), "Enter opens the list")
        #expect(list.drill.valueTitle.hasSuffix(", %"))
        #expect(list.drill.rows.first { $0.id == "org-09" }?.value == 12.5, "3 of 24 below the minimum")
    }

    @Test func aForecastWithoutResultsYetSaysSoInsteadOfAnEmptyList() {
        var state = CouncilFixture.atOpenMeeting(.forecasts)
        AppFixture.type([.down, .enter], into: &state)
        #expect(state.screens.council.forecast == "f-region-math-2019")
        #expect(state.overlay == nil)
        #expect(state.message == "За год прогноза результатов пока нет")
    }

    @Test func enterOnADecisionListsTheOrganisationsItNames() throws {
        var state = CouncilFixture.atOpenMeeting(.decisions)
        AppFixture.type([.enter], into: &state)
        let list = try #require(drillList(state), "Enter opens the list")
        #expect(list.drill.rows.map(\.id) == ["org-09", "org-07"])
        #expect(list.drill.title == "Решение 28.09.2017: Организовать адресную поддержку")
        AppFixture.type([.escape, .down, .enter], into: &state)
        #expect(state.overlay == nil)
        #expect(state.message == "Решение не называет организаций")
    }

    @Test func aMeetingGoneSelectsTheNewestAndTheSelectionsFollowIdentity() {
        var state = CouncilFixture.atOpenMeeting(.forecasts)
        AppFixture.type([.down], into: &state)
        var reordered = CouncilFixture.dataset()
        reordered.forecasts.reverse()
        reordered.meetings.reverse()
        _ = Update.apply(.loaded(LoadedRegion(model: AppModel(index: RegionIndex(reordered)), source: .builtInDemo, seconds: 0)), to: &state)
        #expect(state.screens.council.meeting == "m-2017-09-28")
        #expect(state.screens.council.forecast == "f-region-math-2019")
        var without = CouncilFixture.dataset()
        without.meetings.removeAll { $0.id == "m-2017-09-28" }
        without.forecasts = []
        _ = Update.apply(.loaded(LoadedRegion(model: AppModel(index: RegionIndex(without)), source: .builtInDemo, seconds: 0)), to: &state)
        #expect(state.screens.council.meeting == "m-2018-02-15")
        #expect(state.screens.council.forecast == nil)
    }

    @Test func theHelpListsTheCouncilsSymbols() {
        var state = CouncilFixture.state(width: 120, height: 40)
        AppFixture.type([.character("?")], into: &state)
        let text = screen(state)
        #expect(text.contains("◉ — открытое заседание"))
        #expect(text.contains("! просрочено — срок решения раньше последней даты в данных"))
    }
}
