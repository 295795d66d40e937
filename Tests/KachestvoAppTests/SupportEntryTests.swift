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

    /// `atCase` with the detail pane focused on the case (Shift-Tab from the cases list).
    static func inDetail(today: Day? = Day(iso: "2019-03-04"), language: Language = .ru) -> AppState {
        var state = atCase(today: today, language: language)
        AppFixture.type([.backTab], into: &state)
        return state
    }

    private func plan(_ state: AppState) -> [SupportCase.PlanStep] {
        EditLoop.working(state).supportCases.first { $0.id == "case-1" }?.plan ?? []
    }

    @Test func arrowsInTheDetailPaneSelectAStepAndEndAtTheLast() {
        var state = Self.inDetail()
        #expect(state.screens.support.focus == .detail && state.screens.support.described == .cases)
        #expect(AppFixture.screen(state).contains { $0.contains("▸✓ 01.10.2018 Диагностика") }, "the first step is selected")
        AppFixture.type([.down, .down, .down], into: &state)
        #expect(state.screens.support.step == 1, "not past the last step")
        #expect(AppFixture.screen(state).contains { $0.contains("▸· 01.02.2019 Стажировка") })
        AppFixture.type([.character("k")], into: &state)
        #expect(state.screens.support.step == 0)
        AppFixture.type([.tab], into: &state)
        #expect(!AppFixture.screen(state).contains { $0.contains("▸") }, "no step cursor outside the detail pane")
    }

    @Test func spaceMarksTheSelectedStepDoneOnTheDayGivenAndAgainNotDone() throws {
        var state = Self.inDetail()
        AppFixture.type([.down, .character(" ")], into: &state)
        let editor = try #require(caseForm(state), "Space on a step not done asks for the day")
        #expect(editor.purpose == .markDone(1) && editor.form["doneOn"]?.text == "04.03.2019", "today offered")
        AppFixture.type([.ctrl("u")] + AppFixture.text("02.03.2019") + [.enter], into: &state)
        #expect(state.overlay == nil)
        #expect(plan(state)[1].done && plan(state)[1].doneOn == Day(iso: "2019-03-02"))
        #expect(state.message == "Шаг плана «Стажировка» выполнен 02.03.2019")
        let detail = SupportDetailLines.lines(state.screens.support, state.context, width: 60).map(\.plainText)
        #expect(detail.contains(" 02.03.2019 выполнено: Стажировка"), "in the history on its day: \(detail)")
        let effects = AppFixture.type([.character(" ")], into: &state)
        #expect(effects.contains(.requestSave), "a done step is marked not done at once, and saved")
        #expect(!plan(state)[1].done && plan(state)[1].doneOn == nil)
        AppFixture.type([.character("u")], into: &state)
        #expect(plan(state)[1].done, "undone like any change")
        #expect(state.editing.unsaved.count == 3)
    }

    @Test func eEditsTheSelectedStepsTitleAndDueDay() throws {
        var state = Self.inDetail()
        AppFixture.type([.down, .character("e")], into: &state)
        let editor = try #require(caseForm(state))
        #expect(editor.purpose == .editStep(1) && editor.form["title"]?.text == "Стажировка" && editor.form["due"]?.text == "01.02.2019")
        AppFixture.type([.ctrl("u")] + AppFixture.text("Стажировка в лицее № 9") + [.tab, .ctrl("u")] + AppFixture.text("15.03.2019")
                        + [.enter], into: &state)
        #expect(state.overlay == nil)
        #expect(plan(state)[1] == SupportCase.PlanStep(title: "Стажировка в лицее № 9", due: Day(iso: "2019-03-15")!, done: false))
        #expect(state.editing.unsaved.last?.edits.map(\.field) == ["plan"], "one edit of the case's plan")
    }

    @Test func dDeletesTheSelectedStepAfterAsking() throws {
        var state = Self.inDetail()
        AppFixture.type([.character("d")], into: &state)
        guard case .deleteQuestion(let question)? = state.overlay else {
            Issue.record("d asks first")
            return
        }
        #expect(question.prompt.question == "Удалить «Диагностика»?")
        AppFixture.type([.character("n")], into: &state)
        #expect(state.overlay == nil && plan(state).count == 2, "no: nothing deleted")
        AppFixture.type([.character("d"), .character("y")], into: &state)
        #expect(plan(state).map(\.title) == ["Стажировка"])
        #expect(state.message == "Удалён шаг плана «Диагностика»")
        #expect(AppFixture.screen(state).contains { $0.contains("▸· 01.02.2019 Стажировка") }, "the cursor stays on a step")
    }

    @Test(arguments: [Language.ru, .en])
    func theStepKeysOutsideTheDetailPaneSayWhereToGo(language: Language) {
        var state = Self.atCase(today: nil, language: language)
        AppFixture.type([.character(" ")], into: &state)
        #expect(state.overlay == nil)
        #expect(state.message == EntryText.stepSelectFirst(language))
        AppFixture.type([.character("e")], into: &state)
        guard case .caseForm(let editor)? = state.overlay else {
            Issue.record("e on the cases list still moves the status on")
            return
        }
        #expect(editor.purpose == .transition)
    }
}

