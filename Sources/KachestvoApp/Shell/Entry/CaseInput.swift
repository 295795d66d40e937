import Foundation
import Bilingual
import KachestvoCore
import TerminalKit

/// A support case changed from the Support screen: `e` moves its status on — the next status among
/// those the workflow allows, the day (ДД.ММ.ГГГГ, today or the case's last day when that is later)
/// and a comment, as `SupportCaseChanges.transition` —, `a` adds a step to its plan (title, due
/// day), and on the detail pane's selected step `e` edits it, `Space` marks it done (with the day,
/// offered as for a transition) or not done again, and `d` deletes it after asking.
enum CaseInput {
    static func open(_ id: Identifier<SupportCase>, for purpose: CaseEditor.Purpose, _ dataset: Dataset, _ state: inout AppState) {
        guard let supportCase = changeable(id, dataset, &state) else { return }
        guard purpose == .transition else {
            state.overlay = .caseForm(CaseEditor(supportCase: supportCase, purpose: .addStep,
                                                 form: FormState(fields: stepFields(nil, state))))
            return
        }
        let next = supportCase.status.allowedNext
        guard let first = next.first else {
            state.context.message = state.text(.transitionNone)
            return
        }
        let fields: [FormField] = [
            .picker("status", label: state.text(.transitionStatus), options: next.map {
                PickerOption(id: $0.rawValue, label: SupportStatusText.name($0, state.language))
            }, chosen: first.rawValue, isRequired: true),
            dayField("day", label: state.text(.transitionDay), supportCase, state),
            .line("comment", label: state.text(.transitionComment), kind: .text(maxLength: 2000)),
        ]
        state.overlay = .caseForm(CaseEditor(supportCase: supportCase, purpose: .transition, form: FormState(fields: fields)))
    }

    /// Asks whether to delete the case (one opened by mistake; a case that ends goes to «отменено»).
    static func askToDelete(_ id: Identifier<SupportCase>, _ dataset: Dataset, _ state: inout AppState) {
        guard let supportCase = changeable(id, dataset, &state) else { return }
        let school = dataset.organisation(supportCase.organisationId)?.name ?? supportCase.organisationId.rawValue
        state.overlay = .deleteQuestion(DeleteQuestion(target: .record(.supportCase(supportCase)), prompt: ConfirmPrompt(
            title: state.text(.deleteTitle), question: "\(state.text(.deleteQuestion)) \(supportCase.id) «\(school)»?")))
    }

    /// Opens the form of a new case (proposed) for school `id`: its curator (the school's УМЦ to
    /// start with), the day it opens (today) and its reasons.
    static func openNew(for id: Identifier<Organisation>, _ dataset: Dataset, _ state: inout AppState) {
        guard let school = dataset.organisation(id) else { return }
        // Today to start with (without a clock, in tests: the latest day a case was opened).
        guard let opened = state.context.today ?? dataset.supportCases.map(\.opened).max() else { return }
        let new = SupportCase(id: Identifier(OrganisationForm.newId(after: dataset.supportCases.map(\.id.rawValue), fallback: "case-0000")),
                              organisationId: id, reasons: [], curatorId: school.centreId ?? "", plan: [], status: .proposed,
                              opened: opened, closed: nil, transitions: [])
        if let reason = state.editing.scope.check(ChangeBuilder.add(.supportCase(new)), in: dataset) {
            EntryInput.refuse(reason, &state)
            return
        }
        state.overlay = .caseForm(CaseEditor(supportCase: new, purpose: .open, form: FormState(fields: [
            .picker("curatorId", label: state.text(.caseCurator), options: OrganisationForm.centreOptions(EntryLookup(state), except: id),
                    chosen: school.centreId?.rawValue, isRequired: true),
            .line("opened", label: state.text(.caseOpened), kind: .date, text: opened.dotted, isRequired: true),
            .line("reasons", label: state.text(.caseReasons), kind: .text(maxLength: 2000), isRequired: true),
        ])))
    }

    /// Opens the form or question for step `index` of the case's plan; a done step marked not done
    /// again is committed at once.
    static func open(step index: Int, of id: Identifier<SupportCase>, _ action: StepAction, _ dataset: Dataset,
                     _ state: inout AppState) -> [AppEffect] {
        guard let supportCase = changeable(id, dataset, &state), supportCase.plan.indices.contains(index) else { return [] }
        let step = supportCase.plan[index]
        switch action {
        case .edit:
            state.overlay = .caseForm(CaseEditor(supportCase: supportCase, purpose: .editStep(index),
                                                 form: FormState(fields: stepFields(step, state))))
        case .toggleDone where step.done:
            return EditLoop.commit(SupportCaseChanges.markStep(index, of: supportCase, doneOn: nil), &state)
        case .toggleDone:
            state.overlay = .caseForm(CaseEditor(supportCase: supportCase, purpose: .markDone(index), form: FormState(fields: [
                dayField("doneOn", label: state.text(.stepDoneDay), supportCase, state),
            ])))
        case .delete:
            state.overlay = .deleteQuestion(DeleteQuestion(target: .step(id, index: index, step), prompt: ConfirmPrompt(
                title: state.text(.deleteTitle), question: "\(state.text(.deleteQuestion)) «\(step.title)»?")))
        }
        return []
    }

