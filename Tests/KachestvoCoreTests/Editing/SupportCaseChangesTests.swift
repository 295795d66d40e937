import Testing
@testable import KachestvoCore

/// The support-case workflow: only the transitions `Status.allowedNext` allows, each recorded with
/// its day and comment, the closing day set when the case ends; the plan's steps.
@Suite struct SupportCaseChangesTests {
    private let supportCase = EditFixture.dataset.supportCases[0]  // active, opened 02.10.2017

    @Test func anAllowedTransitionIsRecordedAndUndone() throws {
        var dataset = EditFixture.dataset
        let change = try SupportCaseChanges.transition(supportCase, to: .monitoring, on: EditFixture.day, comment: "план выполнен")
        try dataset.apply(change)
        guard case .supportCase(let moved)? = dataset.record(.supportCase(supportCase.id)) else { Issue.record("case gone"); return }
        #expect(moved.status == .monitoring)
        #expect(moved.closed == nil)
        #expect(moved.transitions == [SupportCase.Transition(from: .active, to: .monitoring, day: EditFixture.day, comment: "план выполнен")])
        #expect(DatasetValidator.validate(dataset) == [])

        let closing = try SupportCaseChanges.transition(moved, to: .closed, on: Day(year: 2018, month: 6, day: 1)!, comment: "")
        try dataset.apply(closing)
        #expect(dataset.value(of: .supportCase(supportCase.id), field: "closed") == .day(Day(year: 2018, month: 6, day: 1)!))
        #expect(DatasetValidator.validate(dataset) == [])
        try dataset.apply(closing.inverted)
        try dataset.apply(change.inverted)
        #expect(dataset == EditFixture.dataset)
    }

    @Test func aTransitionTheWorkflowDoesNotAllowIsRefused() {
        #expect(throws: EditError.refused(FieldRules.transitionProblem(from: .active, to: .proposed)!)) {
            try SupportCaseChanges.transition(supportCase, to: .proposed, on: EditFixture.day, comment: "")
        }
        #expect(FieldRules.transitionProblem(from: .active, to: .proposed)?.ru
            == "из статуса «в работе» нельзя перейти в «предложено»; можно: «мониторинг», «отменено»")
        #expect(FieldRules.transitionProblem(from: .closed, to: .active)?.en
            == "a case cannot move from «closed» to «active»; the case is finished")
        #expect(FieldRules.transitionProblem(from: .monitoring, to: .active) == nil)
        var form = supportCase
        form.status = .closed
        #expect(FieldRules.problems(of: "status", in: .supportCase(form), dataset: EditFixture.dataset)
            .contains(FieldRules.transitionProblem(from: .active, to: .closed)!))
    }

    @Test func aTransitionBeforeTheCaseOpenedIsRefused() {
        #expect(throws: EditError.self) {
            try SupportCaseChanges.transition(supportCase, to: .monitoring, on: Day(year: 2017, month: 1, day: 1)!, comment: "")
        }
    }

    @Test func planStepsAreAddedEditedDoneAndDeleted() throws {
        var dataset = EditFixture.dataset
        let step = SupportCase.PlanStep(title: "Аудит уроков", due: EditFixture.day, done: false)
        func current() -> SupportCase {
            guard case .supportCase(let found)? = dataset.record(.supportCase(supportCase.id)) else { fatalError("case gone") }
            return found
        }
        try dataset.apply(SupportCaseChanges.addStep(step, to: current()))
        try dataset.apply(SupportCaseChanges.addStep(SupportCase.PlanStep(title: "Семинар", due: EditFixture.day, done: false), to: current()))
        let done = SupportCaseChanges.markStep(0, of: current(), doneOn: EditFixture.day)
        #expect(done.summary.ru == "Шаг плана «Аудит уроков» выполнен 20.11.2017")
        try dataset.apply(done)
        #expect(current().plan.map(\.done) == [true, false] && current().plan[0].doneOn == EditFixture.day, "the day is recorded")
        try dataset.apply(SupportCaseChanges.markStep(0, of: current(), doneOn: nil))
        #expect(current().plan[0].done == false && current().plan[0].doneOn == nil, "not done again: the day goes")
        try dataset.apply(SupportCaseChanges.markStep(0, of: current(), doneOn: EditFixture.day))
        var renamed = current().plan[1]
        renamed.title = "Семинар для учителей"
        let edit = SupportCaseChanges.editStep(1, of: current(), to: renamed)
        #expect(edit.summary.ru == "Изменён шаг плана «Семинар для учителей»")
        try dataset.apply(edit)
        try dataset.apply(SupportCaseChanges.deleteStep(0, of: current()))
        #expect(current().plan == [renamed])
        #expect(SupportCaseChanges.markStep(0, of: current(), doneOn: EditFixture.day).edits.map(\.field) == ["plan"])
    }
}