extension SupportEntryTests {
    @Test func theDetailPaneScrollsToKeepTheSelectedStepInSight() {
        var state = Self.atCase(today: nil)
        for number in 1...12 {
            AppFixture.type([.character("a")] + AppFixture.text("Шаг номер \(number)") + [.tab] + AppFixture.text("01.05.2019")
                            + [.enter], into: &state)
        }
        AppFixture.type([.backTab], into: &state)
        for _ in 0..<13 { AppFixture.type([.down], into: &state) }
        #expect(state.screens.support.step == 13)
        #expect(AppFixture.screen(state).contains { $0.contains("▸· 01.05.2019 Шаг номер 12") }, "the last step is on screen")
        for _ in 0..<13 { AppFixture.type([.up], into: &state) }
        #expect(AppFixture.screen(state).contains { $0.contains("▸✓ 01.10.2018 Диагностика") }, "and the first again")
    }

    /// The Support fixture with its first candidate (Урезская ООШ, no case) selected, today 04.03.2019.
    static func atCandidate(language: Language = .ru) -> AppState {
        var state = SupportFixture.state(language: language)
        state.context.today = Day(iso: "2019-03-04")
        AppFixture.type([.tab, .character("j")], into: &state)
        return state
    }

    @Test func aOnACandidateOpensAProposedCaseForItAndUndoTakesItBack() throws {
        var state = Self.atCandidate()
        guard case .entry(let school) = state.screens.support.candidateRow else {
            Issue.record("the fixture has a candidate to select: \(state.screens.support.candidateRow)")
            return
        }
        let before = EditLoop.working(state).supportCases.count
        AppFixture.type([.character("a")], into: &state)
        let editor = try #require(caseForm(state), "a on a candidate opens the new case's form")
        let centre = EditLoop.working(state).organisations.first { $0.id == school }?.centreId
        #expect(editor.form["curatorId"]?.text == centre?.rawValue, "the school's own centre curates it to start with")
        #expect(editor.form["opened"]?.text == "04.03.2019", "opened today")
        AppFixture.type([.tab, .tab] + AppFixture.text("низкие результаты; нехватка педагогов ") + [.enter], into: &state)
        #expect(state.overlay == nil, "committed")
        let opened = try #require(EditLoop.working(state).supportCases.first { $0.organisationId == school && $0.status.isOpen })
        #expect(opened.status == .proposed && opened.opened == Day(iso: "2019-03-04"))
        #expect(opened.reasons == ["низкие результаты", "нехватка педагогов"])
        #expect(EditLoop.working(state).supportCases.count == before + 1)
        #expect(!state.screens.support.figures.candidates.contains { $0.organisation == school }, "it leaves the candidates")
        #expect(state.screens.support.figures.cases.count == EditLoop.working(state).supportCases.count, "for the cases")
        #expect(state.message?.contains("Открыт случай поддержки") == true, "\(state.message ?? "")")
        AppFixture.type([.character("u")], into: &state)
        #expect(EditLoop.working(state).supportCases.count == before, "undo takes the new case back")
    }

    @Test func aNewCaseNeedsItsReasons() throws {
        var state = Self.atCandidate(language: .en)
        AppFixture.type([.character("a")], into: &state)
        _ = try #require(caseForm(state))
        let before = EditLoop.working(state).supportCases.count
        AppFixture.type([.enter], into: &state)
        #expect(caseForm(state) != nil, "a case without reasons is not committed")
        #expect(EditLoop.working(state).supportCases.count == before)
    }

    @Test func dInTheCasesListDeletesTheSelectedCaseAfterAsking() throws {
        var state = Self.atCase(today: Day(iso: "2019-03-04"))
        AppFixture.type([.character("d")], into: &state)
        guard case .deleteQuestion(let question)? = state.overlay else {
            Issue.record("d on a case asks first: \(String(describing: state.overlay))")
            return
        }
        #expect(question.prompt.question.contains("case-1") && question.prompt.question.contains("Палецкая"))
        AppFixture.type([.character("n")], into: &state)
        #expect(EditLoop.working(state).supportCases.contains { $0.id == "case-1" }, "no keeps it")
        AppFixture.type([.character("d"), .character("y")], into: &state)
        #expect(!EditLoop.working(state).supportCases.contains { $0.id == "case-1" }, "yes deletes it")
        AppFixture.type([.character("u")], into: &state)
        #expect(EditLoop.working(state).supportCases.contains { $0.id == "case-1" }, "undo brings it back")
    }
}
