import Bilingual
import Foundation
@testable import KachestvoApp
import KachestvoCore
import TerminalKit
import Testing

/// The Support screen's forms as key scripts: the day a status transition offers (today as the
/// runtime set it, or the case's last day when that is later), and the plan's steps marked done,
/// edited and deleted from the detail pane's step cursor.
@Suite struct SupportEntryTests {
    /// The fixture on the Support screen with «case-1» selected (opened 15.09.2018, no transitions)
    /// and the runtime's today set to `today`.
    static func atCase(today: Day?, language: Language = .ru) -> AppState {
        var state = AppFixture.state(language: language)
        state.context.today = today
        AppFixture.type([.character("5"), .character("j")], into: &state)
        return state
    }

    private func caseForm(_ state: AppState) -> CaseEditor? {
        if case .caseForm(let editor)? = state.overlay { return editor }
        return nil
    }

    @Test func theTransitionsDayStartsAtTodayAndCanBeChanged() throws {
        var state = Self.atCase(today: Day(iso: "2019-03-04"))
        AppFixture.type([.character("e")], into: &state)
        #expect(try #require(caseForm(state)).form["day"]?.text == "04.03.2019", "today, ДД.ММ.ГГГГ")
        AppFixture.type([.tab, .ctrl("u")] + AppFixture.text("05.03.2019") + [.enter], into: &state)
        let moved = try #require(EditLoop.working(state).supportCases.first { $0.id == "case-1" })
        #expect(moved.transitions.last?.day == Day(iso: "2019-03-05"), "the user's own day went in")
    }

    @Test func aTodayBeforeTheCasesLastDayOffersTheLastDay() throws {
        var state = Self.atCase(today: Day(iso: "2018-01-10"))
        AppFixture.type([.character("e")], into: &state)
        #expect(try #require(caseForm(state)).form["day"]?.text == "15.09.2018", "the case was opened on 15.09.2018")
        AppFixture.type([.enter], into: &state)
        #expect(state.overlay == nil, "the day offered is one the workflow takes")
        var unknown = Self.atCase(today: nil)
        AppFixture.type([.character("e")], into: &unknown)
        #expect(try #require(caseForm(unknown)).form["day"]?.text == "15.09.2018", "no clock: the last day")
    }

    @Test func theRuntimeSetsTodayFromTheClockBeforeAKey() throws {
        var state = AppFixture.state()
        AppFixture.type([.character("5"), .character("j")], into: &state)
        let backend = ScriptedBackend(width: 80, height: 24, script: [.key(.character("e"))])
        let final = DashboardRuntime(backend: backend, state: state).run()
        let today = try #require(DashboardRuntime<ScriptedBackend>.today())
        #expect(final.context.today == today)
        #expect(try #require(caseForm(final)).form["day"]?.text == today.dotted)
    }
}