    /// The case, when the user may change it; else nil, with the reason in the status bar.
    private static func changeable(_ id: Identifier<SupportCase>, _ dataset: Dataset, _ state: inout AppState) -> SupportCase? {
        guard let supportCase = dataset.supportCases.first(where: { $0.id == id }) else { return nil }
        let probe = Change([Edit(record: .supportCase(id), field: "status", old: .text(supportCase.status.rawValue),
                                 new: .text(supportCase.status.rawValue))], summary: BilingualText(ru: "", en: ""))
        if let reason = state.editing.scope.check(probe, in: dataset) {
            EntryInput.refuse(reason, &state)
            return nil
        }
        return supportCase
    }

    /// What a step is and by when: empty for a new step, `step`'s own for an edit.
    private static func stepFields(_ step: SupportCase.PlanStep?, _ state: AppState) -> [FormField] {
        [
            .line("title", label: state.text(.stepName), kind: .text(maxLength: 2000), text: step?.title ?? "", isRequired: true),
            .line("due", label: state.text(.stepDue), kind: .date, text: step?.due.dotted ?? "", isRequired: true),
        ]
    }

    /// A day of the case's workflow, starting at today (or the case's last day when that is later).
    private static func dayField(_ id: String, label: String, _ supportCase: SupportCase, _ state: AppState) -> FormField {
        .line(id, label: label, kind: .date,
              text: SupportCaseChanges.suggestedDay(for: supportCase, today: state.context.today).dotted, isRequired: true)
    }

    static func handle(_ key: Key, _ editor: CaseEditor, _ state: inout AppState) -> [AppEffect] {
        var editor = editor
        if EntryInput.answeringDiscard(key, &editor.discard, &state) {
            if state.overlay != nil { state.overlay = .caseForm(editor) }
            return []
        }
        let outcome = editor.form.apply(key, language: state.language)
        editor.form.reveal(in: EntryView.formArea(state), measure: state.context.textWidth)
        state.overlay = .caseForm(editor)
        switch outcome {
        case .commit(let values):
            return commit(values, editor, &state)
        case .cancel(let askFirst):
            EntryInput.cancel(askFirst: askFirst, &editor.discard, &state)
            if state.overlay != nil { state.overlay = .caseForm(editor) }
        default: break
        }
        return []
    }

    private static func commit(_ values: FormValues, _ editor: CaseEditor, _ state: inout AppState) -> [AppEffect] {
        let supportCase = editor.supportCase
        switch editor.purpose {
        case .open:
            guard case .choice(let curator) = values["curatorId"], let opened = values["opened"].day else { return [] }
            var new = supportCase
            (new.curatorId, new.opened) = (Identifier(curator.id), opened)
            new.reasons = values["reasons"].textValue.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let name = EditLoop.working(state).organisation(new.organisationId)?.name ?? new.organisationId.rawValue
            let summary = BilingualText(ru: "Открыт случай поддержки «\(name)»", en: "Support case opened for «\(name)»")
            return EntryInput.commitAndClose(ChangeBuilder.add(.supportCase(new), summary: summary), &state) { _ in }
        case .addStep:
            guard let due = values["due"].day else { return [] }
            let step = SupportCase.PlanStep(title: values["title"].textValue, due: due, done: false)
            return EntryInput.commitAndClose(SupportCaseChanges.addStep(step, to: supportCase), &state) { _ in }
        case .editStep(let index):
            guard let due = values["due"].day, supportCase.plan.indices.contains(index) else { return [] }
            var step = supportCase.plan[index]
            (step.title, step.due) = (values["title"].textValue, due)
            return EntryInput.commitAndClose(SupportCaseChanges.editStep(index, of: supportCase, to: step), &state) { _ in }
        case .markDone(let index):
            guard let day = values["doneOn"].day else { return [] }
            return EntryInput.commitAndClose(SupportCaseChanges.markStep(index, of: supportCase, doneOn: day), &state) { _ in }
        case .transition:
            guard case .choice(let option) = values["status"], let status = SupportCase.Status(rawValue: option.id),
                  let day = values["day"].day else { return [] }
            do throws(EditError) {
                let change = try SupportCaseChanges.transition(supportCase, to: status, on: day, comment: values["comment"].textValue)
                return EntryInput.commitAndClose(change, &state) { _ in }
            } catch {
                var editor = editor
                editor.form.setMessage(error.message.text(state.language), for: "day")
                editor.form.focus(on: "day")
                state.overlay = .caseForm(editor)
            }
        }
        return []
    }
}

private extension FormValue {
    /// The day of a date field.
    var day: Day? {
        guard case .date(let date) = self else { return nil }
        return Day(year: date.year, month: date.month, day: date.day)
    }

    /// The text of a text field; empty for a blank one.
    var textValue: String {
        if case .text(let text) = self { return text }
        return ""
    }
}
